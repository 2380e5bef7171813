/**
 * A trace field reads every claim about its record, so a record in more claims than
 * CLAIMGRAPH_MAX_CLAIMS_PER_RECORD is refused with a clear error that names the paged lists,
 * while those lists still serve all of its claims.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/import/import-dataset.js';
import { resetGraph, startTestService, type TestService } from '../helpers/service.js';

const FIGURES = 150;
const EVENT = 'event:pellmark-siege';

const dataset = {
  format: 'claimgraph/1',
  dataset: {
    id: 'dataset:pellmark',
    title: 'Fictional: the siege of Pellmark',
    description: 'Invented for tests.',
  },
  sources: [
    {
      id: 'source:pellmark-log',
      name: 'Pellmark daily log',
      kind: 'MONITOR',
      form: 'REPORT',
      publishedOn: '2032-02-01',
    },
  ],
  entities: [{ id: EVENT, type: 'Event', eventType: 'ARMED_CLASH', name: 'Siege of Pellmark' }],
  claims: Array.from({ length: FIGURES }, (_, i) => ({
    id: `claim:pellmark-day-${String(i).padStart(3, '0')}`,
    chain: ['source:pellmark-log'],
    quote: `Day ${i}: ${i + 1} people displaced.`,
    predicate: 'COUNT',
    subject: EVENT,
    count: { unit: 'PEOPLE', measure: 'DISPLACED', value: i + 1, qualifier: 'EXACT' },
  })),
};

let limited: TestService;
let roomy: TestService;

beforeAll(async () => {
  limited = await startTestService({ CLAIMGRAPH_MAX_CLAIMS_PER_RECORD: '100' });
  roomy = await startTestService({ CLAIMGRAPH_MAX_CLAIMS_PER_RECORD: '200' });
  await resetGraph(limited.db);
  await importDataset(limited.db, dataset);
});

afterAll(async () => {
  await limited?.close();
  await roomy?.close();
});

describe('trace fields over busy records', () => {
  it('refuses a trace of a record in more claims than the limit, naming the paged list', async () => {
    const result = await limited.query(`{ event(id: "${EVENT}") { id counts { count { value } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('SCOPE_TOO_LARGE');
    expect(result.errors?.[0]?.message).toContain(`${EVENT} is in ${FIGURES} claims`);
    expect(result.errors?.[0]?.message).toContain(`claims(filter: { about: "${EVENT}" })`);
  });

  it('still pages through all of its claims', async () => {
    const result = await limited.query<{ claims: { totalCount: number; edges: unknown[] } }>(
      `{ claims(filter: { about: "${EVENT}" }, first: 100) { totalCount edges { node { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.claims).toMatchObject({ totalCount: FIGURES });
    expect(result.data?.claims.edges).toHaveLength(100);
  });

  it('traces the same record under a higher limit', async () => {
    const result = await roomy.query<{ event: { counts: unknown[] } }>(
      `{ event(id: "${EVENT}") { counts { count { value } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.event.counts).toHaveLength(FIGURES);
  });
});
