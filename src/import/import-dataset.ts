/**
 * Imports a dataset: validate everything, then write everything in one transaction. A file with
 * any problem writes nothing; importing the same file twice leaves the same graph.
 */
import { readFile } from 'node:fs/promises';
import { ValidationError } from '../errors.js';
import type { QueryRunner, WriteTransaction } from '../neo4j/database.js';
import type { QueryName } from '../neo4j/queries.js';
import type { RecordType } from '../domain/predicate-rules.js';
import { planWrites, type WritePlan } from './plan-writes.js';
import {
  checkReferences,
  existingIdIssues,
  parseDataset,
  referencedIds,
  type KnownRecord,
} from './validate-dataset.js';

export interface ImportProgress {
  step: string;
  done: number;
  total: number;
}

export interface ImportSummary {
  datasetId: string;
  sources: number;
  entities: number;
  aliases: number;
  claims: number;
  /** Records that were new to the graph. */
  created: { sources: number; entities: number; claims: number };
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per statement; large files are written in batches inside the one transaction. */
  batchSize?: number;
  /** Refuse records whose id already exists (editors add; only imports update). */
  createOnly?: boolean;
}

export async function importDataset(
  db: QueryRunner,
  raw: unknown,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { dataset, issues } = parseDataset(raw);
  if (!dataset) throw new ValidationError('The dataset is not valid; nothing was written', issues);

  const existing = await loadExisting(db, referencedIds(dataset));
  const referenceIssues = [
    ...(options.createOnly ? existingIdIssues(dataset, existing) : []),
    ...checkReferences(dataset, existing),
  ];
  if (referenceIssues.length) {
    throw new ValidationError('The dataset is not valid; nothing was written', referenceIssues);
  }
  const { plan, issues: planIssues } = planWrites(dataset, existing);
  if (!plan) throw new ValidationError('The dataset is not valid; nothing was written', planIssues);

  const created = await db.writeTransaction((tx) => writePlan(tx, plan, options));
  return {
    datasetId: dataset.dataset.id,
    sources: plan.sources.length,
    entities: plan.entities.length,
    aliases: plan.aliases.length,
    claims: plan.claims.length,
    created,
  };
}

export async function importFile(
  db: QueryRunner,
  file: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ValidationError(`Cannot read ${file}: ${(error as Error).message}`, []);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`${file} is not valid JSON: ${(error as Error).message}`, []);
  }
  return importDataset(db, raw, options);
}

async function loadExisting(db: QueryRunner, ids: string[]): Promise<Map<string, KnownRecord>> {
  const rows = await db.read('node/findNodesByIds', { ids });
  return new Map(
    rows.map((r) => [
      String(r.id),
      { type: r.type as RecordType, publishedOn: (r.publishedOn as string | null) ?? null },
    ]),
  );
}

async function writePlan(
  tx: WriteTransaction,
  plan: WritePlan,
  options: ImportOptions,
): Promise<ImportSummary['created']> {
  const steps: [string, QueryName, Record<string, unknown>[]][] = [
    ['sources', 'import/upsertSources', plan.sources],
    ['entities', 'import/upsertEntities', plan.entities],
    ['aliases', 'import/mergeAliases', plan.aliases],
    ['containment', 'import/linkPartOf', plan.partOf],
    ['source links', 'import/linkSources', plan.sourceLinks],
    ['claims', 'import/upsertClaims', plan.claims],
    ['claim links', 'import/linkClaims', plan.claimLinks],
  ];
  const batchSize = options.batchSize ?? 500;
  const created: Record<string, number> = {};
  for (const [step, query, rows] of steps) {
    let createdHere = 0;
    for (let start = 0; start < rows.length; start += batchSize) {
      const result = await tx.run(query, { rows: rows.slice(start, start + batchSize) });
      createdHere += Number(result[0]?.created ?? 0);
      options.onProgress?.({ step, done: Math.min(start + batchSize, rows.length), total: rows.length });
    }
    created[step] = createdHere;
  }
  await tx.run('event/refreshEventDates', { ids: plan.eventIds });
  return { sources: created.sources ?? 0, entities: created.entities ?? 0, claims: created.claims ?? 0 };
}
