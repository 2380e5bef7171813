/** Liveness (the process answers) and readiness (Neo4j answers too). */
import express, { type Router } from 'express';
import type { Database } from '../neo4j/database.js';

export function healthRouter(db: Database): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
  return router;
}
