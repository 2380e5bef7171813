/**
 * `npm run neo4j:fetch`: downloads the local Neo4j runtime (the jars of org.neo4j:neo4j 5.26.x)
 * into CLAIMGRAPH_NEO4J_HOME ahead of time, so the first `npm start` or test run need not wait.
 */
import { loadConfig } from '../config.js';
import { ensureNeo4jRuntime } from '../neo4j/runtime-fetch.js';

const config = loadConfig();
ensureNeo4jRuntime({
  homeDir: config.CLAIMGRAPH_NEO4J_HOME,
  version: config.CLAIMGRAPH_NEO4J_VERSION,
  report: (message) => console.error(message),
}).then(
  () => undefined,
  (error: unknown) => {
    console.error(`neo4j:fetch failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
