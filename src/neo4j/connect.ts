/**
 * Opens the database the service runs on: the server NEO4J_URI names, or else a private local
 * Neo4j started and supervised for this process, sized from this machine. Either way the schema
 * is applied before it is handed out. A local instance another live process runs is reused
 * (the CLIs) or refused (the service, which must supervise its own). The Database itself sets
 * no time limit (imports and start-up work run through it); requests get theirs from their
 * views (context.ts).
 */
import type { Config } from '../config.js';
import { Database } from './database.js';
import { instanceDirectory, registerUser } from './instance-owner.js';
import { InstanceInUseError, instancePassword, startLocalNeo4j } from './local-server.js';
import { machineMemoryBytes, planLocalMemory } from './memory-plan.js';
import { applySchema } from './schema-setup.js';
import type { SupervisorStatus } from './supervisor.js';

export interface OpenDatabase {
  db: Database;
  /** Where it runs, for logs: never includes the password. */
  uri: string;
  /** The local server's supervision, when this process started it. */
  supervision: (() => SupervisorStatus) | null;
  /** Closes the driver and stops the local server if this process started it. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Local instance name: separate data folders for the service and the tests. */
  instance: string;
  boltPort: number;
  /**
   * A local instance another live process runs: "reuse" (the default, for the CLIs) connects to
   * it; "refuse" stops with a message naming that process (the service, which supervises its
   * own server).
   */
  whenInUse?: 'reuse' | 'refuse';
  report: (message: string) => void;
  /** Unexpected exits of the local server and failed restarts; default: report. */
  warn?: (message: string) => void;
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
    return { db, uri: config.NEO4J_URI, supervision: null, close: () => db.close() };
  }

  let server;
  try {
    server = await startLocalNeo4j({
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
      restarts: config.CLAIMGRAPH_NEO4J_RESTARTS,
      report: options.report,
      warn: options.warn,
    });
  } catch (error) {
    if (!(error instanceof InstanceInUseError)) throw error;
    if (options.whenInUse !== 'refuse') return reuseRunning(config, options, error);
    throw new Error(
      `${error.message}. Stop that process first, or run this one on another instance ` +
        '(CLAIMGRAPH_NEO4J_INSTANCE and CLAIMGRAPH_NEO4J_BOLT_PORT)',
    );
  }
  const { supervisor } = server;
  const db = Database.connect(
    { uri: server.uri, user: server.user, password: server.password, database: 'neo4j' },
    { watch: supervisor, connectionTimeoutMs: config.CLAIMGRAPH_NEO4J_CONNECT_TIMEOUT_MS },
  );
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
  return { db, uri: server.uri, supervision: () => supervisor.status(), close };
}

/** How long a CLI waits for a server another process runs to answer (longer while it restarts). */
const REUSE_WAIT_MS = { ready: 10_000, restarting: 90_000 };

/**
 * Connects to the local server another process runs, registered as one of its users so that
 * nothing stops the server under it; refuses when that server is down or does not answer.
 */
async function reuseRunning(
  config: Config,
  options: OpenOptions,
  inUse: InstanceInUseError,
): Promise<OpenDatabase> {
  const { owner } = inUse;
  const refuse = (why: string) =>
    new Error(`${inUse.message}, ${why}. Run this command again once it answers, or stop that process first`);
  if (owner.state === 'down') throw refuse('and its server is down (it could not be restarted)');
  const unregister = await registerUser(instanceDirectory(config.CLAIMGRAPH_NEO4J_HOME, options.instance));
  const db = Database.connect(
    {
      uri: owner.uri,
      user: 'neo4j',
      password: await instancePassword(config.CLAIMGRAPH_NEO4J_HOME, options.instance),
      database: 'neo4j',
    },
    { connectionTimeoutMs: config.CLAIMGRAPH_NEO4J_CONNECT_TIMEOUT_MS },
  );
  const close = async () => {
    await db.close();
    await unregister();
  };
  try {
    if (owner.state !== 'ready') options.report(`Waiting for Neo4j (${options.instance}) to be up again ...`);
    await db.waitUntilReady(owner.state === 'ready' ? REUSE_WAIT_MS.ready : REUSE_WAIT_MS.restarting);
  } catch (error) {
    await close();
    throw refuse(`but its server does not answer (${(error as Error).message})`);
  }
  options.report(`Using Neo4j (${options.instance}) at ${owner.uri}, which process ${owner.pid} runs.`);
  return { db, uri: owner.uri, supervision: null, close };
}
