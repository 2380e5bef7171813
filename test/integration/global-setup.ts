/**
 * Starts the Neo4j the integration tests run against: a private local server (instance "test",
 * its own port and data folder) unless CLAIMGRAPH_TEST_NEO4J_URI names one. The tests empty the
 * database they use, so they never take NEO4J_URI, which may be a real deployment.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import type { ConnectionSettings } from '../../src/neo4j/database.js';
import { startLocalNeo4j } from '../../src/neo4j/local-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ConnectionSettings;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.CLAIMGRAPH_TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4j', {
      uri: external,
      user: process.env.CLAIMGRAPH_TEST_NEO4J_USER ?? 'neo4j',
      password: process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD ?? '',
      database: process.env.CLAIMGRAPH_TEST_NEO4J_DATABASE ?? 'neo4j',
    });
    return async () => {};
  }
  const config = loadConfig();
  const server = await startLocalNeo4j({
    homeDir: config.CLAIMGRAPH_NEO4J_HOME,
    // Another name and port let two test runs (say, two checkouts) share one machine.
    instance: process.env.CLAIMGRAPH_TEST_NEO4J_INSTANCE ?? 'test',
    boltPort: Number(process.env.CLAIMGRAPH_TEST_NEO4J_BOLT_PORT ?? 7698),
    version: config.CLAIMGRAPH_NEO4J_VERSION,
    report: (message) => console.log(`[neo4j] ${message}`),
  });
  project.provide('neo4j', {
    uri: server.uri,
    user: server.user,
    password: server.password,
    database: 'neo4j',
  });
  return () => server.stop();
}
