/**
 * `npm start`: opens the database (starting a local Neo4j when NEO4J_URI is unset), loads the
 * sample data into an empty graph, and serves GraphQL until stopped.
 */
import type { Server } from 'node:http';
import { loadConfig } from './config.js';
import { loadSamplesIntoEmptyGraph } from './import/sample-data.js';
import { createLogger } from './logger.js';
import { openDatabase, type OpenDatabase } from './neo4j/connect.js';
import { createApp, GRAPHQL_PATH } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Filled in as start-up proceeds, so that a signal at any point stops what has started.
  const running: { database?: OpenDatabase; server?: Server; starting: boolean; stopping: boolean } = {
    starting: true,
    stopping: false,
  };

  const stop = async (signal: string) => {
    if (running.stopping) return;
    running.stopping = true;
    logger.info({ signal }, 'stopping');
    // A local Neo4j still starting is stopped by main() as soon as it is up.
    if (running.starting) return;
    const { server, database } = running;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await database?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const database = await openDatabase(config, {
    instance: 'dev',
    boltPort: config.CLAIMGRAPH_NEO4J_BOLT_PORT,
    report: (message) => logger.info(message),
  });
  running.database = database;
  running.starting = false;
  if (running.stopping) {
    await database.close();
    process.exit(0);
  }
  logger.info(
    { neo4j: database.uri, transactionTimeoutMs: config.CLAIMGRAPH_TX_TIMEOUT_MS },
    'database ready',
  );

  if (config.CLAIMGRAPH_LOAD_SAMPLE) {
    for (const summary of await loadSamplesIntoEmptyGraph(database.db)) {
      logger.info(summary, 'loaded sample dataset');
    }
  }

  const { app } = await createApp({ db: database.db, config, logger });
  running.server = app.listen(config.PORT, config.HOST, () => {
    logger.info(
      `claimgraph is serving GraphQL at http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}${GRAPHQL_PATH}`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(`claimgraph could not start: ${(error as Error).message}`);
  process.exit(1);
});
