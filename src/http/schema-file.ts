/**
 * GET /schema.graphql: the schema as it is written in schema/, with every description and the
 * @access rule (role, clearance) of each type and field, for code generators and frontends that
 * want the contract as a file rather than through introspection.
 */
import express, { type Router } from 'express';
import { loadTypeDefs } from '../graphql/schema.js';

export const SCHEMA_FILE_PATH = '/schema.graphql';

export function schemaFileRouter(): Router {
  const sdl = loadTypeDefs();
  const router = express.Router();
  router.get(SCHEMA_FILE_PATH, (_req, res) => {
    res
      .type('text/plain; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="schema.graphql"');
    res.send(sdl);
  });
  return router;
}
