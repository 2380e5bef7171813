/** Subgraphs, paths, timelines and geography over the sample report. */
import { describe, expect, it } from 'vitest';
import { dataOf, useTestService } from '../helpers/service.js';

const service = useTestService();

interface Subgraph {
  nodes: { id: string; type: string; label: string; latitude: number | null }[];
  edges: {
    id: string;
    source: string;
    target: string;
    relation: string;
    claimCount: number;
    independentSources: number;
    claims: { quote: string }[];
  }[];
  truncated: boolean;
  omittedNodes: number;
}

const NEIGHBOURHOOD = `query($ids: [ID!]!, $depth: Int, $limit: Int, $filter: ExploreFilter) {
  neighbourhood(ids: $ids, depth: $depth, limit: $limit, filter: $filter) {
    nodes { id type label latitude }
    edges { id source target relation claimCount independentSources claims { quote } }
    truncated omittedNodes
  }
}`;

async function neighbourhood(variables: Record<string, unknown>): Promise<Subgraph> {
  return dataOf(await service.query<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, variables)).neighbourhood;
}

describe('neighbourhood', () => {
  it('returns the depth-2 neighbourhood of Banias with the claims behind every claim-backed edge', async () => {
    const graph = await neighbourhood({ ids: ['place:banias'], depth: 2 });
    const nodeIds = graph.nodes.map((n) => n.id);
    expect(nodeIds).toEqual(
      expect.arrayContaining(['place:banias', 'place:al-qusour', 'event:coastal-civilian-killings']),
    );
    expect(nodeIds).toContain('event:qusour-raids'); // two hops: Banias ← al-Qusour ← the raids
    for (const edge of graph.edges) {
      expect(nodeIds).toContain(edge.source);
      expect(nodeIds).toContain(edge.target);
      expect(edge.claims.length).toBe(edge.claimCount);
      if (edge.relation !== 'PART_OF') expect(edge.claimCount).toBeGreaterThan(0);
      expect(edge.independentSources).toBeLessThanOrEqual(edge.claimCount || 0);
    }
    const killings = graph.edges.find(
      (e) => e.id === 'OCCURRED_IN|event:coastal-civilian-killings|place:banias',
    );
    expect(killings?.claims.map((c) => c.quote)).toContain(
      'civilians killed in coastal cities of Latakia, Japur and Benias',
    );
    expect(graph.truncated).toBe(false);
  });

  it('cuts a subgraph at its limit, says so, and counts what it left out', async () => {
    const full = await neighbourhood({ ids: ['place:banias'], depth: 2 });
    const capped = await neighbourhood({ ids: ['place:banias'], depth: 2, limit: 5 });
    expect(capped.nodes).toHaveLength(5);
    expect(capped.truncated).toBe(true);
    expect(capped.omittedNodes).toBe(full.nodes.length - 5);
  });

  it('filters by event type, verification and source', async () => {
    const looting = await neighbourhood({
      ids: ['event:qusour-raids'],
      depth: 1,
      filter: { eventTypes: ['LOOTING'] },
    });
    // The starting event stays; every other event is looting.
    expect(looting.nodes.filter((n) => n.type === 'EVENT').map((n) => n.id)).toEqual([
      'event:qusour-raids',
      'event:qusour-looting',
    ]);
    const unfiltered = await neighbourhood({ ids: ['event:qusour-raids'], depth: 1 });
    expect(unfiltered.nodes.filter((n) => n.type === 'EVENT').length).toBeGreaterThan(2);
    const corroborated = await neighbourhood({
      ids: ['event:qusour-raids'],
      depth: 1,
      filter: { verification: ['CORROBORATED'] },
    });
    expect(corroborated.edges.filter((e) => e.relation !== 'PART_OF').map((e) => e.id)).toEqual([
      'OCCURRED_IN|event:qusour-raids|place:al-qusour',
    ]);
    const sohr = await neighbourhood({
      ids: ['event:coastal-civilian-killings'],
      depth: 1,
      filter: { source: 'source:sohr-tally' },
    });
    expect(
      sohr.edges
        .filter((e) => e.relation === 'OCCURRED_IN')
        .map((e) => e.target)
        .sort(),
    ).toEqual(['place:banias', 'place:jableh', 'place:latakia']);
  });

  it('refuses unknown ids and requests that ask too much', async () => {
    const unknown = await service.query(NEIGHBOURHOOD, { ids: ['place:atlantis'] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'ids' }],
    });
    const deep = await service.query(NEIGHBOURHOOD, { ids: ['place:banias'], depth: 10 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'depth' }],
    });
  });
});

describe('paths', () => {
  it('connects Ghiath Dallah to the killings in Banias, shortest first, each hop with its claims', async () => {
    const { paths } = dataOf(
      await service.query<{
        paths: {
          length: number;
          nodes: { id: string }[];
          hops: { edge: { relation: string; claimCount: number; claims: { quote: string }[] } }[];
        }[];
      }>(`{ paths(from: "actor:ghiath-dallah", to: "event:coastal-civilian-killings", maxLength: 4, first: 5) {
            length nodes { id } hops { edge { relation claimCount claims { quote } } } } }`),
    );
    expect(paths.length).toBeGreaterThan(1);
    const lengths = paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const [shortest] = paths;
    expect(shortest!.nodes.map((n) => n.id)).toEqual([
      'actor:ghiath-dallah',
      'event:coastal-violence-2025-03',
      'event:coastal-civilian-killings',
    ]);
    expect(shortest!.hops[0]!.edge).toMatchObject({ relation: 'BLAMED_FOR', claimCount: 1 });
    expect(shortest!.hops[0]!.edge.claims[0]!.quote).toContain('accused Dara');
    for (const path of paths) {
      expect(path.hops).toHaveLength(path.length);
      for (const hop of path.hops) expect(hop.edge.claims.length).toBe(hop.edge.claimCount);
    }
  });

  it('finds nothing beyond the maximum length', async () => {
    const { paths } = dataOf(
      await service.query<{ paths: unknown[] }>(
        `{ paths(from: "actor:ghiath-dallah", to: "event:coastal-civilian-killings", maxLength: 1) { length } }`,
      ),
    );
    expect(paths).toEqual([]);
  });
});

describe('timelines and geography', () => {
  it('lists the events of a place, with the places inside it, in time order with precision', async () => {
    const { timeline } = dataOf(
      await service.query<{
        timeline: {
          edges: {
            node: { id: string; firstDate: string | null; times: { time: { precision: string } }[] };
          }[];
        };
      }>(
        `{ timeline(of: "actor:ayman-fares", first: 50) { edges { node { id firstDate times { time { precision } } } } } }`,
      ),
    );
    const events = timeline.edges.map((e) => e.node);
    expect(events.map((e) => e.id)).toEqual(
      expect.arrayContaining(['event:fares-facebook-video', 'event:qusour-raids']),
    );
    const dated = events.filter((e) => e.firstDate).map((e) => e.firstDate!);
    expect(dated).toEqual([...dated].sort());
    expect(events.find((e) => e.id === 'event:fares-facebook-video')?.times[0]?.time.precision).toBe('MONTH');
  });

  it('finds events within N km of a point, and places events through their places', async () => {
    const near = async (km: number) =>
      dataOf(
        await service.query<{
          events: {
            edges: { node: { id: string; location: { latitude: number; longitude: number } | null } }[];
          };
        }>(
          `query($km: Float!) { events(filter: { near: { latitude: 35.18, longitude: 35.94, km: $km } }, first: 100) {
              edges { node { id location { latitude longitude } } } } }`,
          { km },
        ),
      ).events.edges.map((e) => e.node);
    const aroundBanias = await near(5);
    expect(aroundBanias.map((e) => e.id)).toContain('event:qusour-raids');
    expect(aroundBanias.map((e) => e.id)).not.toContain('event:loyalist-ambush'); // Latakia and Jableh, 20+ km away
    expect(aroundBanias.find((e) => e.id === 'event:qusour-raids')?.location).toEqual({
      latitude: 35.1825,
      longitude: 35.9406,
    });
    expect((await near(60)).map((e) => e.id)).toContain('event:loyalist-ambush');
  });
});
