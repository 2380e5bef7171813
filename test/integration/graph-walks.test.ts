/**
 * Neighbourhoods and paths on a fictional valley (test/fixtures/harrowdale-walks.json): what a
 * limit leaves out, what a lens or protection takes away, and which paths come first. Every
 * expectation is worked out here from the fixture's records, not from an earlier answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLEARANCE_TOKEN, dataOf, loadFixtures, resetGraph, useTestService } from '../helpers/service.js';

interface FixtureClaim {
  id: string;
  chain: string[];
  predicate: string;
  subject: string;
  object?: string;
  places?: string[];
  role?: string;
  identifying?: boolean;
}

interface Fixture {
  sources: { id: string; speaker?: string; reliability?: { grade: string } }[];
  entities: { id: string; name: string; partOf?: string; publicLabel?: string }[];
  claims: FixtureClaim[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/harrowdale-walks.json', import.meta.url), 'utf8'),
) as Fixture;

const service = useTestService(async (s) => {
  await resetGraph(s.db);
  await loadFixtures(s.db, 'harrowdale-walks');
});

// ---------------------------------------------------------------- the fixture, read by hand

/** The edges a claim gives, as docs/data-format.md describes them. */
function edgesOf(claim: FixtureClaim): { source: string; target: string }[] {
  const edges = claim.object ? [{ source: claim.subject, target: claim.object }] : [];
  if (claim.predicate !== 'OCCURRED_IN') {
    for (const place of claim.places ?? []) edges.push({ source: claim.subject, target: place });
  }
  return edges;
}

const publicClaims = fixture.claims.filter((c) => !c.identifying);
const containment = fixture.entities.flatMap((e) => (e.partOf ? [{ source: e.id, target: e.partOf }] : []));

/** Entity → the entities one edge away (either way), once per claim or containment. */
function links(claims: FixtureClaim[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  const add = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const { source, target } of [...claims.flatMap(edgesOf), ...containment]) {
    add(source, target);
    add(target, source);
  }
  return next;
}

/** Breadth first: rings[d] holds the entities first reached in d steps. */
function rings(start: string, depth: number, claims: FixtureClaim[]): string[][] {
  const next = links(claims);
  const seen = new Set([start]);
  const result = [[start]];
  for (let d = 1; d <= depth; d += 1) {
    const ring = [...new Set(result[d - 1]!.flatMap((id) => next.get(id) ?? []))].filter(
      (id) => !seen.has(id),
    );
    ring.forEach((id) => seen.add(id));
    result.push(ring);
  }
  return result;
}

/** Every simple path of at most `maxLength` edges, shortest first, then by the ids along it. */
function simplePaths(from: string, to: string, maxLength: number, claims: FixtureClaim[]): string[][] {
  const next = links(claims);
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const last = path.at(-1)!;
    if (last === to) return void found.push(path);
    if (path.length > maxLength) return;
    for (const id of new Set(next.get(last) ?? [])) if (!path.includes(id)) walk([...path, id]);
  };
  walk([from]);
  return found.sort((a, b) => a.length - b.length || compareIds(a, b));
}

function compareIds(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

const grade = new Map(fixture.sources.map((s) => [s.id, s.reliability?.grade ?? 'F']));
const speaker = new Map(fixture.sources.map((s) => [s.id, s.speaker ?? s.id]));
const entity = (id: string) => fixture.entities.find((e) => e.id === id)!;

// ---------------------------------------------------------------- the service, asked

interface Subgraph {
  nodes: { id: string; label: string }[];
  edges: {
    id: string;
    source: string;
    target: string;
    claimCount: number;
    independentSources: number;
    claims: { id: string }[];
  }[];
  truncated: boolean;
  omittedNodes: number;
}

async function neighbourhood(variables: Record<string, unknown>, token?: string): Promise<Subgraph> {
  const answer = await service.query<{ neighbourhood: Subgraph }>(
    `query($ids: [ID!]!, $depth: Int, $limit: Int, $lens: Lens) {
      neighbourhood(ids: $ids, depth: $depth, limit: $limit, lens: $lens) {
        nodes { id label }
        edges { id source target claimCount independentSources claims { id } }
        truncated omittedNodes
      }
    }`,
    variables,
    token ? { token } : {},
  );
  return dataOf(answer).neighbourhood;
}

async function paths(
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ nodes: { id: string }[]; hops: { edge: { id: string; claimCount: number } }[] }[]> {
  const answer = await service.query<{ paths: Awaited<ReturnType<typeof paths>> }>(
    `query($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
      paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
        nodes { id } hops { edge { id claimCount } }
      }
    }`,
    variables,
    token ? { token } : {},
  );
  return dataOf(answer).paths;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('a neighbourhood larger than its limit', () => {
  const town = 'place:fenmoor';
  const [, near = []] = rings(town, 1, publicClaims);

  it('keeps the starting entity, says it was cut, and counts exactly what it left out', async () => {
    const reachable = 1 + near.length;
    expect(reachable).toBeGreaterThan(10); // nine incidents, the country, the witness

    const whole = await neighbourhood({ ids: [town], depth: 1 });
    expect(ids(whole.nodes)).toEqual([town, ...near].sort());
    expect(whole).toMatchObject({ truncated: false, omittedNodes: 0 });

    const cut = await neighbourhood({ ids: [town], depth: 1, limit: 5 });
    expect(cut.nodes).toHaveLength(5);
    expect(cut.nodes[0]!.id).toBe(town);
    expect(cut).toMatchObject({ truncated: true, omittedNodes: reachable - 5 });
    for (const edge of cut.edges)
      expect(ids(cut.nodes)).toEqual(expect.arrayContaining([edge.source, edge.target]));
  });

  it('keeps the nearest entities first, then those the most claims tie to the ring before', async () => {
    const [, ringOne = [], ringTwo = []] = rings(town, 2, publicClaims);
    // How many claims (or containment links) tie each entity two steps out to the first ring.
    const ties = (id: string) =>
      [...publicClaims.flatMap(edgesOf), ...containment].filter(
        ({ source, target }) =>
          (source === id && ringOne.includes(target)) || (target === id && ringOne.includes(source)),
      ).length;
    const [mostTied, runnerUp] = [...ringTwo].sort((a, b) => ties(b) - ties(a));
    expect(ties(mostTied!)).toBeGreaterThan(ties(runnerUp!)); // the Grey Wardens: six incidents

    const answer = await neighbourhood({ ids: [town], depth: 2, limit: 1 + ringOne.length + 1 });
    expect(ids(answer.nodes)).toEqual([town, ...ringOne, mostTied].sort());
    expect(answer).toMatchObject({ truncated: true, omittedNodes: ringTwo.length - 1 });
  });
});

describe('what a caller may not see draws no edge', () => {
  const witness = 'actor:fenmoor-witness';
  const incident = 'event:fenmoor-incident-3';
  const identifying = fixture.claims.find((c) => c.identifying && c.subject === witness)!;
  const identifyingEdge = `${identifying.predicate}|${witness}|${incident}|${identifying.role}`;

  it('ties the witness to the incident she saw only for cleared callers, and never to a path', async () => {
    expect(identifying.object).toBe(incident);
    const open = await neighbourhood({ ids: [incident], depth: 1 });
    expect(ids(open.nodes)).not.toContain(witness);
    expect(ids(open.edges)).not.toContain(identifyingEdge);
    expect(await paths({ from: witness, to: incident, maxLength: 1 })).toEqual([]);

    const cleared = await neighbourhood({ ids: [incident], depth: 1 }, CLEARANCE_TOKEN);
    expect(ids(cleared.nodes)).toContain(witness);
    expect(cleared.edges.find((e) => e.id === identifyingEdge)?.claims).toEqual([{ id: identifying.id }]);
    expect(await paths({ from: witness, to: incident, maxLength: 1 }, CLEARANCE_TOKEN)).toHaveLength(1);
  });

  it('shows a protected entity reached through a public claim by its public label', async () => {
    const { name, publicLabel } = entity(witness);
    const open = await neighbourhood({ ids: ['place:fenmoor'], depth: 1 });
    expect(open.nodes.find((n) => n.id === witness)?.label).toBe(publicLabel);
    const cleared = await neighbourhood({ ids: ['place:fenmoor'], depth: 1 }, CLEARANCE_TOKEN);
    expect(cleared.nodes.find((n) => n.id === witness)?.label).toBe(name);
  });

  it('drops, through a lens, the edges only its excluded sources support, and thins the others', async () => {
    const raid = 'event:keswold-raid';
    const aboutRaid = publicClaims.filter((c) => c.subject === raid || c.object === raid);
    const graded = aboutRaid.filter((c) => c.chain.every((s) => grade.get(s)! <= 'B'));
    const edgeIds = (claims: FixtureClaim[]) =>
      [
        ...new Set(
          claims.flatMap((c) =>
            edgesOf(c).map((e) =>
              [e.target === c.object ? c.predicate : 'OCCURRED_IN', e.source, e.target]
                .concat(e.target === c.object && c.role ? [c.role] : [])
                .join('|'),
            ),
          ),
        ),
      ].sort();
    expect(edgeIds(graded).length).toBeLessThan(edgeIds(aboutRaid).length); // the sheet's blame

    const everything = await neighbourhood({ ids: [raid], depth: 1 });
    const throughLens = await neighbourhood({ ids: [raid], depth: 1, lens: { minReliability: 'B' } });
    const claimEdges = (graph: Subgraph) => ids(graph.edges.filter((e) => e.claimCount > 0));
    expect(claimEdges(everything)).toEqual(edgeIds(aboutRaid));
    expect(claimEdges(throughLens)).toEqual(edgeIds(graded));
    const claimsOf = (graph: Subgraph, edge: string) => ids(graph.edges.find((e) => e.id === edge)!.claims);
    const place = `OCCURRED_IN|${raid}|place:keswold`;
    expect(claimsOf(everything, place)).toEqual(ids(aboutRaid.filter((c) => c.object === 'place:keswold')));
    expect(claimsOf(throughLens, place)).toEqual(ids(graded.filter((c) => c.object === 'place:keswold')));
    // The only claim tying the Grey Wardens to the raid comes from the sheet.
    expect(ids(everything.nodes)).toContain('faction:grey-wardens');
    expect(ids(throughLens.nodes)).not.toContain('faction:grey-wardens');
  });

  it('counts two sources of one speaker as one independent source', async () => {
    const edge = 'OCCURRED_IN|event:fenmoor-incident-1|place:fenmoor';
    const behind = publicClaims.filter(
      (c) => c.subject === 'event:fenmoor-incident-1' && c.object === 'place:fenmoor',
    );
    const speakers = new Set(behind.map((c) => speaker.get(c.chain.at(-1)!)));
    expect(speakers.size).toBeLessThan(behind.length);
    const answer = await neighbourhood({ ids: ['event:fenmoor-incident-1'], depth: 1 });
    expect(answer.edges.find((e) => e.id === edge)).toMatchObject({
      claimCount: behind.length,
      independentSources: speakers.size,
    });
  });
});

describe('paths between two entities', () => {
  const [from, to] = ['actor:orla-venn', 'place:keswold'];

  it('come shortest first, then by the entities along them, each no longer than asked', async () => {
    for (const maxLength of [2, 4, 5]) {
      const expected = simplePaths(from, to, maxLength, publicClaims);
      const answer = await paths({ from, to, maxLength, first: 20 });
      expect(answer.map((p) => p.nodes.map((n) => n.id))).toEqual(expected.slice(0, 20));
    }
    const lengths = simplePaths(from, to, 4, publicClaims).map((p) => p.length - 1);
    expect(new Set(lengths).size).toBeGreaterThan(2); // 2, 3 and 4 edges

    const [shortest] = await paths({ from, to, maxLength: 4, first: 1 });
    expect(shortest!.nodes.map((n) => n.id)).toEqual(simplePaths(from, to, 4, publicClaims)[0]);
  });

  it('shows on each hop the edge with the most claims between its two entities', async () => {
    const faction = 'faction:marsh-band';
    // Orla Venn is claimed to be a member of the Marsh Band (twice) and to lead it (once).
    const between = publicClaims.filter((c) => c.subject === from && c.object === faction);
    const byEdge = new Map<string, number>();
    for (const c of between) {
      const id = [c.predicate, c.subject, faction, ...(c.role ? [c.role] : [])].join('|');
      byEdge.set(id, (byEdge.get(id) ?? 0) + 1);
    }
    expect(byEdge.size).toBeGreaterThan(1);
    const [strongest, claims] = [...byEdge].sort((a, b) => b[1] - a[1])[0]!;

    const answer = await paths({ from, to, maxLength: 3, first: 5 });
    const hops = answer.flatMap((p) =>
      p.hops.filter((_, i) => p.nodes[i]!.id === from && p.nodes[i + 1]!.id === faction),
    );
    expect(hops.length).toBeGreaterThan(0);
    for (const hop of hops) expect(hop.edge).toEqual({ id: strongest, claimCount: claims });
  });
});
