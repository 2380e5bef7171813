/** The sample datasets under data/, loaded into an empty graph at start-up. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Database } from '../neo4j/database.js';
import { AdminRepository } from '../repositories/admin-repository.js';
import { auditedImportFile, type Importer } from '../services/audit-trail.js';
import type { ImportSummary } from './import-dataset.js';

export const DATA_DIR = path.join(PROJECT_ROOT, 'data');

export function sampleFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(DATA_DIR, f));
}

/** Imports the samples if the graph holds no claims yet; returns what was imported. */
/** Who the audit trail names for the samples loaded at start-up. */
const SAMPLE_LOADER: Importer = { id: 'service:sample-loader', name: 'the sample data loaded at start-up' };

export async function loadSamplesIntoEmptyGraph(db: Database): Promise<ImportSummary[]> {
  const counts = await new AdminRepository(db).counts();
  if (counts.claims > 0) return [];
  const summaries: ImportSummary[] = [];
  for (const file of sampleFiles()) summaries.push(await auditedImportFile(db, file, SAMPLE_LOADER));
  return summaries;
}
