/**
 * Every request has an id: the caller's X-Request-Id when it is a sensible one (so a request can
 * be followed through a proxy in front), else a new UUID. It is sent back in X-Request-Id and is
 * in every log line written while answering the request, through a child logger (with a debug
 * line for each request answered).
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Letters, digits and - _ . : / only, at most 128: an id logs cleanly and forges no log line. */
const ACCEPTED_ID = /^[A-Za-z0-9\-_.:/]{1,128}$/;

export function requestIds(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get(REQUEST_ID_HEADER);
    const requestId = given !== undefined && ACCEPTED_ID.test(given) ? given : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const requestLog = logger.child({ requestId });
    res.locals.requestId = requestId;
    res.locals.logger = requestLog;
    const started = Date.now();
    res.once('finish', () => {
      requestLog.debug(
        { method: req.method, path: req.path, status: res.statusCode, ms: Date.now() - started },
        'answered',
      );
    });
    next();
  };
}

/** The request's own logger (carrying its id), or `fallback` outside a request. */
export function requestLogger(res: Response, fallback: Logger): Logger {
  return (res.locals.logger as Logger | undefined) ?? fallback;
}
