/**
 * Two instances of the service on one database, as two processes behind a load balancer: each
 * has its own driver and keeps nothing between requests. A client that writes through one and
 * sends the bookmark it got back reads its write through the other.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/neo4j/database.js';
import { applySchema } from '../../src/neo4j/schema-setup.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';
import { EDITOR_TOKEN, resetGraph } from '../helpers/service.js';

const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { id name } }`;

interface Instance {
  db: Database;
  http: RunningApp;
}

interface Answer {
  bookmarkHeader: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: { code: string } }[];
    extensions?: { bookmarks?: string[] };
  };
}

let first: Instance;
let second: Instance;

beforeAll(async () => {
  const config = loadConfig({ CLAIMGRAPH_EDITOR_TOKEN: EDITOR_TOKEN });
  const start = async (): Promise<Instance> => {
    const db = Database.connect(inject('neo4j'));
    return { db, http: await listenHttp(db, config) };
  };
  first = await start();
  second = await start();
  await applySchema(first.db);
  await resetGraph(first.db);
});

afterAll(async () => {
  for (const instance of [first, second]) {
    await instance?.http.close();
    await instance?.db.close();
  }
});

describe('two instances of the service on one database', () => {
  it('hand a client its write through the other instance, with the bookmark it got back', async () => {
    const written = await post(
      first,
      ADD_SOURCE,
      { input: source('source:harlow-courier', 'Harlow Courier') },
      true,
    );
    expect(written.body.data).toEqual({ addSource: { id: 'source:harlow-courier', name: 'Harlow Courier' } });
    const bookmarks = written.body.extensions?.bookmarks ?? [];
    expect(bookmarks.length).toBeGreaterThan(0);
    expect(written.bookmarkHeader).toBe(bookmarks.join(', '));

    const read = await post(
      second,
      sourcesQuery('source:harlow-courier'),
      {},
      false,
      written.bookmarkHeader!,
    );
    expect(read.body).toMatchObject({ data: { a: { name: 'Harlow Courier' } } });
    // A request that only reads hands out no bookmark.
    expect(read.bookmarkHeader).toBeNull();
    expect(read.body.extensions?.bookmarks).toBeUndefined();
  });

  it('chain writes across instances: each response carries the bookmark after its own commit', async () => {
    const one = await post(first, ADD_SOURCE, { input: source('source:velm-gazette', 'Velm Gazette') }, true);
    const two = await post(
      second,
      ADD_SOURCE,
      { input: source('source:velm-radio', 'Velm Radio') },
      true,
      one.bookmarkHeader!,
    );
    expect(two.body.errors).toBeUndefined();
    expect(two.bookmarkHeader).not.toBeNull();
    expect(two.bookmarkHeader).not.toBe(one.bookmarkHeader);

    const read = await post(
      first,
      sourcesQuery('source:velm-gazette', 'source:velm-radio'),
      {},
      false,
      two.bookmarkHeader!,
    );
    expect(read.body.data).toEqual({ a: { name: 'Velm Gazette' }, b: { name: 'Velm Radio' } });
  });

  it('hand out no bookmark for a write that was refused', async () => {
    const refused = await post(first, ADD_SOURCE, { input: source('source:unsigned', 'Unsigned') }, false);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.bookmarkHeader).toBeNull();
  });

  it('refuse a bookmark the database cannot read, naming the header', async () => {
    const read = await post(second, sourcesQuery('source:harlow-courier'), {}, false, 'not-a-bookmark');
    expect(read.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('X-Claimgraph-Bookmark header'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

function source(id: string, name: string) {
  return { id, name, kind: 'MEDIA', form: 'ARTICLE' };
}

function sourcesQuery(...ids: string[]): string {
  return `{ ${ids.map((id, i) => `${'ab'[i]}: source(id: "${id}") { name }`).join(' ')} }`;
}

async function post(
  instance: Instance,
  query: string,
  variables: Record<string, unknown>,
  asEditor: boolean,
  bookmarkHeader?: string,
): Promise<Answer> {
  const response = await fetch(`${instance.http.base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(asEditor ? { authorization: `Bearer ${EDITOR_TOKEN}` } : {}),
      ...(bookmarkHeader ? { 'x-claimgraph-bookmark': bookmarkHeader } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    bookmarkHeader: response.headers.get('x-claimgraph-bookmark'),
    body: (await response.json()) as Answer['body'],
  };
}
