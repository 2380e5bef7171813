/**
 * Records as the audit trail keeps them (its `before` and `after`) and as undo puts them back:
 * labels, properties with their Neo4j types (a date stays a date, an integer an integer),
 * relationships both ways and an entity's aliases. Snapshots are plain JSON, sorted, so that two
 * of one unchanged record are equal strings.
 */
import type { Row } from '../neo4j/database.js';
import type { Plain } from '../neo4j/values.js';

export interface TypedValue {
  value: Plain;
  /** How to turn the JSON value back into the stored one; absent for strings, numbers, booleans, lists. */
  type?: 'INTEGER' | 'DATE' | 'DATETIME' | 'POINT';
}

export interface RelationshipSnapshot {
  type: string;
  /** The record at the other end. */
  other: string;
  props: Record<string, TypedValue>;
}

export interface AliasSnapshot {
  key: string;
  name: string;
  usedBy: { source: string; note: string | null }[];
}

export interface RecordSnapshot {
  id: string;
  labels: string[];
  props: Record<string, TypedValue>;
  outgoing: RelationshipSnapshot[];
  incoming: RelationshipSnapshot[];
  aliases: AliasSnapshot[];
}

/** id → the record as it was (null: it did not exist). */
export type Snapshots = Map<string, RecordSnapshot | null>;

/** The only labels and relationship types an undo writes: never text from a request. */
const LABELS = new Set(['Node', 'Source', 'Claim', 'Entity', 'Actor', 'Faction', 'Place', 'Event', 'Merged']);
const RELATIONSHIP_TYPES = new Set([
  'SUBJECT',
  'OBJECT',
  'AT_PLACE',
  'ATTRIBUTED_TO',
  'ABOUT',
  'SUPPORTS_CLAIM',
  'CONTRADICTS_CLAIM',
  'RELAYS',
  'SPOKEN_BY',
  'PART_OF',
  'MERGED_INTO',
]);

const TYPE_NAMES: Record<string, TypedValue['type']> = {
  INTEGER: 'INTEGER',
  DATE: 'DATE',
  'ZONED DATETIME': 'DATETIME',
  POINT: 'POINT',
};

/** A row of audit/snapshotRecords as a snapshot. */
export function snapshotOf(row: Row): RecordSnapshot | null {
  if (row.labels === null) return null;
  const rels = (value: Plain) =>
    (value as { type: string; other: string; props: Plain }[])
      .map((r) => ({ type: r.type, other: r.other, props: typedProps(r.props) }))
      .sort(byJson);
  return {
    id: String(row.id),
    labels: [...(row.labels as string[])].sort(),
    props: typedProps(row.props ?? []),
    outgoing: rels(row.outgoing ?? []),
    incoming: rels(row.incoming ?? []),
    aliases: ((row.aliases ?? []) as unknown as AliasSnapshot[])
      .map((a) => ({ ...a, usedBy: [...a.usedBy].sort(byJson) }))
      .sort(byJson),
  };
}

function typedProps(value: Plain): Record<string, TypedValue> {
  const entries = (value as { key: string; value: Plain; type: string }[])
    .map(({ key, value: v, type }): [string, TypedValue] => {
      const named = TYPE_NAMES[type.replace(/ NOT NULL$/, '')];
      return [key, named ? { value: v, type: named } : { value: v }];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The records the snapshots link to (other than themselves). */
export function linkedIds(snapshots: Iterable<RecordSnapshot | null>): string[] {
  const ids = new Set<string>();
  const own = new Set<string>();
  for (const s of snapshots) {
    if (!s) continue;
    own.add(s.id);
    for (const r of [...s.outgoing, ...s.incoming]) ids.add(r.other);
    for (const a of s.aliases) for (const u of a.usedBy) ids.add(u.source);
  }
  return [...ids].filter((id) => !own.has(id)).sort();
}

/** Snapshots as the JSON the audit trail stores: `{ "<id>": snapshot | null }`. */
export function snapshotsJson(snapshots: Snapshots): string {
  return JSON.stringify(Object.fromEntries([...snapshots].sort(([a], [b]) => (a < b ? -1 : 1))));
}

export function parseSnapshots(json: string | null): Snapshots {
  return new Map(Object.entries(json ? (JSON.parse(json) as Record<string, RecordSnapshot | null>) : {}));
}

/** The parameters of audit/restoreRecords, restoreRelationships and restoreAliases for snapshots. */
export function restoreParams(snapshots: Snapshots): {
  records: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
  aliases: Record<string, unknown>[];
} {
  const records: Record<string, unknown>[] = [];
  const relationships = new Map<string, Record<string, unknown>>();
  const aliases: Record<string, unknown>[] = [];
  for (const [id, s] of snapshots) {
    if (!s) {
      records.push({ id, labels: null, props: [] });
      continue;
    }
    for (const label of s.labels) if (!LABELS.has(label)) throw new Error(`unexpected label ${label}`);
    records.push({ id, labels: s.labels, props: propList(s.props) });
    const add = (from: string, to: string, r: RelationshipSnapshot) => {
      if (!RELATIONSHIP_TYPES.has(r.type)) throw new Error(`unexpected relationship ${r.type}`);
      const rel = { from, to, type: r.type, props: propList(r.props) };
      // Both ends restored: the relationship is in both snapshots, and is written once.
      relationships.set(JSON.stringify(rel), rel);
    };
    for (const r of s.outgoing) add(id, r.other, r);
    for (const r of s.incoming) add(r.other, id, r);
    for (const a of s.aliases) aliases.push({ entityId: id, ...a });
  }
  return { records, relationships: [...relationships.values()], aliases };
}

function propList(props: Record<string, TypedValue>): { key: string; value: Plain; type: string | null }[] {
  return Object.entries(props).map(([key, v]) => ({ key, value: v.value, type: v.type ?? null }));
}
