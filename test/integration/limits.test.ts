/**
 * Limits on one request, over HTTP: depth, aliases, cost, directives and tokens are refused
 * before anything reaches Neo4j, each with its own code, the limit and the setting; callers are
 * rate-limited per credential or address, with health and metrics exempt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { callerKey } from '../../src/http/rate-limit.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';
import { EDITOR_TOKEN, loadFixtures, resetGraph, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await resetGraph(s.db);
  await loadFixtures(s.db, 'velmora');
});

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> & { code: string } }[];
    extensions?: { roundTrips?: number };
  };
}

async function post(app: RunningApp, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${app.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

const apps: RunningApp[] = [];
async function app(overrides: Partial<Config>): Promise<RunningApp> {
  const running = await listenHttp(service.db, { ...service.config, ...overrides });
  apps.push(running);
  return running;
}

afterAll(async () => {
  for (const running of apps) await running.close();
});

const aliasedSearches = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `s${i}: search(text: "velmora") { name }`).join(' ')} }`;

describe('limits on the shape of an operation', () => {
  let tight: RunningApp;
  beforeAll(async () => {
    tight = await app({
      CLAIMGRAPH_MAX_QUERY_DEPTH: 4,
      CLAIMGRAPH_MAX_ALIASES: 5,
      CLAIMGRAPH_MAX_QUERY_COST: 300,
      CLAIMGRAPH_MAX_DIRECTIVES: 3,
      CLAIMGRAPH_MAX_TOKENS: 200,
    });
  });

  const refusal = (answer: Answer) => {
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    // Nothing was sent to the database.
    expect(answer.body.extensions?.roundTrips ?? 0).toBe(0);
    expect(answer.body.errors).toHaveLength(1);
    return answer.body.errors![0]!;
  };

  it('answers an operation within every limit', async () => {
    const answer = await post(
      tight,
      '{ a: place(id: "place:velmora") { name } b: place(id: "place:old-quay") { name @include(if: true) } }',
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ a: { name: 'Velmora' }, b: { name: 'Old Quay' } });
  });

  it('refuses an operation nested deeper than CLAIMGRAPH_MAX_QUERY_DEPTH with QUERY_TOO_DEEP', async () => {
    const error = refusal(
      await post(tight, '{ place(id: "place:old-quay") { partOf { partOf { partOf { id } } } } }'),
    );
    expect(error.extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      limit: 4,
      found: 5,
      setting: 'CLAIMGRAPH_MAX_QUERY_DEPTH',
    });
    expect(error.message).toMatch(
      /5 levels of nesting; the limit is 4 \(setting CLAIMGRAPH_MAX_QUERY_DEPTH\)/,
    );
  });

  it('refuses more aliases than CLAIMGRAPH_MAX_ALIASES with TOO_MANY_ALIASES', async () => {
    const error = refusal(await post(tight, aliasedSearches(6)));
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 5, found: 6 });
    expect(error.message).toContain('CLAIMGRAPH_MAX_ALIASES');
  });

  it('refuses an operation costlier than CLAIMGRAPH_MAX_QUERY_COST with QUERY_TOO_COSTLY', async () => {
    // Within depth, aliases, directives and tokens: only the page of 50 makes it costly.
    const error = refusal(await post(tight, '{ events(first: 50) { edges { node { id name } } } }'));
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 300 });
    expect(error.extensions.found).toBeGreaterThan(300);
    expect(error.message).toContain('CLAIMGRAPH_MAX_QUERY_COST');
  });

  it('refuses more directives than CLAIMGRAPH_MAX_DIRECTIVES with TOO_MANY_DIRECTIVES', async () => {
    const fields = Array.from({ length: 4 }, () => 'name @include(if: true)').join(' ');
    const error = refusal(await post(tight, `{ place(id: "place:velmora") { ${fields} } }`));
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_DIRECTIVES', limit: 3, found: 4 });
  });

  it('refuses a document of more tokens than CLAIMGRAPH_MAX_TOKENS with TOO_MANY_TOKENS', async () => {
    const fields = Array.from({ length: 200 }, () => 'name').join(' ');
    const error = refusal(await post(tight, `{ place(id: "place:velmora") { ${fields} } }`));
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_TOKENS', limit: 200 });
    expect(error.message).toContain('CLAIMGRAPH_MAX_TOKENS');
  });

  it('refuses a search under 1,000 aliases before it reaches Neo4j, with the default limits', async () => {
    const defaults = await app({});
    const answer = await post(defaults, aliasedSearches(1000));
    expect(refusal(answer).extensions.code).toBe('TOO_MANY_TOKENS');
    // With room for its tokens, the alias limit refuses it.
    const roomy = await app({ CLAIMGRAPH_MAX_TOKENS: 100_000 });
    const error = refusal(await post(roomy, aliasedSearches(1000)));
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 50, found: 1000 });
  });
});

describe('rate limits per caller', () => {
  let limited: RunningApp;
  beforeAll(async () => {
    limited = await app({ CLAIMGRAPH_RATE_LIMIT: 3, CLAIMGRAPH_RATE_WINDOW_MS: 60_000 });
  });

  it('answers 429 RATE_LIMITED with Retry-After once a caller has used its requests', async () => {
    const query = '{ place(id: "place:velmora") { name } }';
    for (let i = 0; i < 2; i += 1) expect((await post(limited, query)).status).toBe(200);
    // The exports count towards the same limit.
    const exported = await fetch(`${limited.base}/export/cytoscape?ids=place:velmora`);
    expect(exported.status).toBe(200);
    const refused = await post(limited, query);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors![0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 3,
      setting: 'CLAIMGRAPH_RATE_LIMIT',
    });
    const exportRefused = await fetch(`${limited.base}/export/cytoscape?ids=place:velmora`);
    expect(exportRefused.status).toBe(429);
    expect(((await exportRefused.json()) as Answer['body']).errors![0]!.extensions.code).toBe('RATE_LIMITED');
  });

  it('counts each credential on its own, and never limits health or metrics', async () => {
    const query = '{ place(id: "place:velmora") { name } }';
    expect((await post(limited, query)).status).toBe(429);
    expect((await post(limited, query, { authorization: `Bearer ${EDITOR_TOKEN}` })).status).toBe(200);
    for (const path of ['/healthz', '/readyz', '/metrics', '/healthz']) {
      expect((await fetch(`${limited.base}${path}`)).status, path).toBe(200);
    }
  });

  it('keys a credential by its hash, never by the secret itself', () => {
    const request = (authorization?: string) =>
      ({
        get: (name: string) => (name === 'authorization' ? authorization : undefined),
        ip: '10.1.2.3',
      }) as never;
    const key = callerKey(request(`Bearer ${EDITOR_TOKEN}`));
    expect(key).not.toContain(EDITOR_TOKEN);
    expect(key).toMatch(/^credential:[0-9a-f]{64}$/);
    expect(callerKey(request(`Bearer ${EDITOR_TOKEN}x`))).not.toBe(key);
    expect(callerKey(request())).toBe('ip:10.1.2.3');
  });
});
