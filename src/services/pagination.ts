/**
 * Relay connections over keyset pages: the cursor encodes the sort key of the last row, so a
 * page never re-reads the rows before it (no SKIP).
 */
import { ValidationError } from '../errors.js';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../repositories/records.js';

export interface ConnectionModel<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /**
   * Counting every match costs a statement of its own, so it runs only when the field is
   * selected (GraphQL's default resolver calls it).
   */
  totalCount: () => Promise<number>;
}

export type EntityConnectionModel = ConnectionModel<EntityRecord>;
export type SourceConnectionModel = ConnectionModel<SourceRecord>;
export type ClaimConnectionModel = ConnectionModel<ClaimRecord>;

/** The sort key of a row: the values it is ordered by, last of all its id. */
export type Keyset = (string | null)[];

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The sort key in a cursor. `valid` checks what the statement will do with the values (a date
 * it compares as a date): a cursor a client made up is its mistake, not a database error.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  size: number,
  valid: (key: Keyset) => boolean = () => true,
): Keyset | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === size &&
      key.every((k) => k === null || typeof k === 'string') &&
      valid(key as Keyset)
    ) {
      return key as Keyset;
    }
  } catch {
    // Falls through to the error below.
  }
  throw new ValidationError('Invalid cursor', [
    { path: 'after', message: 'is not a cursor this API returned' },
  ]);
}

/** Checks `first` against the page-size limit. */
export function pageSize(first: number | null | undefined, max: number): number {
  const size = first ?? Math.min(20, max);
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new ValidationError('Invalid page size', [
      { path: 'first', message: `must be between 0 and ${max}` },
    ]);
  }
  return size;
}

/**
 * Builds a connection from one page of rows fetched with one extra row (to know whether there
 * is a next page) and the way to count every match.
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  countAll: () => Promise<number>,
  keyOf: (row: T) => Keyset,
): ConnectionModel<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: countAll,
  };
}
