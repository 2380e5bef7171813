/**
 * Every Cypher statement lives in a .cypher file under cypher/; this module loads them by name.
 * QueryName is generated from the files (npm run codegen), so a misspelt name fails the build.
 *
 * A predicate several statements must agree on (which claims a caller may see, which events a
 * filter keeps) is written once as a fragment in cypher/fragments/ and spliced in where a
 * statement says `@fragmentName(variable)`: the fragment's `__it__` becomes that variable.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { QueryName } from './query-names.generated.js';

export type { QueryName };

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
export const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema');
export const FRAGMENT_DIR = path.join(CYPHER_DIR, 'fragments');
export const MIGRATIONS_DIR = path.join(CYPHER_DIR, 'migrations');

const cache = new Map<string, string>();

export function cypher(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = expandFragments(readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
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

/**
 * The statements one can run by name: schema files and migrations are applied by
 * schema-setup.ts and fragments are spliced into statements, so none is a query of its own.
 */
export function listStatementNames(): string[] {
  const notStatements = ['schema/', 'migrations/', 'fragments/'];
  return listCypherFiles().filter((name) => !notStatements.some((folder) => name.startsWith(folder)));
}

const FRAGMENT_USE = /@([a-zA-Z]+)\(([a-zA-Z_][a-zA-Z0-9_]*)\)/g;

/** Splices fragments into a statement's text (fragments may use fragments). */
export function expandFragments(text: string, depth = 0): string {
  if (depth > 5) throw new Error('cypher/fragments nest too deeply (a fragment includes itself?)');
  return text.replace(FRAGMENT_USE, (_, fragment: string, variable: string) => {
    const body = readFileSync(path.join(FRAGMENT_DIR, `${fragment}.cypher`), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    return `(${expandFragments(body, depth + 1).replace(/\b__it__\b/g, variable)})`;
  });
}
