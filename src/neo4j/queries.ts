/**
 * Every Cypher statement lives in a .cypher file under cypher/; this module loads them by name.
 * QueryName is generated from the files (npm run codegen), so a misspelt name fails the build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { QueryName } from './query-names.generated.js';

export type { QueryName };

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
export const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema');

const cache = new Map<string, string>();

export function cypher(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Lists the .cypher files under a folder as names relative to cypher/, without extension. */
export function listCypherFiles(dir: string = CYPHER_DIR): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) names.push(...listCypherFiles(full));
    else if (entry.endsWith('.cypher')) {
      names.push(
        path
          .relative(CYPHER_DIR, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, ''),
      );
    }
  }
  return names;
}
