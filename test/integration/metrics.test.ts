/**
 * GET /metrics in Prometheus's text format: requests by route and operation, errors by code,
 * transactions sent to Neo4j, and whether the database is up; and request ids in the log lines.
 */
import { Writable } from 'node:stream';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/neo4j/database.js';
import { createApp } from '../../src/server.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';
import { loadFixtures, resetGraph, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await resetGraph(s.db);
  await loadFixtures(s.db, 'velmora');
});

const apps: RunningApp[] = [];
afterAll(async () => {
  for (const running of apps) await running.close();
});

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** The value of one series, or undefined when it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('counts operations, routes, errors and Neo4j transactions', async () => {
    const http = await listenHttp(service.db, service.config);
    apps.push(http);
    for (let i = 0; i < 2; i += 1) {
      const ok = await post(http.base, { query: 'query PlaceName { place(id: "place:velmora") { name } }' });
      expect(ok.status).toBe(200);
    }
    await post(http.base, { query: '{ events(filter: { from: "2025-02-30" }) { totalCount } }' });
    await fetch(`${http.base}/no/such/page`);

    const response = await fetch(`${http.base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'claimgraph_graphql_operations_total{operation="PlaceName",type="query"}')).toBe(2);
    // Refused before its operation was resolved.
    expect(sample(text, 'claimgraph_graphql_operations_total{operation="anonymous",type="unknown"}')).toBe(1);
    expect(sample(text, 'claimgraph_graphql_operation_duration_seconds_count{operation="PlaceName"}')).toBe(
      2,
    );
    expect(sample(text, 'claimgraph_http_requests_total{route="/graphql",method="POST",status="200"}')).toBe(
      2,
    );
    expect(sample(text, 'claimgraph_http_requests_total{route="unmatched",method="GET",status="404"}')).toBe(
      1,
    );
    expect(sample(text, 'claimgraph_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(sample(text, 'claimgraph_errors_total{code="NOT_FOUND"}')).toBe(1);
    // Each place lookup reads through the database; its transactions are counted and timed.
    const transactions = text
      .split('\n')
      .filter((l) => l.startsWith('claimgraph_neo4j_transactions_total{') && l.includes('outcome="ok"'))
      .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
    expect(transactions).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^claimgraph_neo4j_transaction_duration_seconds_count\{query="[\w/]+"\} \d+/m);
    expect(sample(text, 'claimgraph_neo4j_transactions_in_flight')).toBe(0);
    expect(sample(text, 'claimgraph_neo4j_up')).toBe(1);
    // Node's own process metrics.
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it('reports the database down when it does not answer', async () => {
    const down = Database.connect({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    });
    const http = await listenHttp(down, service.config);
    try {
      const text = await (await fetch(`${http.base}/metrics`)).text();
      expect(sample(text, 'claimgraph_neo4j_up')).toBe(0);
    } finally {
      await http.close();
      await down.close();
    }
  });
});

describe('request ids in the logs', () => {
  it('puts the request id in every log line written while answering the request', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const logger = pino({ level: 'debug' }, sink);
    const { app, apollo } = await createApp({ db: service.db, config: service.config, logger });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await post(base, { query: '{ place(id: "place:velmora") { name } }' }, { 'x-request-id': 'trace-1' });
      await fetch(`${base}/no/such/page`, { headers: { 'x-request-id': 'trace-2' } });
    } finally {
      await new Promise((r) => server.close(r));
      await apollo.stop();
    }
    const byRequest = (id: string) => lines.filter((l) => l.requestId === id);
    expect(byRequest('trace-1').map((l) => l.msg)).toContain('answered');
    expect(byRequest('trace-2')).toContainEqual(expect.objectContaining({ msg: 'answered', status: 404 }));
    // Nothing was logged about a request without saying which.
    expect(lines.filter((l) => l.requestId === undefined && l.msg === 'answered')).toEqual([]);
  });
});
