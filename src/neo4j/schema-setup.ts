/**
 * Applies the constraint and index files in cypher/schema/ at start-up, then the data migrations
 * in cypher/migrations/ (each brings a graph written by an earlier version up to date and does
 * nothing on a current one); all are idempotent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './database.js';
import { CYPHER_DIR, MIGRATIONS_DIR, SCHEMA_DIR, listCypherFiles } from './queries.js';

export async function applySchema(db: Database): Promise<string[]> {
  const names = listCypherFiles(SCHEMA_DIR);
  for (const name of names) {
    await db.runText(readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
  }
  // Index population is asynchronous; searches right after start-up must not miss records.
  await db.runText('CALL db.awaitIndexes(300)');
  for (const name of listCypherFiles(MIGRATIONS_DIR)) {
    await db.runText(readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
  }
  return names;
}
