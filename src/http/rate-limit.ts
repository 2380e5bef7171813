/**
 * Per-caller rate limits on the routes that reach the database (/graphql, /export): a caller is
 * its credential (the Authorization header, kept only as a SHA-256 hash, never as sent), else its
 * IP address. Over the limit, a 429 with code RATE_LIMITED and Retry-After.
 */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { AppError } from '../errors.js';
import { sendAppError } from './json-errors.js';

export interface RateLimitSettings {
  /** Requests per window per caller; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

/** The key of a caller: a hash of its credential, or its address (IPv6 by /56, as one host). */
export function callerKey(req: Request): string {
  const credential = req.get('authorization');
  if (credential) return `credential:${createHash('sha256').update(credential).digest('hex')}`;
  return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
}

export function rateLimitPerCaller(settings: RateLimitSettings): RequestHandler {
  if (settings.limit === 0) return (_req, _res, next) => next();
  const seconds = Math.ceil(settings.windowMs / 1000);
  return rateLimit({
    windowMs: settings.windowMs,
    limit: settings.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: callerKey,
    handler: (_req, res) => {
      sendAppError(
        res,
        new AppError(
          'RATE_LIMITED',
          `Too many requests: at most ${settings.limit} every ${seconds} s per API key, token or address ` +
            '(settings CLAIMGRAPH_RATE_LIMIT and CLAIMGRAPH_RATE_WINDOW_MS). Try again after the ' +
            'number of seconds in the Retry-After header.',
          [],
          { limit: settings.limit, windowSeconds: seconds, setting: 'CLAIMGRAPH_RATE_LIMIT' },
        ),
      );
    },
  });
}
