/** List queries: filters and Relay cursor pagination over the sample report. */
import { describe, expect, it } from 'vitest';
import { dataOf, useTestService } from '../helpers/service.js';

interface EventPage {
  events: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; eventType: string; firstDate: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const EVENTS = `query Events($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id eventType firstDate } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const service = useTestService();

async function eventIds(filter: Record<string, unknown>): Promise<string[]> {
  const { events } = dataOf(await service.query<EventPage>(EVENTS, { filter, first: 100 }));
  return events.edges.map((e) => e.node.id);
}

describe('events', () => {
  it('pages through every event in time order without repeats', async () => {
    const seen: EventPage['events']['edges'] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const { events }: EventPage = dataOf(await service.query<EventPage>(EVENTS, { first: 5, after }));
      total = events.totalCount;
      seen.push(...events.edges);
      expect(events.edges.length).toBeLessThanOrEqual(5);
      if (!events.pageInfo.hasNextPage) break;
      after = events.pageInfo.endCursor;
    }
    const ids = seen.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    expect(total).toBeGreaterThan(15);
    const dates = seen.map((e) => e.node.firstDate ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
  });

  it('filters by place, including the places inside it', async () => {
    const inBanias = await eventIds({ place: 'place:banias' });
    expect(inBanias).toEqual(
      expect.arrayContaining(['event:qusour-raids', 'event:coastal-civilian-killings']),
    );
    const inQusour = await eventIds({ place: 'place:al-qusour' });
    expect(inQusour).toContain('event:qusour-raids');
    expect(inQusour).not.toContain('event:coastal-civilian-killings');
    const inSyria = await eventIds({ place: 'place:syria' });
    expect(inSyria).toEqual(expect.arrayContaining(inBanias));
  });

  it('filters by event type, time window, actor or faction involved, and source', async () => {
    const looting = await eventIds({ types: ['LOOTING'] });
    expect(looting).toContain('event:qusour-looting');
    expect(looting.every((id) => id !== 'event:qusour-raids')).toBe(true);

    const march2025 = await eventIds({ from: '2025-03-06', to: '2025-03-09' });
    expect(march2025).toContain('event:loyalist-ambush');
    expect(march2025).not.toContain('event:fares-facebook-video');
    const august2023 = await eventIds({ from: '2023-08-01', to: '2023-08-31' });
    expect(august2023).toContain('event:fares-facebook-video');

    expect(await eventIds({ involving: 'faction:foreign-fighters' })).toContain('event:qusour-raids');
    expect(await eventIds({ involving: 'actor:ghiath-dallah' })).toContain('event:coastal-violence-2025-03');

    const fromSohr = await eventIds({ source: 'source:sohr-tally' });
    expect(fromSohr).toEqual(['event:coastal-civilian-killings']);
  });

  it('refuses a cursor it did not issue and a page that is too large', async () => {
    const badCursor = await service.query(EVENTS, { first: 5, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'after' }],
    });
    const tooLarge = await service.query(EVENTS, { first: 10_000 });
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'first' }],
    });
  });
});

describe('entities, sources and claims', () => {
  it('pages entities of one type by id', async () => {
    const first = dataOf(
      await service.query<{
        entities: {
          totalCount: number;
          edges: { node: { id: string; __typename: string } }[];
          pageInfo: { endCursor: string };
        };
      }>(
        `{ entities(type: PLACE, first: 4) { totalCount edges { node { id __typename } } pageInfo { endCursor } } }`,
      ),
    );
    expect(first.entities.edges.every((e) => e.node.__typename === 'Place')).toBe(true);
    const rest = dataOf(
      await service.query<{ entities: { edges: { node: { id: string } }[] } }>(
        `query($after: String) { entities(type: PLACE, first: 100, after: $after) { edges { node { id } } } }`,
        { after: first.entities.pageInfo.endCursor },
      ),
    );
    const ids = [...first.entities.edges, ...rest.entities.edges].map((e) => e.node.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids.length).toBe(first.entities.totalCount);
    expect(ids).toContain('place:al-qusour');
  });

  it('lists sources by kind', async () => {
    const { sources } = dataOf(
      await service.query<{ sources: { edges: { node: { id: string; kind: string } }[] } }>(
        `{ sources(kinds: [MONITOR], first: 50) { edges { node { id kind } } } }`,
      ),
    );
    expect(sources.edges.map((e) => e.node.id)).toContain('source:sohr-tally');
    expect(new Set(sources.edges.map((e) => e.node.kind))).toEqual(new Set(['MONITOR']));
  });

  it('filters claims by source, predicate, verification and first-hand', async () => {
    const { claims } = dataOf(
      await service.query<{
        claims: {
          totalCount: number;
          edges: {
            node: { chain: { id: string }[]; predicate: string; verification: string; firstHand: boolean };
          }[];
        };
      }>(
        `{ claims(filter: { source: "source:fares-testimony", verification: [CORROBORATED] }, first: 100) {
            totalCount edges { node { chain { id } predicate verification firstHand } } } }`,
      ),
    );
    expect(claims.totalCount).toBeGreaterThan(0);
    for (const { node } of claims.edges) {
      expect(node.chain.map((s) => s.id)).toContain('source:fares-testimony');
      expect(node.verification).toBe('CORROBORATED');
      expect(node.firstHand).toBe(false);
    }
    const firstHand = dataOf(
      await service.query<{ claims: { edges: { node: { firstHand: boolean; chain: { id: string }[] } }[] } }>(
        `{ claims(filter: { firstHandOnly: true, predicates: [CANNOT_VERIFY] }, first: 10) { edges { node { firstHand chain { id } } } } }`,
      ),
    );
    expect(firstHand.claims.edges.map((e) => e.node)).toEqual([
      { firstHand: true, chain: [{ id: 'source:bbc-2025-03-09' }] },
    ]);
  });
});
