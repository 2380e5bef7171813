/** Search finds every entity of the report under every spelling the text uses, and misspellings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../src/import/dataset-schema.js';
import { CLEARANCE_TOKEN, dataOf, useTestService } from '../helpers/service.js';

interface Hit {
  node: { id: string };
  type: string;
  name: string;
  matched: string;
}

const SEARCH = `query Search($text: String!, $types: [NodeType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { node { id } type name matched }
}`;

const sample = JSON.parse(
  readFileSync(new URL('../../data/syria-coast-2025-03-09.json', import.meta.url), 'utf8'),
) as DatasetInput;

const service = useTestService();

async function search(
  text: string,
  options: { types?: string[]; first?: number; token?: string } = {},
): Promise<Hit[]> {
  const result = await service.query<{ search: Hit[] }>(
    SEARCH,
    { text, types: options.types ?? null, first: options.first ?? 5 },
    { token: options.token },
  );
  return dataOf(result).search;
}

describe('search', () => {
  const publicEntities = sample.entities.filter((e) => !e.protected && e.type !== 'Event');
  const spellings = publicEntities.flatMap((e) =>
    [e.name, ...e.aliases.map((a) => a.name)].map((text) => ({ text, id: e.id })),
  );

  it('finds every place, person and group of the report under each of its spellings', async () => {
    expect(spellings.length).toBeGreaterThan(40);
    const misses: string[] = [];
    for (const { text, id } of spellings) {
      const hits = await search(text);
      if (!hits.some((h) => h.node.id === id))
        misses.push(`"${text}" → ${id} (got ${hits.map((h) => h.node.id).join(', ')})`);
    }
    expect(misses).toEqual([]);
  });

  it('puts the garbled spellings the text used first, and says which spelling matched', async () => {
    for (const [text, id] of [
      ['Benias', 'place:banias'],
      ['Japur', 'place:jableh'],
      ['Taltas', 'place:tartus-governorate'],
      ['Alavian', 'faction:alawites'],
      ['Eyman', 'actor:ayman-fares'],
    ] as const) {
      const [first] = await search(text);
      expect(first, text).toMatchObject({ node: { id }, matched: text });
    }
  });

  it('tolerates misspellings and transliteration variants', async () => {
    for (const [text, id] of [
      ['Banyas', 'place:banias'],
      ['Lattakia', 'place:latakia'],
      ['Jabla', 'place:jableh'],
      ['Qusour', 'place:al-qusour'],
      ['Ghiath Dalla', 'actor:ghiath-dallah'],
      ['Ahmed al-Shara', 'actor:ahmad-al-sharaa'],
      ['Aiman Fares', 'actor:ayman-fares'],
      ['Alawite', 'faction:alawites'],
    ] as const) {
      const hits = await search(text);
      expect(
        hits.map((h) => h.node.id),
        text,
      ).toContain(id);
    }
  });

  it('returns each hit with its type and honours the type filter', async () => {
    const hits = await search('Banias', { types: ['EVENT'], first: 20 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.type))).toEqual(new Set(['EVENT']));
    const [place] = await search('Banias', { types: ['PLACE'] });
    expect(place).toMatchObject({ type: 'PLACE', name: 'Banias' });
  });

  it('never shows the protected witness without clearance, and does with it', async () => {
    const witnessIds = ['actor:protected-witness-1', 'source:protected-witness-1'];
    const uncleared = await search('Ali', { first: 50 });
    expect(uncleared.map((h) => h.node.id).filter((id) => witnessIds.includes(id))).toEqual([]);
    const cleared = await search('Ali', { first: 50, token: CLEARANCE_TOKEN });
    expect(cleared.map((h) => h.node.id)).toContain('actor:protected-witness-1');
  });

  it('answers an empty search with no hits and refuses requests that ask too much', async () => {
    expect(await search(' -- ')).toEqual([]);
    const tooMany = await service.query(SEARCH, { text: 'Banias', first: 500 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'first' }],
    });
    const tooLong = await service.query(SEARCH, { text: 'x'.repeat(500) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'text' }],
    });
  });
});
