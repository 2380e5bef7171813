/**
 * Builds the HTTP application: GraphQL at /graphql (with an offline GraphiQL page for browsers),
 * exports, the explorer, the schema file, /healthz, /readyz and /metrics, with request ids, CORS,
 * rate limits and JSON errors on every route. It does not listen; index.ts does. It keeps nothing between requests
 * (a client's own writes travel in the X-Claimgraph-Bookmark header), so any number of
 * instances can serve one database behind a load balancer.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from './config.js';
import { createContext, type RequestContext } from './context.js';
import { AppError } from './errors.js';
import { errorLog, maskError } from './graphql/error-masking.js';
import { namedInputErrors } from './graphql/input-errors.js';
import { queryLimitRules } from './graphql/query-limits.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/schema.js';
import { BOOKMARK_HEADER, formatBookmarkHeader } from './http/bookmark-header.js';
import { requestOverSignal } from './http/request-over.js';
import { corsFor } from './http/cors.js';
import { explorerRouter } from './http/explorer.js';
import { exportRouter } from './http/export.js';
import { graphiqlRouter } from './http/graphiql.js';
import { graphqlGuard } from './http/graphql-guard.js';
import { healthRouter } from './http/health.js';
import { jsonErrorHandler, notFound } from './http/json-errors.js';
import { httpMetrics, metricsRouter } from './http/metrics.js';
import { rateLimitPerCaller } from './http/rate-limit.js';
import { requestIds, requestLogger } from './http/request-id.js';
import { schemaFileRouter } from './http/schema-file.js';
import type { Logger } from './logger.js';
import { graphqlMetrics } from './metrics/graphql-metrics.js';
import { ServiceMetrics } from './metrics/service-metrics.js';
import type { Database } from './neo4j/database.js';

export const GRAPHQL_PATH = '/graphql';

export interface ServiceDependencies {
  db: Database;
  config: Config;
  logger: Logger;
}

export function createApolloServer(
  deps: ServiceDependencies,
  metrics?: ServiceMetrics,
): ApolloServer<RequestContext> {
  const dev = deps.config.CLAIMGRAPH_DEV;
  return new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    validationRules: queryLimitRules(deps.config),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      namedInputErrors(),
      errorLog(),
      roundTripReport(),
      bookmarkReport(),
      ...(metrics ? [graphqlMetrics<RequestContext>(metrics)] : []),
    ],
    // Not from NODE_ENV, which `npm start` leaves unset: stacks only when asked for.
    includeStacktraceInErrorResponses: dev,
    // index.ts handles SIGTERM and SIGINT: it drains the HTTP server first and then stops Apollo.
    // Apollo's own handler would stop it at once, failing the requests the drain lets finish.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(formatted, error, dev),
  });
}

export async function createApp(
  deps: ServiceDependencies,
): Promise<{ app: Express; apollo: ApolloServer<RequestContext> }> {
  const { config } = deps;
  const metrics = new ServiceMetrics(deps.db);
  deps.db.observe(metrics.transactionObserver);
  const apollo = createApolloServer(deps, metrics);
  await apollo.start();
  const limited = rateLimitPerCaller({
    limit: config.CLAIMGRAPH_RATE_LIMIT,
    windowMs: config.CLAIMGRAPH_RATE_WINDOW_MS,
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(requestIds(deps.logger));
  app.use(httpMetrics(metrics));
  app.use(corsFor(config.CLAIMGRAPH_CORS_ORIGINS));
  // Health and metrics are for the operators' probes: never rate-limited.
  app.use(healthRouter(deps.db));
  app.use(metricsRouter(metrics));
  app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(schemaFileRouter());
  app.use(explorerRouter());
  app.use('/export', limited);
  app.use(exportRouter(deps));
  app.use(
    GRAPHQL_PATH,
    limited,
    express.json({ limit: config.CLAIMGRAPH_MAX_BODY_BYTES }),
    graphqlGuard(config.CLAIMGRAPH_MAX_TOKENS),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(
          { ...deps, logger: requestLogger(res, deps.logger) },
          req.headers,
          requestOverSignal(res),
        ).catch(refusedBeforeRunning),
    }),
  );
  app.use(notFound);
  app.use(
    jsonErrorHandler({
      logger: deps.logger,
      maxBodyBytes: config.CLAIMGRAPH_MAX_BODY_BYTES,
      dev: config.CLAIMGRAPH_DEV,
    }),
  );
  return { app, apollo };
}

/**
 * A request refused before it runs (a credential not accepted, the database unreachable while a
 * key is looked up) answers with the HTTP status that says why, not a 500.
 */
function refusedBeforeRunning(error: unknown): never {
  if (!(error instanceof AppError)) throw error;
  const status = error.code === 'UNAUTHENTICATED' ? 401 : 503;
  throw new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status } },
  });
}

/**
 * After a request that wrote, hands the client the bookmarks after its commit, in
 * `extensions.bookmarks` and the X-Claimgraph-Bookmark header: sent back, they make its next
 * request, through any instance, read its writes.
 */
function bookmarkReport(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const bookmarks = await contextValue.db.bookmarksAfterWrites();
          if (bookmarks.length === 0) return;
          response.http.headers.set(BOOKMARK_HEADER, formatBookmarkHeader(bookmarks));
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmarks };
          }
        },
      };
    },
  };
}

/** Reports in `extensions.roundTrips` how many statements the request sent to Neo4j. */
function roundTripReport(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              roundTrips: contextValue.stats.roundTrips,
            };
          }
        },
      };
    },
  };
}
