/**
 * Bulk imports of JSON Lines files on a generated fictional corpus (scripts/generate-corpus.ts):
 * written in many transactions with the counts the generator computed on its own, refused whole
 * with every problem listed, completed by running a stopped or killed import again, and emptied
 * in bounded batches.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ValidationError } from '../../src/errors.js';
import { importFile, type ImportProgress } from '../../src/import/import-dataset.js';
import { AdminRepository } from '../../src/repositories/admin-repository.js';
import type { CorpusSummary } from '../../scripts/generate-corpus.js';
import { graphCounts, graphSnapshot, recordCount } from '../helpers/graph.js';
import { dataOf, loadFixtures, resetGraph, startTestService, type TestService } from '../helpers/service.js';

const CLAIMS = 2000;
/** Far below the file's size: the corpus takes about a hundred transactions per phase. */
const BATCH = 50;

let service: TestService;
let dir: string;
let corpus: string;
let summary: CorpusSummary;
/** The graph a clean, uninterrupted import of the corpus leaves. */
let clean: string[];

beforeAll(async () => {
  service = await startTestService();
  dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-bulk-'));
  corpus = path.join(dir, 'vardesh.jsonl');
  const generated = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/generate-corpus.ts', '--claims', String(CLAIMS), '--out', corpus],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(`generate-corpus failed: ${generated.stderr}`);
  summary = JSON.parse(readFileSync(`${corpus}.summary.json`, 'utf8')) as CorpusSummary;
  await resetGraph(service.db);
  await importFile(service.db, corpus);
  clean = await graphSnapshot(service.db);
});

beforeEach(async () => {
  await resetGraph(service.db);
});

afterAll(async () => {
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bulk import of a JSON Lines file', () => {
  it('writes a file far larger than one batch, with the counts the generator computed', async () => {
    const progress: ImportProgress[] = [];
    const result = await importFile(service.db, corpus, {
      batchSize: BATCH,
      onProgress: (p) => progress.push(p),
    });
    const { counts } = summary;
    expect(result).toMatchObject({
      sources: counts.sources,
      entities: counts.entities,
      aliases: counts.aliases,
      claims: counts.claims,
      created: { sources: counts.sources, entities: counts.entities, claims: counts.claims },
    });
    const graph = await graphCounts(service.db);
    expect(graph.labels).toMatchObject({
      Source: counts.sources,
      Place: counts.places,
      Faction: counts.factions,
      Actor: counts.actors,
      Event: counts.events,
      Claim: counts.claims,
      Alias: counts.aliases,
      Node: counts.sources + counts.entities + counts.claims,
    });
    expect(graph.relationships).toEqual(counts.links);
    const claimBatches = progress.filter((p) => p.step === 'claims');
    expect(claimBatches).toHaveLength(Math.ceil(CLAIMS / BATCH));
    expect(claimBatches.at(-1)).toEqual({ step: 'claims', done: CLAIMS, total: CLAIMS });
    // The same graph as one import in the default, larger batches.
    expect(await graphSnapshot(service.db)).toEqual(clean);
  });

  it('adds up the country’s casualty figures to the totals the generator computed', async () => {
    await importFile(service.db, corpus);
    const data = dataOf(
      await service.query<{
        totals: { measure: string; category: string | null; unit: string; low: number; high: number }[];
      }>(`query ($place: ID) { totals(place: $place) { measure category unit low high } }`, {
        place: summary.ids.country,
      }),
    );
    const expected = summary.totals.figures.map(({ measure, category, unit, low, high }) => ({
      measure,
      category,
      unit,
      low,
      high,
    }));
    expect(data.totals).toEqual(expected);
  });

  it('imports the same file again without changing the graph', async () => {
    await importFile(service.db, corpus, { batchSize: 500 });
    const again = await importFile(service.db, corpus, { batchSize: 500 });
    expect(again.created).toEqual({ sources: 0, entities: 0, claims: 0 });
    expect(await graphSnapshot(service.db)).toEqual(clean);
  });
});

describe('a bulk import stopped part-way', () => {
  it.each(['entities', 'claims', 'claim links'])(
    'stopped after three batches of %s, then run again, leaves the graph of a clean run',
    async (step) => {
      const stop = new AbortController();
      let batches = 0;
      const stopped = await importFile(service.db, corpus, {
        batchSize: BATCH,
        signal: stop.signal,
        onProgress: (p) => {
          if (p.step === step && (batches += 1) === 3) stop.abort();
        },
      }).catch((e: unknown) => e);
      expect((stopped as Error).name).toBe('AbortError');
      const partial = await graphSnapshot(service.db);
      expect(partial.length).toBeGreaterThan(0);
      expect(partial).not.toEqual(clean);

      await importFile(service.db, corpus, { batchSize: BATCH });
      expect(await graphSnapshot(service.db)).toEqual(clean);
    },
  );

  it('killed (SIGKILL) while writing claims, then run again, leaves the graph of a clean run', async () => {
    const neo4j = inject('neo4j');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/import.ts', '--batch-size', String(BATCH), corpus],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it once some claims are in and others are not: mid-phase, maybe mid-transaction.
    for (let polls = 0; ; polls += 1) {
      const [row] = await service.db.runText('MATCH (c:Claim) RETURN count(c) AS n');
      if (Number(row!.n) > 0) break;
      if (polls > 600) throw new Error('the import wrote no claim within a minute');
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    await exited;
    const [row] = await service.db.runText('MATCH (c:Claim) RETURN count(c) AS n');
    expect(Number(row!.n)).toBeLessThan(CLAIMS);

    await importFile(service.db, corpus, { batchSize: BATCH });
    expect(await graphSnapshot(service.db)).toEqual(clean);
  });
});

describe('a bad JSON Lines file', () => {
  it('writes nothing and reports every problem at once, by line, record and field', async () => {
    await loadFixtures(service.db, 'velmora');
    const before = await graphSnapshot(service.db);
    const lines = [
      { format: 'claimgraph/1', dataset: { id: 'dataset:bad', title: 'A file with mistakes' } },
      // Claims before the source they cite: resolved once the source is read.
      {
        claim: {
          id: 'claim:bad-1',
          chain: ['source:later-paper'],
          quote: 'It happened a while back.',
          predicate: 'OCCURRED_ON',
          subject: 'event:bad-raid',
          time: { phrase: 'a while back' },
        },
      },
      {
        claim: {
          id: 'claim:bad-2',
          chain: ['source:later-paper'],
          quote: 'Many died.',
          predicate: 'COUNT',
          subject: 'event:bad-raid',
        },
      },
      'this line is not JSON',
      { claimz: { id: 'claim:bad-3' } },
      {
        claim: {
          id: 'claim:bad-4',
          chain: ['source:later-paper'],
          quote: 'The town took part.',
          predicate: 'PARTICIPATED_IN',
          subject: 'place:velmora',
          object: 'event:bad-raid',
          role: 'PERPETRATOR',
        },
      },
      {
        claim: {
          id: 'claim:bad-5',
          chain: ['source:nowhere'],
          quote: 'Quiet.',
          predicate: 'OCCURRED',
          subject: 'event:bad-raid',
        },
      },
      { entity: { id: 'event:bad-raid', type: 'Event', name: 'A raid', eventType: 'OTHER' } },
      { entity: { id: 'event:bad-raid', type: 'Event', name: 'The raid again', eventType: 'OTHER' } },
      {
        source: {
          id: 'source:later-paper',
          name: 'A later paper',
          kind: 'MEDIA',
          form: 'ARTICLE',
          publishedOn: '2031-05-02',
        },
      },
    ];
    const file = path.join(dir, 'bad.jsonl');
    writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));

    const error = (await importFile(service.db, file).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path)).toEqual([
      'line 2 (claim:bad-1).time',
      'line 3 (claim:bad-2).count',
      'line 4',
      'line 5',
      'line 6 (claim:bad-4).subject',
      'line 7 (claim:bad-5).chain[0]',
      'line 9 (event:bad-raid).id',
    ]);
    expect(error.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('a while back'),
      'COUNT needs a count',
      expect.stringContaining('not valid JSON'),
      expect.stringContaining('found "claimz"'),
      'place:velmora is a Place; expected Actor or Faction',
      'source:nowhere is neither in this file nor in the graph',
      'id event:bad-raid is defined twice in this file',
    ]);
    expect(await graphSnapshot(service.db)).toEqual(before);
  });

  it('refuses a JSON file too large to read whole, pointing to JSON Lines', async () => {
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, ' '.repeat(9 * 1024 * 1024));
    const error = (await importFile(service.db, file).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/at most 8 MB.*JSON Lines \(\.jsonl/);
    expect(await recordCount(service.db)).toBe(0);
  });
});

describe('emptying the graph', () => {
  it('deletes every record of a large graph in bounded transactions', async () => {
    await importFile(service.db, corpus);
    const records = await recordCount(service.db);
    // A batch far smaller than the graph: dozens of transactions, claims first.
    const deleted = await new AdminRepository(service.db).deleteAll(300);
    expect(deleted).toBe(records);
    // The audit trail, its idempotency keys and the API keys are not the graph: they stay.
    const left = await graphCounts(service.db);
    expect(left.relationships).toEqual({});
    expect(
      Object.keys(left.labels).filter((l) => !['AuditRecord', 'IdempotencyKey', 'ApiKey'].includes(l)),
    ).toEqual([]);
  });
});
