/**
 * Liveness (the process answers) and readiness (Neo4j answers too). With a local Neo4j this
 * process supervises, readiness also says when it is restarting or down, how many restarts
 * have been tried and how it last stopped.
 */
import express, { type Router } from 'express';
import type { Database } from '../neo4j/database.js';

export function healthRouter(db: Database): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const server = db.serverStatus();
    if (server && (server.state === 'restarting' || server.state === 'down')) {
      res.status(503).json({
        status: server.state,
        restartAttempts: server.restartAttempts,
        lastExit: server.lastExit,
      });
      return;
    }
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
  return router;
}
