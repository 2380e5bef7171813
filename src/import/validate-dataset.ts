/**
 * Checks a whole dataset held in memory, with the same record-by-record checks a file import
 * runs (dataset-records.ts for the shape, check-records.ts for references and times). Every
 * problem names the record and the field, such as `claims[12] (claim:sohr-toll).count.value`.
 */
import type { InputIssue } from '../errors.js';
import { RecordChecker, type KnownRecord } from './check-records.js';
import type { DatasetInput } from './dataset-schema.js';
import { datasetInMemory } from './dataset-reader.js';

export { describePath } from './dataset-records.js';
export type { KnownRecord };

/** Parses the shape of a dataset; returns the issues instead of throwing. */
export function parseDataset(raw: unknown): { dataset?: DatasetInput; issues: InputIssue[] } {
  const reader = datasetInMemory(raw);
  const issues: InputIssue[] = [];
  const sections: Pick<DatasetInput, 'sources' | 'entities' | 'claims'> = {
    sources: [],
    entities: [],
    claims: [],
  };
  for (const item of reader.items()) {
    issues.push(...item.issues);
    if (item.record?.kind === 'source') sections.sources.push(item.record.value);
    else if (item.record?.kind === 'entity') sections.entities.push(item.record.value);
    else if (item.record?.kind === 'claim') sections.claims.push(item.record.value);
  }
  const header = reader.header();
  if (issues.length || !header) return { issues };
  return { dataset: { format: 'claimgraph/1', dataset: header, ...sections }, issues };
}

/**
 * Checks ids for duplicates and clashes with the graph, every reference for existence and type,
 * and every time phrase for a date to resolve it against. `existing` holds the records already
 * in the graph (any superset of those the dataset names).
 */
export async function checkReferences(
  dataset: DatasetInput,
  existing: ReadonlyMap<string, KnownRecord>,
  options: { createOnly?: boolean } = {},
): Promise<InputIssue[]> {
  const reader = datasetInMemory(dataset);
  const checker = new RecordChecker({ ...options, whereOf: (o) => reader.whereOf(o) });
  for (const item of reader.items()) checker.add(item);
  const result = await checker.finish({
    find: async (ids) => new Map(ids.flatMap((id) => (existing.has(id) ? [[id, existing.get(id)!]] : []))),
    isEmpty: async () => existing.size === 0,
  });
  return result.issues;
}
