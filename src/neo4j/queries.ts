/**
 * Every Cypher statement lives in a .cypher file under cypher/; this module loads them by name.
 * QueryName is generated from the files (npm run codegen), so a misspelt name fails the build.
 *
 * A predicate several statements must agree on (which claims a caller may see, which events a
 * filter keeps) is written once as a fragment in cypher/fragments/ and spliced in where a
 * statement says `@fragmentName(variable)`: the fragment's `__it__` becomes that variable.
 *
 * Lines between `// @when <param path>` and `// @end` are kept only when that parameter is set
 * (not null, false or an empty list; `// @when !path` for the opposite). A request then runs a
 * statement holding only the filters it uses: Neo4j plans and caches each such variant once,
 * instead of planning, and stepping through, every optional filter on every row.
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

interface Template {
  lines: string[];
  /** The distinct `@when` conditions of the statement, fragments included. */
  conditions: string[];
}

const templates = new Map<string, Template>();
const variants = new Map<string, string>();

/**
 * The text of a statement for these parameters: fragments spliced in, `@when` blocks kept or
 * dropped. Without parameters, as if every parameter were set (the fullest variant, for checks).
 */
export function cypher(name: QueryName, params?: Record<string, unknown>): string {
  const template = templateOf(name);
  const everySet = (condition: string) => !condition.startsWith('!');
  const active = new Set(
    template.conditions.filter((c) => (params === undefined ? everySet(c) : holds(c, params))),
  );
  const key = `${name}|${[...active].join(',')}`;
  let text = variants.get(key);
  if (text === undefined) {
    text = keepActiveBlocks(template.lines, active);
    variants.set(key, text);
  }
  return text;
}

function templateOf(name: string): Template {
  let template = templates.get(name);
  if (template === undefined) {
    const lines = expandFragments(readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')).split('\n');
    const conditions = new Set<string>();
    for (const line of lines) {
      const when = WHEN.exec(line);
      if (when) conditions.add(when[1]!);
    }
    template = { lines, conditions: [...conditions] };
    templates.set(name, template);
  }
  return template;
}

const WHEN = /^\s*\/\/ @when (!?[a-zA-Z.]+)\s*$/;
const END = /^\s*\/\/ @end\s*$/;

function keepActiveBlocks(lines: string[], active: Set<string>): string {
  const kept: string[] = [];
  // One entry per open block: whether its lines are kept.
  const open: boolean[] = [];
  for (const line of lines) {
    const when = WHEN.exec(line);
    if (when) {
      open.push(active.has(when[1]!));
    } else if (END.test(line)) {
      if (open.pop() === undefined) throw new Error('cypher: // @end without // @when');
    } else if (open.every(Boolean)) {
      kept.push(line);
    }
  }
  if (open.length) throw new Error('cypher: // @when without // @end');
  return kept.join('\n');
}

/** Whether `path` (or, with a leading !, its opposite) is set among the parameters. */
function holds(condition: string, params: Record<string, unknown>): boolean {
  const negated = condition.startsWith('!');
  let value: unknown = params;
  for (const key of condition.replace(/^!/, '').split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  const set =
    value !== undefined && value !== null && value !== false && !(Array.isArray(value) && !value.length);
  return negated ? !set : set;
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

/** `@name(variable)`, or `@name()` for a fragment about no variable in particular. */
const FRAGMENT_USE = /@([a-zA-Z]+)\(([a-zA-Z_][a-zA-Z0-9_]*)?\)/g;

/** Splices fragments into a statement's text (fragments may use fragments). */
export function expandFragments(text: string, depth = 0): string {
  if (depth > 5) throw new Error('cypher/fragments nest too deeply (a fragment includes itself?)');
  return text.replace(FRAGMENT_USE, (_, fragment: string, variable: string | undefined) => {
    const body = readFileSync(path.join(FRAGMENT_DIR, `${fragment}.cypher`), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//') || WHEN.test(line) || END.test(line))
      .join('\n')
      .trim();
    if (variable === undefined && /\b__it__\b/.test(body)) {
      throw new Error(`cypher/fragments/${fragment} is about a variable: write @${fragment}(variable)`);
    }
    // On lines of their own, so that a fragment ending in a comment line cannot swallow the ")".
    return `(\n${expandFragments(body, depth + 1).replace(/\b__it__\b/g, variable ?? '')}\n)`;
  });
}
