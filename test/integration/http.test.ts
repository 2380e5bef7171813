/**
 * The service over HTTP, as a browser or a client sees it: GraphQL, the offline GraphiQL page,
 * health and readiness, and what happens when Neo4j is unreachable.
 */
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { loadSample, startTestService, type TestService } from '../helpers/service.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';

let service: TestService;
let http: RunningApp;

beforeAll(async () => {
  service = await startTestService();
  await loadSample(service.db);
  http = await listenHttp(service.db);
});

afterAll(async () => {
  await http.close();
  await service.close();
});

describe('over HTTP', () => {
  it('answers GraphQL POSTs and reports its round trips', async () => {
    const response = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ place(id: "place:al-qusour") { name partOf { name } } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown; extensions: { roundTrips: number } };
    expect(body.data).toEqual({ place: { name: 'al-Qusour', partOf: { name: 'Banias' } } });
    expect(body.extensions.roundTrips).toBeGreaterThan(0);
  });

  it('serves a GraphiQL page to browsers with every asset from this server', async () => {
    const page = await fetch(`${http.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBe(4);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      const response = await fetch(`${http.base}${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });

  it('gives the schema as a file a code generator can build the API from', async () => {
    const response = await fetch(`${http.base}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const schema = buildSchema(await response.text());
    expect(schema.getQueryType()?.getFields().events?.description).toBeTruthy();
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining(['event', 'events', 'claims', 'search', 'paths', 'totals', 'disputes']),
    );
  });

  it('is live and ready while Neo4j answers', async () => {
    expect((await fetch(`${http.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${http.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses queries nested deeper than the limit before running them', async () => {
    const deep = `{ event(id: "event:qusour-raids") { ${'partOf { '.repeat(20)}id${' }'.repeat(20)} } }`;
    const response = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: deep }),
    });
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
      data?: unknown;
    };
    const tooDeep = body.errors.find((e) => e.extensions.code === 'QUERY_TOO_DEEP');
    expect(tooDeep?.message).toMatch(/22 levels of nesting; the limit is 12/);
    expect(body.data).toBeUndefined();
  });
});

describe('when Neo4j is unreachable', () => {
  it('is not ready, and queries fail with a clear, retryable error', async () => {
    // Nothing listens on port 1: the driver cannot connect.
    const db = Database.connect({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'unused-pass',
      database: 'neo4j',
    });
    const down = await listenHttp(db);
    try {
      const ready = await fetch(`${down.base}/readyz`);
      expect(ready.status).toBe(503);
      const response = await fetch(`${down.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ place(id: "place:banias") { name } }' }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(body.errors[0]!.message).toMatch(/not reachable/);
    } finally {
      await down.close();
      await db.close();
    }
  });
});
