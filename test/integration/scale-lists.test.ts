/**
 * Lists, counts and totals stay exact past any scan size: a fictional corpus of 6,000 events
 * (more than the 5,000 rows an earlier version read through a lens) is generated here, and every
 * expectation is computed from the generator's own arithmetic, not from the service.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/import/import-dataset.js';
import { resetGraph, useTestService, type GraphQLResult } from '../helpers/service.js';

const EVENTS = 6000;
const COUNTRY = 'place:orlan';
const TOWNS = ['place:orlan-east', 'place:orlan-west'];

/** Event i happened on day (i * 7) mod 365 of 2030: many events share a day, so ids break ties. */
function dayOf(i: number): string {
  const date = new Date(Date.UTC(2030, 0, 1) + ((i * 7) % 365) * 86_400_000);
  return date.toISOString().slice(0, 10);
}
const eventId = (i: number) => `event:orlan-${String(i).padStart(5, '0')}`;
/** Who reports event i and where it was: the A-graded wire for most, the D-graded blog for every tenth. */
const occurrenceSource = (i: number) => (i % 10 === 0 ? 'source:orlan-blog' : 'source:orlan-wire');
/**
 * Through a lens of grade B or better only the wire is read, so an event is in the country only
 * when the wire placed it there.
 */
const placedByWire = (i: number) => occurrenceSource(i) === 'source:orlan-wire';
const wireCounts = (i: number) => i % 2 === 0;
const blogCounts = (i: number) => i % 5 === 0;
const figure = (i: number) => (i % 7) + 1;
/** The blog always reports ten more than the wire's figure. */
const blogFigure = (i: number) => figure(i) + 10;

function corpus(range: number[], datasetId: string) {
  const claims: Record<string, unknown>[] = [];
  for (const i of range) {
    claims.push({
      id: `claim:orlan-${i}-occurred`,
      chain: [occurrenceSource(i)],
      quote: `Event ${i} took place in Orlan.`,
      predicate: 'OCCURRED',
      subject: eventId(i),
      places: [TOWNS[i % 2]],
      time: { start: dayOf(i) },
    });
    const count = (source: string, value: number, suffix: string) =>
      claims.push({
        id: `claim:orlan-${i}-${suffix}`,
        chain: [source],
        quote: `${value} people were killed in event ${i}.`,
        predicate: 'COUNT',
        subject: eventId(i),
        count: { unit: 'PEOPLE', measure: 'KILLED', category: 'civilians', value, qualifier: 'EXACT' },
      });
    if (wireCounts(i)) count('source:orlan-wire', figure(i), 'wire-toll');
    if (blogCounts(i)) count('source:orlan-blog', blogFigure(i), 'blog-toll');
  }
  return {
    format: 'claimgraph/1',
    dataset: { id: datasetId, title: 'Fictional corpus: Orlan', description: 'Invented for tests.' },
    sources: [
      {
        id: 'source:orlan-wire',
        name: 'Orlan Wire',
        kind: 'MEDIA',
        form: 'ARTICLE',
        publishedOn: '2031-01-01',
        reliability: { grade: 'A', gradedBy: 'fixture editors', gradedOn: '2031-01-02' },
      },
      {
        id: 'source:orlan-blog',
        name: 'Orlan Blog',
        kind: 'SOCIAL_MEDIA',
        form: 'POST',
        publishedOn: '2031-01-01',
        reliability: { grade: 'D', gradedBy: 'fixture editors', gradedOn: '2031-01-02' },
      },
    ],
    entities: [
      { id: COUNTRY, type: 'Place', kind: 'COUNTRY', name: 'Orlan' },
      { id: TOWNS[0], type: 'Place', kind: 'TOWN', name: 'East Orlan', partOf: COUNTRY },
      { id: TOWNS[1], type: 'Place', kind: 'TOWN', name: 'West Orlan', partOf: COUNTRY },
      ...range.map((i) => ({
        id: eventId(i),
        type: 'Event',
        eventType: 'ARMED_CLASH',
        name: `Clash ${i} in Orlan`,
      })),
    ],
    claims,
  };
}

const all = Array.from({ length: EVENTS }, (_, i) => i);
/** Time order as the API promises it: by date, then by id. */
const inTimeOrder = (ids: number[]) =>
  [...ids]
    .sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || eventId(a).localeCompare(eventId(b)))
    .map(eventId);

// These tests check answers, not speed (the benchmark measures that): a busy machine must not
// turn a slow count into a failure, so statements here may run for two minutes.
const service = useTestService(
  async (s) => {
    await resetGraph(s.db);
    await importDataset(s.db, corpus(all, 'dataset:orlan'));
  },
  { CLAIMGRAPH_TX_TIMEOUT_MS: '120000' },
);

interface EventPage {
  events: {
    totalCount?: number;
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function walk(lens: Record<string, unknown> | null, between?: (seen: string[]) => Promise<void>) {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphQLResult<EventPage> = await service.query<EventPage>(
      `query ($after: String, $lens: Lens) {
        events(filter: { place: "${COUNTRY}" }, first: 100, after: $after, lens: $lens) {
          edges { node { id } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { after, lens },
    );
    expect(result.errors).toBeUndefined();
    seen.push(...result.data!.events.edges.map((e) => e.node.id));
    if (!result.data!.events.pageInfo.hasNextPage) return seen;
    after = result.data!.events.pageInfo.endCursor;
    await between?.(seen);
  }
}

describe('lists past 5,000 rows', { timeout: 240_000 }, () => {
  it('counts every event of the country, with and without a lens', async () => {
    const inViewThroughB = all.filter(placedByWire);
    const count = async (lens: Record<string, unknown> | null) => {
      const result = await service.query<EventPage>(
        `query ($lens: Lens) { events(filter: { place: "${COUNTRY}" }, first: 1, lens: $lens) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { lens },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.events.totalCount;
    };
    expect(await count(null)).toBe(EVENTS);
    expect(inViewThroughB.length).toBeGreaterThan(5000);
    expect(await count({ minReliability: 'B' })).toBe(inViewThroughB.length);
  });

  it('walks a lens-filtered list page by page: every row once, in time order', async () => {
    const expected = inTimeOrder(all.filter(placedByWire));
    expect(await walk({ minReliability: 'B' })).toEqual(expected);
  });

  it('adds up a total over 6,000 events exactly, through a lens too', async () => {
    // Per event, each speaker gives one figure: low is the smaller, high the larger.
    let low = 0;
    let high = 0;
    let wireOnly = 0;
    for (const i of all) {
      const figures = [...(wireCounts(i) ? [figure(i)] : []), ...(blogCounts(i) ? [blogFigure(i)] : [])];
      if (figures.length === 0) continue;
      low += Math.min(...figures);
      high += Math.max(...figures);
      if (wireCounts(i) && placedByWire(i)) wireOnly += figure(i);
    }
    const totals = async (lens: Record<string, unknown> | null) => {
      const result = await service.query<{ totals: { measure: string; low: number; high: number }[] }>(
        `query ($lens: Lens) { totals(place: "${COUNTRY}", lens: $lens) { measure low high } }`,
        { lens },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.totals;
    };
    expect(await totals(null)).toEqual([{ measure: 'KILLED', low, high }]);
    expect(low).toBeLessThan(high);
    expect(await totals({ minReliability: 'B' })).toEqual([
      { measure: 'KILLED', low: wireOnly, high: wireOnly },
    ]);
  });

  it('keeps its place while events are added: no row twice, none skipped, order kept', async () => {
    const added = Array.from({ length: 50 }, (_, k) => EVENTS + k);
    let lastBeforeAdding: string | null = null;
    const seen = await walk(null, async (walked) => {
      if (lastBeforeAdding !== null || walked.length < 600) return;
      // Added mid-walk, spread over the whole year: those after the cursor must show up.
      lastBeforeAdding = walked.at(-1)!;
      await importDataset(service.db, corpus(added, 'dataset:orlan-late'));
    });
    expect(lastBeforeAdding).not.toBeNull();
    expect(new Set(seen).size).toBe(seen.length);
    const originals = inTimeOrder(all);
    expect(seen.filter((id) => originals.includes(id))).toEqual(originals);
    // Every row comes in time order, the added ones included.
    const order = inTimeOrder([...all, ...added]);
    const positions = seen.map((id) => order.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // An added event is listed exactly when it sorts after the rows already walked past.
    const walkedPast = order.indexOf(lastBeforeAdding!);
    for (const k of added) {
      expect(seen.includes(eventId(k))).toBe(order.indexOf(eventId(k)) > walkedPast);
    }
  });
});
