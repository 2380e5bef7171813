/**
 * Errors outside GraphQL (unknown routes, bodies that are not JSON or too large, limits, exports)
 * answer in the shape GraphQL errors have, `{ errors: [{ message, extensions: { code } }] }`, so
 * a client reads every failure of this service one way. Express's own HTML error pages, with
 * their stack traces and file paths, are never sent.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { AppError, type ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { requestLogger } from './request-id.js';

/** HTTP statuses of the codes an HTTP route may answer with; a code not listed is a 400. */
const HTTP_STATUS: Partial<Record<ErrorCode | 'INTERNAL_SERVER_ERROR', number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  SCOPE_TOO_LARGE: 413,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  REQUEST_ABORTED: 499,
  INTERNAL_SERVER_ERROR: 500,
  QUERY_MEMORY_LIMIT: 503,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
};

export function statusOf(code: ErrorCode | 'INTERNAL_SERVER_ERROR'): number {
  return HTTP_STATUS[code] ?? 400;
}

/** Sends an AppError as a JSON error with the status its code calls for. */
export function sendAppError(res: Response, error: AppError): void {
  sendJsonError(res, error.code, error.message, {
    ...error.details,
    ...(error.issues.length ? { issues: error.issues } : {}),
  });
}

function sendJsonError(
  res: Response,
  code: ErrorCode | 'INTERNAL_SERVER_ERROR',
  message: string,
  more: Record<string, unknown> = {},
): void {
  // Counted by the metrics middleware once the answer is sent.
  res.locals.errorCode = code;
  res.status(statusOf(code)).json({ errors: [{ message, extensions: { ...more, code } }] });
}

/** Answers a route nothing else answered. */
export const notFound: RequestHandler = (req, res) => {
  sendAppError(
    res,
    new AppError(
      'NOT_FOUND',
      `Nothing answers ${req.method} ${req.path}. GraphQL is at /graphql; exports at /export/:format.`,
    ),
  );
};

/** What body-parser reports, as the client's mistake it is. */
function clientMistake(error: { type?: unknown; status?: unknown }, limitBytes: number): AppError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new AppError(
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than ${limitBytes} bytes (setting CLAIMGRAPH_MAX_BODY_BYTES).`,
        [],
        { limit: limitBytes, setting: 'CLAIMGRAPH_MAX_BODY_BYTES' },
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 encoded JSON.');
    case 'request.size.invalid':
    case 'request.aborted':
      return new AppError('BAD_REQUEST', 'The request body ended before its declared length.');
  }
  const status = typeof error.status === 'number' ? error.status : 500;
  return status >= 400 && status < 500
    ? new AppError('BAD_REQUEST', 'The request is not well-formed.')
    : null;
}

/**
 * The last handler: client mistakes get their code; anything else is logged and answered as an
 * internal error without its message (unless `dev`).
 */
export function jsonErrorHandler(options: { logger: Logger; maxBodyBytes: number; dev: boolean }) {
  const handler: ErrorRequestHandler = (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof AppError) {
      sendAppError(res, error);
      return;
    }
    const mistake =
      typeof error === 'object' && error !== null ? clientMistake(error, options.maxBodyBytes) : null;
    if (mistake) {
      sendAppError(res, mistake);
      return;
    }
    requestLogger(res, options.logger).error({ err: error, path: req.path }, 'unexpected error in a route');
    const message =
      options.dev && error instanceof Error ? (error.stack ?? error.message) : 'Internal server error';
    sendJsonError(res, 'INTERNAL_SERVER_ERROR', message);
  };
  return handler;
}
