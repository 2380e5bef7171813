/** Importing datasets: idempotent, all-or-nothing, and clear about what is wrong. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.js';
import { importDataset, importFile, type ImportProgress } from '../../src/import/import-dataset.js';
import { graphSnapshot, recordCount as countRecords } from '../helpers/graph.js';
import { resetGraph, startTestService, type TestService } from '../helpers/service.js';

const FIXTURE = new URL('../fixtures/velmora.json', import.meta.url).pathname;
const SAMPLE = new URL('../../data/syria-coast-2025-03-09.json', import.meta.url).pathname;
const fixture = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, any>;

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

beforeEach(async () => {
  await resetGraph(service.db);
});

afterAll(async () => {
  await service.close();
});

const snapshot = () => graphSnapshot(service.db);
const recordCount = () => countRecords(service.db);

describe('import', () => {
  it('imports the sample report and reports what it wrote', async () => {
    const summary = await importFile(service.db, SAMPLE);
    expect(summary).toMatchObject({ datasetId: 'dataset:syria-coast-2025-03-09' });
    expect(summary.claims).toBeGreaterThan(100);
    expect(summary.created).toEqual({
      sources: summary.sources,
      entities: summary.entities,
      claims: summary.claims,
    });
  });

  it('leaves the same graph when the same file is imported twice', async () => {
    await importFile(service.db, SAMPLE);
    const first = await snapshot();
    const again = await importFile(service.db, SAMPLE);
    expect(again.created).toEqual({ sources: 0, entities: 0, claims: 0 });
    expect(await snapshot()).toEqual(first);
  });

  it('replaces what a changed record no longer says on re-import', async () => {
    await importFile(service.db, FIXTURE);
    const changed = fixture();
    changed.claims[2].role = 'TARGET';
    changed.claims[2].credibility = 2;
    await importDataset(service.db, changed);
    const [row] = await service.db.runText(
      `MATCH (c:Claim {id: 'claim:old-quay-raid-lanterns'})
       RETURN c.role AS role, c.credibility AS credibility, COUNT { (c)-[:ATTRIBUTED_TO]->() } AS links`,
    );
    expect(row).toEqual({ role: 'TARGET', credibility: 2, links: 2 });
  });

  it('writes nothing from a file with one bad record, and names the record and field', async () => {
    await importFile(service.db, FIXTURE);
    const before = await snapshot();
    const broken = fixture();
    broken.claims[0].quote = 'A new quote that must not land';
    broken.claims[3].count = { qualifier: 'MORE_THAN', measure: 'KILLED' };
    const error = await importDataset(service.db, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      {
        path: 'claims[3] (claim:old-quay-raid-toll).count.value',
        message: 'qualifier MORE_THAN needs a value',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses references to records that exist nowhere, before writing anything', async () => {
    const broken = fixture();
    broken.claims[1].object = 'place:nowhere';
    broken.entities[3].aliases = [{ name: 'O. Pell', source: 'source:unknown-paper' }];
    const error = (await importDataset(service.db, broken).catch((e: unknown) => e)) as ValidationError;
    expect(error.issues.map((i) => i.path)).toEqual([
      'entities[3] (actor:orrin-pell).aliases[0].source',
      'claims[1] (claim:old-quay-raid-place).object',
    ]);
    expect(error.message).toContain('place:nowhere is neither in this file nor in the graph');
    expect(await recordCount()).toBe(0);
  });

  it('refuses a claim whose subject is the wrong kind of record', async () => {
    const broken = fixture();
    broken.claims[2].subject = 'place:velmora';
    const error = (await importDataset(service.db, broken).catch((e: unknown) => e)) as ValidationError;
    expect(error.issues).toEqual([
      {
        path: 'claims[2] (claim:old-quay-raid-lanterns).subject',
        message: 'place:velmora is a Place; expected Actor or Faction',
      },
    ]);
  });

  it('refuses a time phrase it cannot resolve', async () => {
    const broken = fixture();
    broken.claims[0].time = { phrase: 'a while back' };
    const error = (await importDataset(service.db, broken).catch((e: unknown) => e)) as ValidationError;
    expect(error.issues[0]).toMatchObject({ path: 'claims[0] (claim:old-quay-raid-happened).time' });
    expect(error.issues[0]!.message).toContain('a while back');
    expect(await recordCount()).toBe(0);
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    const error = (await importFile(
      service.db,
      new URL('../fixtures/not-json.txt', import.meta.url).pathname,
    ).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/not-json\.txt is not valid JSON/);
  });

  it('resolves relative dates against the publication date and keeps the phrase', async () => {
    await importFile(service.db, FIXTURE);
    const [row] = await service.db.runText(
      `MATCH (c:Claim {id: 'claim:old-quay-raid-happened'})
       RETURN toString(c.timeStart) AS start, c.timePhrase AS phrase, toString(c.timeAnchor) AS anchor`,
    );
    // 2 May 2031 is a Friday: "on Tuesday" is 29 April.
    expect(row).toEqual({ start: '2031-04-29', phrase: 'on Tuesday', anchor: '2031-05-02' });
  });

  it('reports progress in batches on large files', async () => {
    const large = fixture();
    for (let i = 0; i < 1200; i += 1) {
      large.claims.push({
        id: `claim:bulk-${i}`,
        chain: ['source:velmora-gazette'],
        quote: `Bulk statement ${i}`,
        predicate: 'DESCRIBED_AS',
        subject: 'place:velmora',
      });
    }
    const progress: ImportProgress[] = [];
    const summary = await importDataset(service.db, large, {
      onProgress: (p) => progress.push(p),
      batchSize: 500,
    });
    expect(summary.claims).toBe(1205);
    expect(progress.filter((p) => p.step === 'claims').map((p) => p.done)).toEqual([500, 1000, 1205]);
  });
});
