/**
 * `npm start`: opens the database (starting and supervising a local Neo4j when NEO4J_URI is
 * unset), loads the sample data into an empty graph, and serves GraphQL until stopped. A port
 * in use stops it with an error naming the port. SIGTERM or SIGINT stop it gracefully: no new
 * connections, running requests finish (within CLAIMGRAPH_SHUTDOWN_GRACE_MS), then the
 * database closes and the local Neo4j stops.
 */
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from './context.js';
import { loadConfig } from './config.js';
import { assertPortFree, drain, listen } from './http-lifecycle.js';
import { loadSamplesIntoEmptyGraph } from './import/sample-data.js';
import { createLogger } from './logger.js';
import { openDatabase, type OpenDatabase } from './neo4j/connect.js';
import { createApp, GRAPHQL_PATH } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Filled in as start-up proceeds, so that a signal at any point stops what has started.
  const running: {
    database?: OpenDatabase;
    server?: Server;
    apollo?: ApolloServer<RequestContext>;
    starting: boolean;
    stopping: boolean;
  } = {
    starting: true,
    stopping: false,
  };

  const stop = async (signal: string) => {
    if (running.stopping) return;
    running.stopping = true;
    logger.info({ signal }, 'stopping: no new requests; running ones may finish');
    // A local Neo4j still starting is stopped by main() as soon as it is up.
    if (running.starting) return;
    const { server, database } = running;
    if (server) {
      const finished = await drain(server, config.CLAIMGRAPH_SHUTDOWN_GRACE_MS);
      if (!finished) {
        logger.warn(
          { graceMs: config.CLAIMGRAPH_SHUTDOWN_GRACE_MS },
          'requests still running at the end of the grace period were cut',
        );
      }
    }
    await running.apollo?.stop();
    await database?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  // Before the database starts, which takes a while: a taken port is known at once.
  await assertPortFree(config.PORT, config.HOST);
  const database = await openDatabase(config, {
    instance: config.CLAIMGRAPH_NEO4J_INSTANCE,
    boltPort: config.CLAIMGRAPH_NEO4J_BOLT_PORT,
    // The service supervises the server it runs on; it does not borrow one from another process.
    whenInUse: 'refuse',
    report: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
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

  try {
    if (config.CLAIMGRAPH_LOAD_SAMPLE) {
      for (const summary of await loadSamplesIntoEmptyGraph(database.db)) {
        logger.info(summary, 'loaded sample dataset');
      }
    }
    const { app, apollo } = await createApp({ db: database.db, config, logger });
    running.apollo = apollo;
    running.server = await listen(app, config.PORT, config.HOST, {
      headersMs: config.CLAIMGRAPH_HTTP_HEADERS_TIMEOUT_MS,
      bodyMs: config.CLAIMGRAPH_HTTP_BODY_TIMEOUT_MS,
      requestMs: config.CLAIMGRAPH_HTTP_REQUEST_TIMEOUT_MS,
    });
  } catch (error) {
    // Nothing serves: the local Neo4j this process started must not outlive it.
    await database.close();
    throw error;
  }
  logger.info(
    `claimgraph is serving GraphQL at http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}${GRAPHQL_PATH}`,
  );
}

main().catch((error: unknown) => {
  console.error(`claimgraph could not start: ${(error as Error).message}`);
  process.exit(1);
});
