/** Keyset cursors, page sizes and Relay connections. */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.js';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type Keyset,
} from '../../src/services/pagination.js';

/** Calls fn and returns the ValidationError it throws; fails if it throws nothing or something else. */
function validationErrorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

describe('cursors', () => {
  it.each<[string, Keyset]>([
    ['one id', ['event:velmora-flood']],
    ['a date and an id', ['2025-03-06', 'event:velmora-flood']],
    ['a null sort value', [null, 'event:undated']],
    ['non-ASCII text', ['Qūṣūr ✓', 'place:qusur']],
  ])('round-trips %s', (_, key) => {
    const cursor = encodeCursor(key);
    expect(decodeCursor(cursor, key.length)).toEqual(key);
  });

  it('is opaque and URL-safe', () => {
    const cursor = encodeCursor(['2025-03-06', 'event:a/b+c?d']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('event');
  });

  it('reads no cursor as the first page', () => {
    expect(decodeCursor(null, 1)).toBeNull();
    expect(decodeCursor(undefined, 2)).toBeNull();
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of non-JSON', Buffer.from('hello').toString('base64url')],
    ['a JSON object', Buffer.from('{"id":"x"}').toString('base64url')],
    ['an array of numbers', Buffer.from('[1]').toString('base64url')],
    ['an empty string', ''],
  ])('refuses %s with a validation error on `after`', (_, cursor) => {
    const error = validationErrorOf(() => decodeCursor(cursor, 1));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['after']);
  });

  it('refuses a cursor of another list, with a key of the wrong size', () => {
    const twoPart = encodeCursor(['2025-03-06', 'event:velmora-flood']);
    expect(validationErrorOf(() => decodeCursor(twoPart, 1)).issues[0]!.path).toBe('after');
    const onePart = encodeCursor(['event:velmora-flood']);
    expect(validationErrorOf(() => decodeCursor(onePart, 2)).issues[0]!.path).toBe('after');
  });

  it('reports the cursor problem as a GraphQL error with the issues', () => {
    const error = validationErrorOf(() => decodeCursor('###', 1)).toGraphQLError();
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.issues).toEqual([{ path: 'after', message: expect.any(String) }]);
  });
});

describe('pageSize', () => {
  it('defaults to 20', () => {
    expect(pageSize(undefined, 100)).toBe(20);
    expect(pageSize(null, 100)).toBe(20);
  });

  it('accepts 0 and the maximum itself', () => {
    expect(pageSize(0, 100)).toBe(0);
    expect(pageSize(100, 100)).toBe(100);
    expect(pageSize(7, 100)).toBe(7);
  });

  it.each([101, -1, 2.5, Number.NaN])('refuses %s with a validation error on `first`', (first) => {
    const error = validationErrorOf(() => pageSize(first, 100));
    expect(error.issues.map((i) => i.path)).toEqual(['first']);
    expect(error.issues[0]!.message).toMatch(/100/);
  });
});

describe('toConnection', () => {
  const rows = ['a', 'b', 'c', 'd'].map((x) => ({
    id: `event:${x}`,
    date: `2025-03-0${x.charCodeAt(0) - 96}`,
  }));
  const keyOf = (row: (typeof rows)[number]): Keyset => [row.date, row.id];
  const counted = (total: number) => () => Promise.resolve(total);

  it('has a next page when the extra row was fetched, and leaves the extra row out', async () => {
    const connection = toConnection(rows, 3, counted(10), keyOf);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['event:a', 'event:b', 'event:c']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    await expect(connection.totalCount()).resolves.toBe(10);
  });

  it('counts every match only when totalCount is asked for', () => {
    let counts = 0;
    toConnection(rows, 3, () => Promise.resolve((counts += 1)), keyOf);
    expect(counts).toBe(0);
  });

  it('has no next page when fewer rows than the page size plus one came back', () => {
    expect(toConnection(rows, 4, counted(4), keyOf).pageInfo.hasNextPage).toBe(false);
    expect(toConnection(rows, 10, counted(4), keyOf).pageInfo.hasNextPage).toBe(false);
  });

  it('gives each edge the cursor of its own sort key, and the last edge’s cursor as endCursor', () => {
    const connection = toConnection(rows, 3, counted(10), keyOf);
    connection.edges.forEach((edge) => expect(decodeCursor(edge.cursor, 2)).toEqual(keyOf(edge.node)));
    expect(connection.pageInfo.endCursor).toBe(connection.edges[2]!.cursor);
    expect(decodeCursor(connection.pageInfo.endCursor, 2)).toEqual(['2025-03-03', 'event:c']);
  });

  it('has no end cursor for an empty page', () => {
    expect(toConnection([], 5, counted(0), keyOf)).toMatchObject({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});
