/**
 * Reading JSON Lines datasets and checking them record by record: positions by line, problems of
 * every kind in one pass, references to records further down the file, and bounded memory for
 * references that fail many times. All names are fictional.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RecordChecker } from '../../src/import/check-records.js';
import { ALL_KINDS, openDatasetFile } from '../../src/import/dataset-reader.js';
import type { ReadItem } from '../../src/import/dataset-records.js';

const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = { format: 'claimgraph/1', dataset: { id: 'dataset:ferrow', title: 'Ferrow' } };
const GAZETTE = {
  id: 'source:ferrow-gazette',
  name: 'Ferrow Gazette',
  kind: 'MEDIA',
  form: 'ARTICLE',
  publishedOn: '2031-05-02',
};
const EVENT = { id: 'event:ferrow-fire', type: 'Event', name: 'Fire in Ferrow', eventType: 'OTHER' };
const claim = (id: string, extra: Record<string, unknown> = {}) => ({
  claim: {
    id,
    chain: [GAZETTE.id],
    quote: 'A fire broke out.',
    predicate: 'OCCURRED',
    subject: EVENT.id,
    ...extra,
  },
});

let files = 0;
async function write(lines: unknown[]) {
  const file = path.join(dir, `f${(files += 1)}.jsonl`);
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return { file, reader: await openDatasetFile(file) };
}

async function readAll(lines: unknown[]): Promise<ReadItem[]> {
  const { reader } = await write(lines);
  const items: ReadItem[] = [];
  for await (const item of reader.read(ALL_KINDS)) items.push(item);
  return items;
}

async function check(lines: unknown[]) {
  const { reader } = await write(lines);
  const checker = new RecordChecker({ whereOf: (o) => reader.whereOf(o) });
  for await (const item of reader.read(ALL_KINDS)) checker.add(item);
  return checker.finish({ find: async () => new Map(), isEmpty: async () => true });
}

describe('reading JSON Lines', () => {
  it('reads the header, then one record a line, located by line number; blank lines are skipped', async () => {
    const items = await readAll([
      HEADER,
      { source: GAZETTE },
      '',
      '   ',
      { entity: EVENT },
      claim('claim:a'),
    ]);
    expect(items.map((i) => [i.where, i.record?.kind, i.issues])).toEqual([
      ['line 2', 'source', []],
      ['line 5', 'entity', []],
      ['line 6', 'claim', []],
    ]);
  });

  it('names the header’s fields, and a first line that is no header', async () => {
    const badHeader = await readAll([{ format: 'claimgraph/9', dataset: { id: 'dataset:x' } }]);
    expect(badHeader.flatMap((i) => i.issues.map((x) => x.path))).toEqual([
      'line 1 (header).format',
      'line 1 (header).dataset.title',
    ]);
    const noHeader = await readAll([{ source: GAZETTE }]);
    expect(noHeader.map((i) => [i.where, i.issues.length, i.record?.kind])).toEqual([
      ['line 1', 1, undefined],
      ['line 1', 0, 'source'],
    ]);
    expect((await readAll([])).flatMap((i) => i.issues.map((x) => x.message))).toEqual([
      expect.stringContaining('the file is empty'),
    ]);
  });

  it('reads only the kinds asked for, skipping other lines unparsed', async () => {
    const { reader } = await write([
      HEADER,
      { source: GAZETTE },
      claim('claim:a'),
      claim('claim:b', { about: ['claim:a'] }),
    ]);
    const kinds: string[] = [];
    for await (const item of reader.read(new Set(['claim']), undefined, (line) => line.includes('"about"'))) {
      kinds.push(`${item.where} ${item.record?.kind}`);
    }
    expect(kinds).toEqual(['line 4 claim']);
  });

  it('refuses to read on when the file changed since it was opened', async () => {
    const { file, reader } = await write([HEADER, { source: GAZETTE }]);
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    await expect(async () => {
      for await (const _ of reader.read(ALL_KINDS)) void _;
    }).rejects.toThrow(/changed while it was being imported/);
  });
});

describe('checking JSON Lines record by record', () => {
  it('accepts references and time phrases that point further down the file', async () => {
    const result = await check([
      HEADER,
      claim('claim:when', { predicate: 'OCCURRED_ON', time: { phrase: 'on Tuesday' } }),
      claim('claim:confirms', { predicate: 'CONFIRMS', about: ['claim:later'] }),
      { entity: EVENT },
      claim('claim:later'),
      { source: GAZETTE },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.counts).toMatchObject({ sources: 1, entities: 1, claims: 3, claimLinks: 1 });
    expect(result.eventIds).toEqual([EVENT.id]);
    expect(result.publishedOn.get(GAZETTE.id)).toBe('2031-05-02');
  });

  it('lists every problem of the file in line order, in one pass', async () => {
    const result = await check([
      HEADER,
      claim('claim:when', { predicate: 'OCCURRED_ON', time: { phrase: 'some day' } }),
      '{"claim": ',
      { claim: { id: 'claim:no-quote', chain: [GAZETTE.id], predicate: 'OCCURRED', subject: EVENT.id } },
      claim('claim:self', { predicate: 'CONFIRMS', about: ['claim:self'] }),
      { source: { ...GAZETTE, id: 'source:ferrow-radio', kind: 'NEWSPAPER' } },
      { entity: EVENT },
      { entity: { ...EVENT, name: 'The fire again' } },
      { source: GAZETTE },
    ]);
    expect(result.issues.map((i) => i.path)).toEqual([
      'line 2 (claim:when).time',
      'line 3',
      'line 4 (claim:no-quote).quote',
      'line 5 (claim:self).about[0]',
      'line 6 (source:ferrow-radio).kind',
      'line 8 (event:ferrow-fire).id',
    ]);
  });

  it('does not report references to a record again when that record itself is broken', async () => {
    const result = await check([
      HEADER,
      { source: GAZETTE },
      { entity: { ...EVENT, eventType: 'BLAZE' } },
      claim('claim:a'),
    ]);
    expect(result.issues.map((i) => i.path)).toEqual(['line 3 (event:ferrow-fire).eventType']);
  });

  it('keeps a few paths of a reference that fails many times, and counts the rest', async () => {
    const claims = Array.from({ length: 8 }, (_, i) => claim(`claim:c${i}`, { subject: 'event:nowhere' }));
    const result = await check([HEADER, { source: GAZETTE }, ...claims]);
    expect(result.issues).toHaveLength(5);
    expect(result.issues.at(-1)!.message).toBe(
      'event:nowhere is neither in this file nor in the graph (and 3 more references to it)',
    );
  });
});
