/**
 * Checks on a request to /graphql before Apollo sees it: a POST must carry a JSON body (Apollo
 * would otherwise answer a 500 for a body it cannot read), and the document must stay under the
 * token limit (graphql-armor's own token check throws inside Apollo's parser hook, which Apollo
 * answers as a 500).
 */
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { hasMoreTokensThan, limitError } from '../graphql/query-limits.js';
import { sendAppError } from './json-errors.js';

export function graphqlGuard(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST' && (req.body === undefined || !req.is('application/json'))) {
      sendAppError(
        res,
        new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'POST /graphql takes a JSON body: send Content-Type: application/json with {"query": "..."}.',
        ),
      );
      return;
    }
    const document: unknown =
      req.method === 'POST' ? (req.body as { query?: unknown })?.query : req.query.query;
    if (typeof document === 'string' && hasMoreTokensThan(document, maxTokens)) {
      sendAppError(res, limitError('tokens', maxTokens, null));
      return;
    }
    next();
  };
}
