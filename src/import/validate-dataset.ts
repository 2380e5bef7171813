/**
 * Checks a dataset before anything is written: its shape (the zod schema), then every reference
 * against the file itself and the graph. Every problem is reported with the record and field it
 * concerns, such as `claims[12] (claim:sohr-toll).count.value`.
 */
import type { z } from 'zod';
import { PREDICATE_RULES, type RecordType } from '../domain/predicate-rules.js';
import type { InputIssue } from '../errors.js';
import { datasetSchema, type DatasetInput } from './dataset-schema.js';

export interface KnownRecord {
  type: RecordType;
  publishedOn: string | null;
}

/** Parses the shape of a dataset; returns the issues instead of throwing. */
export function parseDataset(raw: unknown): { dataset?: DatasetInput; issues: InputIssue[] } {
  const parsed = datasetSchema.safeParse(raw);
  if (parsed.success) return { dataset: parsed.data, issues: [] };
  return { issues: parsed.error.issues.map((issue) => toInputIssue(issue, raw)) };
}

function toInputIssue(issue: z.core.$ZodIssue, raw: unknown): InputIssue {
  return { path: describePath(issue.path, raw), message: issue.message };
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

/** All ids a dataset defines, with their types. */
export function definedRecords(dataset: DatasetInput): Map<string, RecordType> {
  const defined = new Map<string, RecordType>();
  for (const s of dataset.sources) defined.set(s.id, 'Source');
  for (const e of dataset.entities) defined.set(e.id, e.type);
  for (const c of dataset.claims) defined.set(c.id, 'Claim');
  return defined;
}

/** Every id the dataset defines or refers to. */
export function referencedIds(dataset: DatasetInput): string[] {
  const ids = new Set<string>(definedRecords(dataset).keys());
  for (const s of dataset.sources) {
    if (s.speaker) ids.add(s.speaker);
    s.relays.forEach((id) => ids.add(id));
  }
  for (const e of dataset.entities) {
    e.aliases.forEach((a) => ids.add(a.source));
    if ((e.type === 'Place' || e.type === 'Event') && e.partOf) ids.add(e.partOf);
  }
  for (const c of dataset.claims) {
    [...c.chain, ...c.places, ...c.about, ...c.supports, ...c.contradicts].forEach((id) => ids.add(id));
    if (c.subject) ids.add(c.subject);
    if (c.object) ids.add(c.object);
  }
  return [...ids];
}

/**
 * Checks ids for duplicates and clashes with the graph, and every reference for existence and
 * type. `existing` holds the records already in the graph among `referencedIds(dataset)`.
 */
export function checkReferences(dataset: DatasetInput, existing: Map<string, KnownRecord>): InputIssue[] {
  const issues: InputIssue[] = [];
  const defined = new Map<string, RecordType>();
  const define = (section: string, index: number, id: string, type: RecordType) => {
    const where = `${section}[${index}] (${id}).id`;
    if (defined.has(id)) issues.push({ path: where, message: `id ${id} is defined twice in this file` });
    const known = existing.get(id);
    if (known && known.type !== type) {
      issues.push({ path: where, message: `id ${id} already belongs to a ${known.type} in the graph` });
    }
    defined.set(id, type);
  };
  dataset.sources.forEach((s, i) => define('sources', i, s.id, 'Source'));
  dataset.entities.forEach((e, i) => define('entities', i, e.id, e.type));
  dataset.claims.forEach((c, i) => define('claims', i, c.id, 'Claim'));

  const typeOf = (id: string): RecordType | undefined => defined.get(id) ?? existing.get(id)?.type;
  const expect = (path: string, id: string, allowed: RecordType[]) => {
    const type = typeOf(id);
    if (type === undefined) {
      issues.push({ path, message: `${id} is neither in this file nor in the graph` });
    } else if (!allowed.includes(type)) {
      issues.push({ path, message: `${id} is a ${type}; expected ${allowed.join(' or ')}` });
    }
  };

  dataset.sources.forEach((s, i) => {
    const at = `sources[${i}] (${s.id})`;
    if (s.speaker) expect(`${at}.speaker`, s.speaker, ['Actor', 'Faction']);
    s.relays.forEach((id, j) => expect(`${at}.relays[${j}]`, id, ['Source']));
  });
  dataset.entities.forEach((e, i) => {
    const at = `entities[${i}] (${e.id})`;
    e.aliases.forEach((a, j) => expect(`${at}.aliases[${j}].source`, a.source, ['Source']));
    if ((e.type === 'Place' || e.type === 'Event') && e.partOf) {
      if (e.partOf === e.id)
        issues.push({ path: `${at}.partOf`, message: 'a record cannot be part of itself' });
      else expect(`${at}.partOf`, e.partOf, [e.type]);
    }
  });
  dataset.claims.forEach((c, i) => {
    const at = `claims[${i}] (${c.id})`;
    const rule = PREDICATE_RULES[c.predicate];
    c.chain.forEach((id, j) => expect(`${at}.chain[${j}]`, id, ['Source']));
    if (c.subject) expect(`${at}.subject`, c.subject, rule.subject);
    if (c.object) {
      if (rule.object) expect(`${at}.object`, c.object, rule.object);
      else issues.push({ path: `${at}.object`, message: `${c.predicate} takes no object` });
    }
    c.places.forEach((id, j) => expect(`${at}.places[${j}]`, id, ['Place']));
    for (const field of ['about', 'supports', 'contradicts'] as const) {
      c[field].forEach((id, j) => {
        if (id === c.id)
          issues.push({ path: `${at}.${field}[${j}]`, message: 'a claim cannot refer to itself' });
        else expect(`${at}.${field}[${j}]`, id, ['Claim']);
      });
    }
  });
  return issues;
}

/** Issues for records whose id is already taken in the graph. */
export function existingIdIssues(dataset: DatasetInput, existing: Map<string, KnownRecord>): InputIssue[] {
  const sections = [
    ['sources', dataset.sources],
    ['entities', dataset.entities],
    ['claims', dataset.claims],
  ] as const;
  return sections.flatMap(([section, records]) =>
    records.flatMap((record, index) =>
      existing.has(record.id)
        ? [{ path: `${section}[${index}] (${record.id}).id`, message: `${record.id} already exists` }]
        : [],
    ),
  );
}
