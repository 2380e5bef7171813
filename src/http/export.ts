/** GET /export/:format?ids=...&depth=...: the neighbourhood selection, streamed in a tool's format. */
import express, { type Router } from 'express';
import { requireRole } from '../auth/principal.js';
import { createContext } from '../context.js';
import { AppError } from '../errors.js';
import { prepareExport } from '../export/export-subgraph.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { parseSelection } from '../export/selection.js';
import type { ServiceDependencies } from '../server.js';
import { requestOverSignal } from './request-over.js';
import { sendAppError } from './json-errors.js';
import { requestLogger } from './request-id.js';

export function exportRouter(deps: ServiceDependencies): Router {
  const router = express.Router();
  router.get('/export/:format', async (req, res, next) => {
    try {
      const selection = parseSelection({ ...req.query, format: req.params.format });
      const logger = requestLogger(res, deps.logger);
      const ctx = await createContext({ ...deps, logger }, req.headers, requestOverSignal(res));
      // The export of a view reads what the queries read, and needs what they need.
      requireRole(ctx.principal, 'viewer', 'Exporting');
      const format = EXPORT_FORMATS[selection.format];
      const write = await prepareExport(ctx, selection);
      res.status(200).type(format.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="claimgraph.${format.extension}"`);
      write((chunk) => res.write(chunk));
      res.end();
    } catch (error) {
      // Anything else is logged and masked by the JSON error handler (json-errors.ts).
      if (error instanceof AppError) sendAppError(res, error);
      else next(error);
    }
  });
  return router;
}
