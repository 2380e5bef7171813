/**
 * Time limits and cancellation, as a client sees them on a real Neo4j: a transaction over its
 * limit fails with QUERY_TIMEOUT, names the limit and gives its connection back; a request whose
 * client hangs up has its transaction terminated on the server.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/neo4j/database.js';
import { listenHttp } from '../helpers/http.js';
import { EDITOR_TOKEN, resetGraph, startTestService, type TestService } from '../helpers/service.js';

// Counts through two billion numbers: it runs until something stops it.
const ENDLESS_READ = 'UNWIND range(1, 2000000000) AS i WITH i WHERE i = -1 RETURN count(*) AS n';
const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { id } }`;
const HELD_ID = 'source:held-by-another-client';
const HELD_SOURCE = { id: HELD_ID, name: 'Held source', kind: 'MEDIA', form: 'ARTICLE' };

let service: TestService;

beforeAll(async () => {
  service = await startTestService({ CLAIMGRAPH_TX_TIMEOUT_MS: '1000' });
  await resetGraph(service.db);
});

afterAll(async () => {
  await service?.close();
});

describe('a transaction over its time limit', () => {
  it('fails with QUERY_TIMEOUT naming the limit, and writes nothing', async () => {
    const lock = await holdSourceId();
    try {
      const started = Date.now();
      const result = await service.query(ADD_SOURCE, { input: HELD_SOURCE }, { token: EDITOR_TOKEN });
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('ran longer than its time limit of 1000 ms and was stopped'),
          extensions: { code: 'QUERY_TIMEOUT' },
        }),
      ]);
      // Without the limit it would wait as long as the lock is held; Neo4j checks limits every
      // couple of seconds, and a busy machine adds some.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await runningTransactions(service.db)).toEqual([]);
    } finally {
      await lock.release();
    }
    expect(await sourceExists()).toBe(false);
  });

  it('gives its connection back: more statements than the pool holds run afterwards', async () => {
    const db = Database.connect(inject('neo4j'), { maxConnectionPoolSize: 2 });
    try {
      const request = db.forRequest({ roundTrips: 0 }, { timeoutMs: 200 });
      const started = Date.now();
      // One more than the pool holds: the third waits for a connection the first two give back.
      const outcomes = await Promise.allSettled([1, 2, 3].map(() => request.runText(ENDLESS_READ)));
      for (const outcome of outcomes) {
        expect(outcome).toMatchObject({
          status: 'rejected',
          reason: { code: 'QUERY_TIMEOUT', message: expect.stringContaining('time limit of 200 ms') },
        });
      }
      // Counting to two billion takes minutes.
      expect(Date.now() - started).toBeLessThan(20_000);
      // Had the stopped transactions kept their connections, these would wait for one in vain.
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => request.runText('RETURN $i AS i', { i })),
      );
      expect(answers.map((rows) => rows[0]!.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(await runningTransactions(service.db)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe('a request whose client goes away', () => {
  it('has its transaction terminated on the server', async () => {
    // The default limit (15 s): only the client's leaving can stop the transaction this soon.
    const http = await listenHttp(service.db, loadConfig({ CLAIMGRAPH_EDITOR_TOKEN: EDITOR_TOKEN }));
    const lock = await holdSourceId();
    try {
      const client = new AbortController();
      const pending = fetch(`${http.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_TOKEN}` },
        body: JSON.stringify({ query: ADD_SOURCE, variables: { input: HELD_SOURCE } }),
        signal: client.signal,
      }).catch((error: unknown) => error);
      const blocked = await waitFor(async () => {
        const running = await runningTransactions(service.db);
        return running.find((tx) => tx.status.startsWith('Blocked by'));
      });
      expect(blocked.query).toContain('MERGE');

      const hungUp = Date.now();
      client.abort();
      expect(await pending).toMatchObject({ name: 'AbortError' });
      // Gone while the other client still holds the lock: stopped, not let through.
      await waitFor(async () => ((await runningTransactions(service.db)).length === 0 ? true : undefined));
      expect(Date.now() - hungUp).toBeLessThan(8_000);
    } finally {
      await lock.release();
      await http.close();
    }
    expect(await sourceExists()).toBe(false);
  });
});

/**
 * Another client's open transaction that has created HELD_ID without committing: whoever writes
 * that id waits for its lock until it is released (rolled back).
 */
async function holdSourceId(): Promise<{ release(): Promise<void> }> {
  const settings = inject('neo4j');
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const session = driver.session({ database: settings.database });
  const tx = await session.beginTransaction();
  await tx.run('CREATE (:Node {id: $id})', { id: HELD_ID });
  return {
    async release() {
      await tx.rollback();
      await session.close();
      await driver.close();
    },
  };
}

/** The service's transactions running on the server now, but for the one asking. */
async function runningTransactions(db: Database): Promise<{ id: string; status: string; query: string }[]> {
  const rows = await db.runText(
    `SHOW TRANSACTIONS YIELD transactionId, status, currentQuery, metaData
     WHERE metaData.service = 'claimgraph' AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
     RETURN transactionId AS id, status, currentQuery AS query`,
  );
  return rows as { id: string; status: string; query: string }[];
}

async function sourceExists(): Promise<boolean> {
  const result = await service.query<{ source: { id: string } | null }>(
    `{ source(id: "${HELD_ID}") { id } }`,
  );
  return result.data?.source != null;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}
