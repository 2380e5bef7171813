/**
 * The web explorer at /explore: a static page (web/explorer/) that talks to /graphql, with
 * Cytoscape.js served from the installed package so that it works offline (no CDN, no tiles).
 * `GET /` redirects to it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import { packageFile } from './package-files.js';

export const EXPLORER_PATH = '/explore';

/** web/explorer/, from src/http/ (the service runs from its sources with tsx). */
const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/explorer');

/** [package, file inside it] for each vendored browser script, by the name it is served under. */
const VENDOR: Record<string, [string, string]> = {
  'cytoscape.min.js': ['cytoscape', 'dist/cytoscape.min.js'],
};

export function explorerRouter(): Router {
  const router = express.Router();
  const index = path.join(WEB_DIR, 'index.html');

  router.get('/', (_req, res) => {
    res.redirect(302, EXPLORER_PATH);
  });
  for (const page of [EXPLORER_PATH, `${EXPLORER_PATH}/`]) {
    router.get(page, (_req, res) => {
      res.sendFile(index, { headers: { 'cache-control': 'no-cache' } });
    });
  }
  for (const [name, [pkg, file]] of Object.entries(VENDOR)) {
    const full = packageFile(pkg, file);
    router.get(`${EXPLORER_PATH}/vendor/${name}`, (_req, res) => {
      res.sendFile(full, { maxAge: '1d' });
    });
  }
  // max-age=0: browsers revalidate (ETag), so edits to the page show up on reload.
  router.use(EXPLORER_PATH, express.static(WEB_DIR, { index: false, redirect: false }));
  return router;
}
