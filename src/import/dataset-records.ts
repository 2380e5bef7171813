/**
 * One record of a dataset, however the file holds it: parsed with its schema from
 * dataset-schema.ts and located by `where` (`claims[3]` in a JSON file, `line 17` in a JSON
 * Lines file), so that every issue names the record and the field.
 */
import type { RecordType } from '../domain/predicate-rules.js';
import type { InputIssue } from '../errors.js';
import {
  DATASET_PARSE_OPTIONS,
  RECORD_SCHEMAS,
  type ClaimInput,
  type EntityInput,
  type RecordKind,
  type SourceInput,
} from './dataset-schema.js';

export type DatasetRecord =
  | { kind: 'source'; value: SourceInput }
  | { kind: 'entity'; value: EntityInput }
  | { kind: 'claim'; value: ClaimInput };

export interface ReadItem {
  /** Position in the file (line number, or index across the sections): issues are sorted by it. */
  ordinal: number;
  where: string;
  /** Absent when the record does not parse; `issues` then says why. */
  record?: DatasetRecord;
  issues: InputIssue[];
  /**
   * For a record that does not parse: the id and type it declares, when they can be read, so
   * that references to it are not reported as well.
   */
  declared?: { id: string; type: RecordType | null };
}

export const RECORD_KINDS: readonly RecordKind[] = ['source', 'entity', 'claim'];

const ENTITY_TYPES: readonly string[] = ['Actor', 'Faction', 'Place', 'Event'];

/** `line 17`, `claim:x`, `['count', 'value']` → `line 17 (claim:x).count.value`. */
export function recordPath(where: string, id: unknown, path: readonly PropertyKey[]): string {
  let out = typeof id === 'string' ? `${where} (${id})` : where;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

export function parseRecord(kind: RecordKind, raw: unknown, where: string, ordinal: number): ReadItem {
  const parsed = RECORD_SCHEMAS[kind].safeParse(raw, DATASET_PARSE_OPTIONS);
  if (parsed.success) {
    return { ordinal, where, record: { kind, value: parsed.data } as DatasetRecord, issues: [] };
  }
  const id = (raw as { id?: unknown } | null)?.id;
  const issues = parsed.error.issues.map((issue) => ({
    path: recordPath(where, id, issue.path),
    message: issue.message,
  }));
  if (typeof id !== 'string') return { ordinal, where, issues };
  const type = (raw as { type?: unknown }).type;
  const declaredType: RecordType | null =
    kind === 'source'
      ? 'Source'
      : kind === 'claim'
        ? 'Claim'
        : typeof type === 'string' && ENTITY_TYPES.includes(type)
          ? (type as RecordType)
          : null;
  return { ordinal, where, issues, declared: { id, type: declaredType } };
}

/** The id a record defines and its type. */
export function recordIdentity(record: DatasetRecord): { id: string; type: RecordType } {
  switch (record.kind) {
    case 'source':
      return { id: record.value.id, type: 'Source' };
    case 'entity':
      return { id: record.value.id, type: record.value.type };
    case 'claim':
      return { id: record.value.id, type: 'Claim' };
  }
}

/** `['claims', 3, 'count']` → `claims[3] (claim:x).count`, naming the record by its id. */
export function describePath(path: readonly PropertyKey[], raw: unknown): string {
  let out = '';
  let node: unknown = raw;
  for (const [index, key] of path.entries()) {
    node =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      out += `[${key}]`;
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (index === 1 && typeof id === 'string') out += ` (${id})`;
    } else {
      out += out === '' ? String(key) : `.${String(key)}`;
    }
  }
  return out || '(root)';
}
