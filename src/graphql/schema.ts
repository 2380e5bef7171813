/** The SDL in schema/ is the contract; this reads it as one document. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

let typeDefs: string | undefined;

/** Read once per process: the server, its access rules and GET /schema.graphql share the text. */
export function loadTypeDefs(): string {
  typeDefs ??= readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
  return typeDefs;
}
