/**
 * A dataset read whole is written in one transaction, which the driver may run again after a
 * transient failure: the second run must send everything the first did. No database here: the
 * statements and their parameters are recorded. All names are fictional.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/import/import-dataset.js';
import type { QueryRunner, WriteTransaction } from '../../src/neo4j/database.js';

const dataset = {
  format: 'claimgraph/1',
  dataset: { id: 'dataset:ferrow', title: 'Ferrow' },
  sources: [
    { id: 'source:ferrow-gazette', name: 'Ferrow Gazette', kind: 'MEDIA', form: 'ARTICLE' },
    { id: 'source:ferrow-witness', name: 'A witness in Ferrow', kind: 'WITNESS', form: 'TESTIMONY' },
  ],
  entities: [{ id: 'event:ferrow-fire', type: 'Event', name: 'Fire in Ferrow', eventType: 'OTHER' }],
  claims: [
    {
      id: 'claim:ferrow-fire',
      chain: ['source:ferrow-gazette', 'source:ferrow-witness'],
      quote: 'A fire broke out.',
      predicate: 'OCCURRED',
      subject: 'event:ferrow-fire',
    },
  ],
};

describe('a retried import transaction', () => {
  it('sends the same statements and parameters on every attempt', async () => {
    const attempts: { name: string; params: unknown }[][] = [];
    const db = {
      read: async () => [],
      write: async () => [],
      async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
        // The driver's retry: the first attempt fails at its last statement, the second succeeds.
        for (let attempt = 0; ; attempt += 1) {
          const sent: { name: string; params: unknown }[] = [];
          attempts.push(sent);
          const tx: WriteTransaction = {
            run: async (name, params) => {
              sent.push({ name, params: structuredClone(params) });
              if (attempt === 0 && name === 'event/refreshEventDates') throw new Error('transient');
              return [];
            },
          };
          try {
            return await work(tx);
          } catch (error) {
            if (attempt > 0) throw error;
          }
        }
      },
    } as unknown as QueryRunner;
    await importDataset(db, dataset);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).toEqual(attempts[0]);
    const claims = attempts[1]!.find((s) => s.name === 'import/upsertClaims')!.params as {
      relays: unknown[];
    };
    expect(claims.relays).toEqual([{ from: 'source:ferrow-gazette', to: 'source:ferrow-witness' }]);
  });
});
