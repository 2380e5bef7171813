/**
 * Editors' mutations: each input becomes a one-record dataset and goes through the same
 * validation and writer as a file import, so the rules cannot drift apart.
 */
import type { RequestContext } from '../context.js';
import { ValidationError, type InputIssue } from '../errors.js';
import { DATASET_FORMAT } from '../import/dataset-schema.js';
import { importDataset } from '../import/import-dataset.js';

type Section = 'sources' | 'entities' | 'claims';

export async function addRecord(
  ctx: RequestContext,
  section: Section,
  record: Record<string, unknown>,
): Promise<string> {
  const dataset = {
    format: DATASET_FORMAT,
    dataset: { id: 'dataset:editor', title: 'Added by an editor' },
    [section]: [withoutNulls(record)],
  };
  try {
    await importDataset(ctx.db, dataset, { createOnly: true });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError('The input is not valid; nothing was written', error.issues.map(asInputPath));
    }
    throw error;
  }
  return String(record.id);
}

/** `entities[0] (actor:x).kind` → `input.kind`: the mutation's own words for where it went wrong. */
function asInputPath(issue: InputIssue): InputIssue {
  return { ...issue, path: issue.path.replace(/^(sources|entities|claims)\[0\](?: \([^)]*\))?/, 'input') };
}

/** GraphQL passes explicit nulls for fields a client set to null; the dataset format omits them. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}
