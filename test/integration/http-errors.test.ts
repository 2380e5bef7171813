/**
 * Every failure answers in JSON with a code, never an HTML page or the service's internals;
 * client mistakes are BAD_USER_INPUT naming the argument; requests carry ids; CORS is off
 * unless origins are listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';
import { EDITOR_TOKEN, loadFixtures, resetGraph, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await resetGraph(s.db);
  await loadFixtures(s.db, 'velmora');
});

type ErrorBody = { errors: { message: string; extensions: Record<string, unknown> & { code: string } }[] };

const apps: RunningApp[] = [];
async function app(overrides: Partial<Config> = {}): Promise<RunningApp> {
  const running = await listenHttp(service.db, { ...service.config, ...overrides });
  apps.push(running);
  return running;
}
afterAll(async () => {
  for (const running of apps) await running.close();
});

/** Stack frames, file paths and database internals that must never reach a client. */
const INTERNALS = /\bat \S+ \(|node_modules|\/work\/|\.ts:\d|Neo4j|Cypher|neo4j|stacktrace/i;

async function jsonError(response: Response, status: number, code: string): Promise<ErrorBody['errors'][0]> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(text).not.toMatch(INTERNALS);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.errors[0]!.extensions.code).toBe(code);
  return body.errors[0]!;
}

describe('HTTP errors in JSON', () => {
  let http: RunningApp;
  beforeAll(async () => {
    http = await app({ CLAIMGRAPH_MAX_BODY_BYTES: 4096 });
  });
  const post = (body: string, contentType = 'application/json') =>
    fetch(`${http.base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers a body that is not JSON with 400 BAD_REQUEST', async () => {
    const error = await jsonError(await post('{"query": '), 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('answers a body over CLAIMGRAPH_MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE', async () => {
    const error = await jsonError(
      await post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(5000)}` })),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(error.extensions).toMatchObject({ limit: 4096, setting: 'CLAIMGRAPH_MAX_BODY_BYTES' });
  });

  it('answers a POST that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    await jsonError(await post('{ __typename }', 'application/graphql'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await jsonError(
      await post('query={__typename}', 'application/x-www-form-urlencoded'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('answers an unknown route or method with 404 NOT_FOUND, and a wrong method on /graphql in JSON', async () => {
    await jsonError(await fetch(`${http.base}/no/such/page`), 404, 'NOT_FOUND');
    await jsonError(await fetch(`${http.base}/healthz`, { method: 'DELETE' }), 404, 'NOT_FOUND');
    await jsonError(
      await fetch(`${http.base}/graphql`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      405,
      'BAD_REQUEST',
    );
  });

  it('shows no stack trace, even though NODE_ENV is not "production", unless CLAIMGRAPH_DEV is on', async () => {
    expect(process.env.NODE_ENV).not.toBe('production');
    const put = () => ({ method: 'PUT', body: '{}' });
    const masked = await (await fetch(`${http.base}/graphql`, put())).text();
    expect(masked).not.toMatch(/stacktrace/);
    const dev = await app({ CLAIMGRAPH_DEV: true });
    expect(await (await fetch(`${dev.base}/graphql`, put())).text()).toMatch(/stacktrace/);
  });
});

describe('client mistakes answered as BAD_USER_INPUT naming the argument', () => {
  const issueOf = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const result = await service.query(query, variables, token ? { token } : {});
    expect(result.errors, JSON.stringify(result)).toHaveLength(1);
    const error = result.errors![0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).not.toMatch(INTERNALS);
    return error.extensions!.issues as { path: string; message: string }[];
  };

  it('an impossible date, given inline or in a variable', async () => {
    const inline = await issueOf('{ events(filter: { from: "2025-02-30" }) { totalCount } }');
    expect(inline).toEqual([
      { path: 'filter.from', message: expect.stringMatching(/2025-02-30 is not a calendar date/) },
    ]);
    const variable = await issueOf('query ($f: EventFilter) { events(filter: $f) { totalCount } }', {
      f: { to: '2025-02-29' },
    });
    expect(variable[0]!.path).toBe('filter.to');
    const asOf = await issueOf('query ($d: Date) { place(id: "place:velmora", asOf: $d) { id } }', {
      d: '2025-13-01',
    });
    expect(asOf[0]).toMatchObject({ path: 'asOf', message: '2025-13-01 has no month 13' });
    // A leap day is a day.
    expect(
      (await service.query('{ events(filter: { from: "2024-02-29" }) { totalCount } }')).errors,
    ).toBeUndefined();
  });

  it('a forged cursor, even one that decodes', async () => {
    const forged = Buffer.from(JSON.stringify(['not a date', 'event:x'])).toString('base64url');
    for (const field of ['events', 'claims', 'sources']) {
      expect(await issueOf(`{ ${field}(after: "${forged}") { totalCount } }`)).toEqual([
        { path: 'after', message: 'is not a cursor this API returned' },
      ]);
    }
  });

  it('a latitude or longitude off the globe', async () => {
    const issues = await issueOf(
      '{ events(filter: { near: { latitude: 91, longitude: 181, km: 5 } }) { totalCount } }',
    );
    expect(issues.map((i) => i.path)).toEqual(['filter.near.latitude', 'filter.near.longitude']);
    const added = await issueOf(
      `mutation { addEntity(input: { id: "place:nowhere", type: PLACE, placeKind: CITY, name: "Nowhere",
        location: { latitude: 91, longitude: 0 } }) { id } }`,
      {},
      EDITOR_TOKEN,
    );
    expect(added[0]!.path).toBe('input.location.latitude');
  });

  it('a search that would expand past what Lucene takes', async () => {
    const issues = await issueOf('query ($t: String!) { search(text: $t) { name } }', { t: 'ﷺ'.repeat(200) });
    expect(issues[0]).toMatchObject({
      path: 'text',
      message: expect.stringMatching(/words once normalised/),
    });
    const long = await issueOf('query ($t: String!) { search(text: $t) { name } }', { t: '㍿'.repeat(200) });
    expect(long[0]).toMatchObject({ path: 'text', message: expect.stringMatching(/a word of 800 letters/) });
  });
});

describe('request ids', () => {
  let http: RunningApp;
  beforeAll(async () => {
    http = await app();
  });

  it('keeps a sensible X-Request-Id and makes one otherwise', async () => {
    const kept = await fetch(`${http.base}/healthz`, { headers: { 'x-request-id': 'edge-42:abc' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-42:abc');
    for (const given of ['a'.repeat(200), 'has spaces', '"quoted"']) {
      const replaced = await fetch(`${http.base}/healthz`, { headers: { 'x-request-id': given } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    const made = await fetch(`${http.base}/no/such/page`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS', () => {
  const preflight = (base: string, origin: string) =>
    fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, x-claimgraph-bookmark, content-type',
      },
    });

  it('is off by default', async () => {
    const http = await app();
    const response = await preflight(http.base, 'https://app.example.org');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a listed origin send credentials and bookmarks, and no other origin', async () => {
    const http = await app({ CLAIMGRAPH_CORS_ORIGINS: ['https://app.example.org'] });
    const allowed = await preflight(http.base, 'https://app.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const headers = allowed.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['authorization', 'x-claimgraph-bookmark', 'content-type'])
      expect(headers).toContain(header);
    const post = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://app.example.org', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ place(id: "place:velmora") { name } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(post.headers.get('access-control-expose-headers')).toMatch(/X-Claimgraph-Bookmark/);
    const other = await preflight(http.base, 'https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
