/** GET /export/:format?ids=...&depth=...: the neighbourhood selection, streamed in a tool's format. */
import express, { type Router } from 'express';
import { createContext } from '../context.js';
import { AppError, type ErrorCode } from '../errors.js';
import { prepareExport } from '../export/export-subgraph.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { parseSelection } from '../export/selection.js';
import type { ServiceDependencies } from '../server.js';
import { clientGoneSignal } from './client-gone.js';

/** Statuses other than 400 (the caller's mistake) for the codes an export can fail with. */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  FORBIDDEN: 403,
  SCOPE_TOO_LARGE: 413,
  REQUEST_ABORTED: 499,
  QUERY_TIMEOUT: 504,
  QUERY_MEMORY_LIMIT: 503,
  DATABASE_UNAVAILABLE: 503,
};

export function exportRouter(deps: ServiceDependencies): Router {
  const router = express.Router();
  router.get('/export/:format', async (req, res) => {
    try {
      const selection = parseSelection({ ...req.query, format: req.params.format });
      const ctx = await createContext(deps, req.headers, clientGoneSignal(res));
      const format = EXPORT_FORMATS[selection.format];
      const write = await prepareExport(ctx, selection);
      res.status(200).type(format.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="claimgraph.${format.extension}"`);
      write((chunk) => res.write(chunk));
      res.end();
    } catch (error) {
      if (error instanceof AppError) {
        res
          .status(HTTP_STATUS[error.code] ?? 400)
          .json({ error: error.message, code: error.code, issues: error.issues });
      } else {
        deps.logger.error({ err: error }, 'export failed');
        res.status(500).json({ error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' });
      }
    }
  });
  return router;
}
