/** GET /metrics, and the middleware that counts and times every HTTP request by route. */
import express, { type RequestHandler, type Router } from 'express';
import type { ServiceMetrics } from '../metrics/service-metrics.js';

export const METRICS_PATH = '/metrics';

/** A route label from a bounded set: unknown paths share one, so scanners do not add series. */
function routeOf(path: string): string {
  if (path === '/graphql' || path === '/healthz' || path === '/readyz' || path === METRICS_PATH) return path;
  if (path === '/') return '/';
  if (path.startsWith('/export/')) return '/export/:format';
  if (path === '/explore' || path.startsWith('/explore/')) return '/explore';
  if (path.startsWith('/graphiql/')) return '/graphiql';
  return 'unmatched';
}

export function httpMetrics(metrics: ServiceMetrics): RequestHandler {
  return (req, res, next) => {
    const route = routeOf(req.path);
    const stop = metrics.httpDuration.startTimer({ route });
    res.once('finish', () => {
      stop();
      metrics.httpRequests.inc({ route, method: req.method, status: String(res.statusCode) });
      const code: unknown = res.locals.errorCode;
      if (typeof code === 'string') metrics.errors.inc({ code });
    });
    next();
  };
}

export function metricsRouter(metrics: ServiceMetrics): Router {
  const router = express.Router();
  router.get(METRICS_PATH, async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
