/**
 * The benchmark's own Neo4j: the local instance "bench" on port 7699, sized for a million claims,
 * or the server CLAIMGRAPH_BENCH_NEO4J_URI names. Never NEO4J_URI: the benchmark empties the
 * database it runs on.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { startLocalNeo4j } from '../../src/neo4j/local-server.js';
import { machineMemoryBytes, planLocalMemory } from '../../src/neo4j/memory-plan.js';

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  driver: Driver;
  /** Environment for a child process (the import CLI, the service) to use this server. */
  childEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function openBenchNeo4j(memory: { heap: string; pageCache: string }): Promise<BenchNeo4j> {
  const external = process.env.CLAIMGRAPH_BENCH_NEO4J_URI;
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const server = external
    ? null
    : await startLocalNeo4j({
        homeDir: config.CLAIMGRAPH_NEO4J_HOME,
        instance: 'bench',
        boltPort: 7699,
        version: config.CLAIMGRAPH_NEO4J_VERSION,
        memory: planLocalMemory({ totalBytes: machineMemoryBytes(), ...memory }),
        report: (message) => console.error(message),
      });
  const uri = server?.uri ?? external!;
  const user = server?.user ?? process.env.CLAIMGRAPH_BENCH_NEO4J_USER ?? 'neo4j';
  const password = server?.password ?? process.env.CLAIMGRAPH_BENCH_NEO4J_PASSWORD ?? '';
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxConnectionPoolSize: 64,
    // Counts come back as numbers: none here comes near 2^53.
    disableLosslessIntegers: true,
  });
  await waitUntilAnswering(driver);
  const versionRows = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions WHERE name = "Neo4j Kernel" RETURN versions[0] AS version',
  );
  return {
    uri,
    user,
    password,
    version: server?.version ?? String(versionRows.records[0]?.get('version') ?? 'unknown'),
    driver,
    childEnv: (extra = {}) => ({
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: 'neo4j',
      ...extra,
    }),
    stop: async () => {
      await driver.close();
      await server?.stop();
    },
  };
}

async function waitUntilAnswering(driver: Driver): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await driver.executeQuery('RETURN 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** How many claims the database holds, and whether the corpus's first claim is one of them. */
export async function heldClaims(driver: Driver): Promise<{ claims: number; firstClaim: boolean }> {
  const { records } = await driver.executeQuery(
    `MATCH (c:Claim) WITH count(c) AS claims
     RETURN claims, EXISTS { MATCH (:Node {id: $first}) } AS firstClaim`,
    { first: 'claim:e1-1' },
  );
  return { claims: Number(records[0]!.get('claims')), firstClaim: records[0]!.get('firstClaim') as boolean };
}

/**
 * Deletes every node in batches (a million claims do not fit one transaction), claims first: a
 * claim has a handful of relationships, while a batch holding a busy actor or town would delete
 * each of its tens of thousands of links at once (see cypher/admin/deleteAllRecords).
 */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (c:Claim) CALL (c) { DETACH DELETE c } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
