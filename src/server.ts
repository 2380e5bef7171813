/**
 * Builds the HTTP application: GraphQL at /graphql (with an offline GraphiQL page for browsers),
 * /healthz and /readyz. It does not listen; index.ts does. It keeps nothing between requests
 * (a client's own writes travel in the X-Claimgraph-Bookmark header), so any number of
 * instances can serve one database behind a load balancer.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config.js';
import { createContext, type RequestContext } from './context.js';
import { AppError, type ErrorCode } from './errors.js';
import { depthLimit } from './graphql/depth-limit.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/schema.js';
import { BOOKMARK_HEADER, formatBookmarkHeader } from './http/bookmark-header.js';
import { clientGoneSignal } from './http/client-gone.js';
import { explorerRouter } from './http/explorer.js';
import { exportRouter } from './http/export.js';
import { graphiqlRouter } from './http/graphiql.js';
import { healthRouter } from './http/health.js';
import type { Logger } from './logger.js';
import type { Database } from './neo4j/database.js';

export const GRAPHQL_PATH = '/graphql';

/** Codes of errors that are the client's to see; everything else is masked. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
]);

/** Expected failures that still say something about the load on the database. */
const LIMIT_CODES = new Set<ErrorCode>(['QUERY_TIMEOUT', 'QUERY_MEMORY_LIMIT']);

export interface ServiceDependencies {
  db: Database;
  config: Config;
  logger: Logger;
}

export function createApolloServer(deps: ServiceDependencies): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    validationRules: [depthLimit(deps.config.CLAIMGRAPH_MAX_QUERY_DEPTH)],
    plugins: [ApolloServerPluginLandingPageDisabled(), roundTripReport(), bookmarkReport()],
    formatError: (formatted, error) => formatError(formatted, error, deps.logger),
  });
}

export async function createApp(
  deps: ServiceDependencies,
): Promise<{ app: Express; apollo: ApolloServer<RequestContext> }> {
  const apollo = createApolloServer(deps);
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRouter(deps.db));
  app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(explorerRouter());
  app.use(exportRouter(deps));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(deps, req.headers, clientGoneSignal(res)).catch(refusedBeforeRunning),
    }),
  );
  return { app, apollo };
}

function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const original = causeOf(error);
  if (original instanceof AppError && LIMIT_CODES.has(original.code)) {
    // The client is told; operators want to know which queries run into the database's limits.
    logger.warn({ code: original.code, path: formatted.path }, original.message);
  }
  if (original instanceof AppError) {
    const shaped = original.toGraphQLError();
    return { ...formatted, message: shaped.message, extensions: shaped.extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) return formatted;
  logger.error({ err: original, path: formatted.path }, 'unexpected error while answering a request');
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
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
 * The error a resolver or the context threw, under Apollo's wrapping. Follows originalError
 * rather than trusting instanceof GraphQLError: Apollo wraps an error thrown by the context
 * function again when it comes from another copy of graphql (as under the test runner).
 */
function causeOf(error: unknown): unknown {
  let cause = unwrapResolverError(error);
  for (let level = 0; level < 3 && !(cause instanceof AppError); level += 1) {
    const next = (cause as { originalError?: unknown } | null)?.originalError;
    if (!next) break;
    cause = next;
  }
  return cause;
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
