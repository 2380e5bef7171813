/**
 * What a client sees of an error: an AppError's message and code, GraphQL's and Apollo's own
 * complaints about the request (syntax, validation, variables), and for anything else
 * "Internal server error" with no message, stack, path, Cypher or driver text, unless the
 * development flag (CLAIMGRAPH_DEV) is on. Unexpected errors and limits met are logged with the
 * request's logger, so the log line carries the request id.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, type ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

/** Codes of errors that are the client's to see; everything else is masked. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Expected failures that still say something about the load on the database. */
const LIMIT_CODES = new Set<ErrorCode>(['QUERY_TIMEOUT', 'QUERY_MEMORY_LIMIT']);

/**
 * The error a resolver, a validation rule, a scalar or the context threw, under the wrapping of
 * Apollo and graphql-js (a refused variable is wrapped twice). Read by shape, not by class:
 * graphql ships CommonJS and ES builds, and a process may hold both GraphQLError classes.
 */
export function causeOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  for (
    let inner = unwrapped as Wrapper | undefined;
    isWrapper(inner);
    inner = inner.originalError as Wrapper
  ) {
    if (inner.originalError instanceof AppError) return inner.originalError;
  }
  return unwrapped;
}

interface Wrapper {
  originalError?: unknown;
  extensions?: Record<string, unknown>;
}

function isWrapper(value: unknown): value is Wrapper {
  return typeof value === 'object' && value !== null && 'originalError' in value;
}

function isClientError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as Wrapper).extensions?.code : undefined;
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  dev: boolean,
): GraphQLFormattedError {
  const original = causeOf(error);
  if (original instanceof AppError) {
    const shaped = original.toGraphQLError();
    return { ...formatted, message: shaped.message, extensions: shaped.extensions };
  }
  if (isClientError(error)) return formatted;
  if (dev) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs the errors of a request that operators should see, with the request's own logger. */
export function errorLog<T extends { logger: Logger }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = causeOf(error);
            if (original instanceof AppError) {
              // The client is told; operators want to know which queries meet the database's limits.
              if (LIMIT_CODES.has(original.code)) {
                contextValue.logger.warn({ code: original.code, path: error.path }, original.message);
              }
            } else if (!isClientError(error)) {
              contextValue.logger.error(
                { err: original, path: error.path },
                'unexpected error while answering a request',
              );
            }
          }
        },
      };
    },
  };
}
