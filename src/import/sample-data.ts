/** The sample datasets under data/, loaded into an empty graph at start-up. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Database } from '../neo4j/database.js';
import { AdminRepository } from '../repositories/admin-repository.js';
import { importFile, type ImportSummary } from './import-dataset.js';

export const DATA_DIR = path.join(PROJECT_ROOT, 'data');

export function sampleFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(DATA_DIR, f));
}

/** Imports the samples if the graph holds no claims yet; returns what was imported. */
export async function loadSamplesIntoEmptyGraph(db: Database): Promise<ImportSummary[]> {
  const counts = await new AdminRepository(db).counts();
  if (counts.claims > 0) return [];
  const summaries: ImportSummary[] = [];
  for (const file of sampleFiles()) summaries.push(await importFile(db, file));
  return summaries;
}
