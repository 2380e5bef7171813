/**
 * Opens the database the service runs on: the server NEO4J_URI names, or else a private local
 * Neo4j started for this process, sized from this machine. Either way the schema is applied
 * before it is handed out. The Database itself sets no time limit (imports and start-up work
 * run through it); requests get theirs from their views (context.ts).
 */
import type { Config } from '../config.js';
import { Database } from './database.js';
import { startLocalNeo4j } from './local-server.js';
import { machineMemoryBytes, planLocalMemory } from './memory-plan.js';
import { applySchema } from './schema-setup.js';

export interface OpenDatabase {
  db: Database;
  /** Where it runs, for logs: never includes the password. */
  uri: string;
  /** Closes the driver and stops the local server if this process started it. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Local instance name: separate data folders for the service and the tests. */
  instance: string;
  boltPort: number;
  report: (message: string) => void;
}

export async function openDatabase(config: Config, options: OpenOptions): Promise<OpenDatabase> {
  if (config.NEO4J_URI) {
    if (!config.NEO4J_PASSWORD) throw new Error('NEO4J_URI is set, so NEO4J_PASSWORD must be set too');
    const db = Database.connect({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
    try {
      await db.waitUntilReady(30_000);
      await applySchema(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return { db, uri: config.NEO4J_URI, close: () => db.close() };
  }

  const server = await startLocalNeo4j({
    homeDir: config.CLAIMGRAPH_NEO4J_HOME,
    instance: options.instance,
    boltPort: options.boltPort,
    version: config.CLAIMGRAPH_NEO4J_VERSION,
    password: config.NEO4J_PASSWORD,
    memory: planLocalMemory({
      totalBytes: machineMemoryBytes(),
      heap: config.CLAIMGRAPH_NEO4J_HEAP,
      pageCache: config.CLAIMGRAPH_NEO4J_PAGECACHE,
    }),
    report: options.report,
  });
  const db = Database.connect({
    uri: server.uri,
    user: server.user,
    password: server.password,
    database: 'neo4j',
  });
  const close = async () => {
    await db.close();
    await server.stop();
  };
  try {
    await db.waitUntilReady(60_000);
    await applySchema(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, uri: server.uri, close };
}
