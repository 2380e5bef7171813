/**
 * Cross-origin calls from browsers: off unless CLAIMGRAPH_CORS_ORIGINS lists origins. A listed
 * origin may call /graphql and the exports with the credential and bookmark headers, and read
 * the bookmark and request-id headers of the answer; any other origin gets no CORS headers, so
 * its browser refuses to hand the answer to the page.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import { BOOKMARK_HEADER } from './bookmark-header.js';
import { REQUEST_ID_HEADER } from './request-id.js';

export function corsFor(origins: string[]): RequestHandler {
  if (origins.length === 0) return (_req, _res, next) => next();
  return cors({
    origin: origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', BOOKMARK_HEADER, REQUEST_ID_HEADER],
    exposedHeaders: [BOOKMARK_HEADER, REQUEST_ID_HEADER, 'Retry-After'],
    maxAge: 600,
  });
}
