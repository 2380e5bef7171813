/**
 * Subgraphs and paths for frontends and visualisation tools. Edges are derived from the claims
 * the request may see (through its lens and the explore filter), each carrying its claims and the
 * number of independent original speakers behind them; containment (PART_OF) comes from the
 * gazetteer and carries no claims. Expansion goes one level per round of batched loads, so the
 * cost grows with depth, not with the number of nodes.
 */
import type { RequestContext } from '../context.js';
import {
  ENTITY_OBJECT_PREDICATES,
  type EventType,
  type Role,
  type VerificationStatus,
} from '../domain/vocabulary.js';
import { AppError } from '../errors.js';
import type { ClaimRecord, EntityRecord } from '../repositories/records.js';
import { groupBySpeaker } from './corroboration.js';
import { speakerResolver } from './provenance.js';

export interface ExploreFilter {
  from: string | null;
  to: string | null;
  eventTypes: EventType[] | null;
  verification: VerificationStatus[] | null;
  sourceId: string | null;
}

export interface GraphNodeModel {
  id: string;
  type: EntityRecord['type'];
  label: string;
  kind: string | null;
  latitude: number | null;
  longitude: number | null;
  firstDate: string | null;
  lastDate: string | null;
}

export interface GraphEdgeModel {
  id: string;
  source: string;
  target: string;
  relation: string;
  role: Role | null;
  claims: ClaimRecord[];
  independentSources: number;
}

export interface SubgraphModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  truncated: boolean;
  omittedNodes: number;
}

export interface PathModel {
  nodes: GraphNodeModel[];
  hops: { from: GraphNodeModel; to: GraphNodeModel; edge: GraphEdgeModel }[];
}

export const MAX_SUBGRAPH_NODES = 1000;
export const MAX_DEPTH = 4;
const MAX_PATHS = 20;
/** The most nodes one request discovers, whatever its limit. */
const SCAN_CAP = 5000;

/** Whether a claim may be drawn on under the filter. */
export function claimInFilter(claim: ClaimRecord, filter: ExploreFilter): boolean {
  if (filter.verification && !filter.verification.includes(claim.verification)) return false;
  if (filter.sourceId && !claim.chain.includes(filter.sourceId)) return false;
  if (claim.time) {
    if (filter.from && claim.time.end < filter.from) return false;
    if (filter.to && claim.time.start > filter.to) return false;
  }
  return true;
}

interface RawEdge {
  source: string;
  target: string;
  relation: string;
  role: Role | null;
  claim: ClaimRecord | null;
}

/** The edges one claim stands behind: entity-to-entity predicates, and event-to-place mentions. */
function edgesOfClaim(claim: ClaimRecord): RawEdge[] {
  const edges: RawEdge[] = [];
  if (claim.subjectId && claim.objectId && ENTITY_OBJECT_PREDICATES.includes(claim.predicate)) {
    edges.push({
      source: claim.subjectId,
      target: claim.objectId,
      relation: claim.predicate,
      role: claim.role,
      claim,
    });
  }
  if (claim.subjectId && claim.predicate !== 'OCCURRED_IN') {
    for (const placeId of claim.placeIds) {
      edges.push({ source: claim.subjectId, target: placeId, relation: 'OCCURRED_IN', role: null, claim });
    }
  }
  return edges;
}

export function edgeId(edge: Pick<RawEdge, 'relation' | 'source' | 'target' | 'role'>): string {
  return [edge.relation, edge.source, edge.target, ...(edge.role ? [edge.role] : [])].join('|');
}

class GraphBuilder {
  readonly entities = new Map<string, EntityRecord>();
  private readonly raw: RawEdge[] = [];

  constructor(
    private readonly ctx: RequestContext,
    private readonly filter: ExploreFilter,
  ) {}

  /** Loads the given nodes' records, claims and containment; returns their neighbours. */
  async expand(ids: string[]): Promise<string[]> {
    const [records, claimLists, parts] = await Promise.all([
      this.ctx.loaders.entities(ids),
      Promise.all(ids.map((id) => this.ctx.loaders.claimsOf(id))),
      this.ctx.loaders.parts.loadMany(ids),
    ]);
    for (const record of records) this.entities.set(record.id, record);
    const neighbours = new Set<string>();
    const add = (edge: RawEdge) => {
      this.raw.push(edge);
      neighbours.add(edge.source);
      neighbours.add(edge.target);
    };
    for (const claim of claimLists.flat().filter((c) => claimInFilter(c, this.filter))) {
      edgesOfClaim(claim).forEach(add);
    }
    for (const record of records) {
      if (record.partOfId)
        add({ source: record.id, target: record.partOfId, relation: 'PART_OF', role: null, claim: null });
    }
    parts.forEach((p, i) => {
      if (p && !(p instanceof Error)) {
        for (const part of p.partIds)
          add({ source: part, target: ids[i]!, relation: 'PART_OF', role: null, claim: null });
      }
    });
    return [...neighbours];
  }

  /** Nodes that pass the event-type filter (the starting nodes always do). */
  async admissible(ids: string[], keep: Set<string>): Promise<string[]> {
    if (!this.filter.eventTypes) return ids;
    const types = new Set<string>(this.filter.eventTypes);
    const records = await this.ctx.loaders.entities(ids);
    const allowed = new Set(
      records.filter((r) => r.type !== 'Event' || types.has(r.eventType ?? '')).map((r) => r.id),
    );
    return ids.filter((id) => keep.has(id) || allowed.has(id));
  }

  async edges(included: Set<string>): Promise<GraphEdgeModel[]> {
    const grouped = new Map<string, { edge: RawEdge; claims: Map<string, ClaimRecord> }>();
    for (const edge of this.raw) {
      if (!included.has(edge.source) || !included.has(edge.target)) continue;
      const id = edgeId(edge);
      const entry = grouped.get(id) ?? { edge, claims: new Map() };
      if (edge.claim) entry.claims.set(edge.claim.id, edge.claim);
      grouped.set(id, entry);
    }
    const allClaims = [...grouped.values()].flatMap((g) => [...g.claims.values()]);
    const speakerOf = await speakerResolver(this.ctx, allClaims);
    return [...grouped.entries()]
      .map(([id, { edge, claims }]) => {
        const list = [...claims.values()].sort((a, b) => a.id.localeCompare(b.id));
        return {
          id,
          source: edge.source,
          target: edge.target,
          relation: edge.relation,
          role: edge.role,
          claims: list,
          independentSources: groupBySpeaker(list, speakerOf).length,
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Graph nodes, with events placed at the first of their places that has coordinates. */
  async nodes(ids: string[], edges: GraphEdgeModel[]): Promise<GraphNodeModel[]> {
    const records = await this.ctx.loaders.entities(ids);
    const placeIds = [...new Set(edges.filter((e) => e.relation === 'OCCURRED_IN').map((e) => e.target))];
    const places = new Map((await this.ctx.loaders.entities(placeIds)).map((p) => [p.id, p]));
    const containers = new Map(
      (
        await this.ctx.loaders.entities([...places.values()].flatMap((p) => (p.partOfId ? [p.partOfId] : [])))
      ).map((p) => [p.id, p]),
    );
    const located = (placeId: string) => {
      const place = places.get(placeId);
      return place?.location ?? (place?.partOfId ? containers.get(place.partOfId)?.location : null) ?? null;
    };
    return records.map((r) => {
      const location =
        r.location ??
        (r.type === 'Event'
          ? (edges
              .filter((e) => e.relation === 'OCCURRED_IN' && e.source === r.id)
              .map((e) => located(e.target))
              .find((l) => l !== null) ?? null)
          : null);
      return {
        id: r.id,
        type: r.type,
        label: r.name,
        kind: r.kind ?? r.eventType,
        latitude: location?.latitude ?? null,
        longitude: location?.longitude ?? null,
        firstDate: r.firstDate,
        lastDate: r.lastDate,
      };
    });
  }
}

async function requireEntities(ctx: RequestContext, ids: string[], field: string): Promise<void> {
  const found = new Set((await ctx.loaders.entities(ids)).map((e) => e.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw new AppError('BAD_USER_INPUT', 'Unknown entity', [
      { path: field, message: `${missing.join(', ')} is not an actor, faction, place or event` },
    ]);
  }
}

export async function neighbourhood(
  ctx: RequestContext,
  ids: string[],
  depth: number,
  filter: ExploreFilter,
  limit: number,
): Promise<SubgraphModel> {
  if (ids.length === 0 || ids.length > 50) {
    throw new AppError('BAD_USER_INPUT', 'Invalid neighbourhood', [
      { path: 'ids', message: 'give between 1 and 50 ids' },
    ]);
  }
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new AppError('BAD_USER_INPUT', 'Invalid neighbourhood', [
      { path: 'depth', message: `must be between 0 and ${MAX_DEPTH}` },
    ]);
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUBGRAPH_NODES) {
    throw new AppError('BAD_USER_INPUT', 'Invalid neighbourhood', [
      { path: 'limit', message: `must be between 1 and ${MAX_SUBGRAPH_NODES}` },
    ]);
  }
  await requireEntities(ctx, ids, 'ids');
  const builder = new GraphBuilder(ctx, filter);
  const start = new Set(ids);
  // Expansion goes on past the limit (within the depth and a scan cap) so that the answer can
  // say how many reachable nodes it left out; the nodes kept are the nearest ones.
  const reachable: string[] = [...start];
  const seen = new Set(reachable);
  let frontier = [...start];
  for (let level = 0; level < depth && frontier.length && seen.size < SCAN_CAP; level += 1) {
    const reached = (
      await builder.admissible(
        (await builder.expand(frontier)).filter((id) => !seen.has(id)),
        start,
      )
    )
      .sort()
      .slice(0, SCAN_CAP - seen.size);
    reached.forEach((id) => seen.add(id));
    reachable.push(...reached);
    frontier = reached;
  }
  const included = reachable.slice(0, Math.max(limit, start.size));
  const omitted = reachable.length - included.length;
  // The last ring's own claims connect it to nodes already included.
  await builder.expand(frontier.filter((id) => included.includes(id)));
  const keep = new Set(included);
  const edges = await builder.edges(keep);
  return {
    nodes: await builder.nodes(included, edges),
    edges,
    truncated: omitted > 0,
    omittedNodes: omitted,
  };
}

export async function paths(
  ctx: RequestContext,
  from: string,
  to: string,
  maxLength: number,
  first: number,
  filter: ExploreFilter,
): Promise<PathModel[]> {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_DEPTH + 2) {
    throw new AppError('BAD_USER_INPUT', 'Invalid paths', [
      { path: 'maxLength', message: `must be between 1 and ${MAX_DEPTH + 2}` },
    ]);
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) {
    throw new AppError('BAD_USER_INPUT', 'Invalid paths', [
      { path: 'first', message: `must be between 1 and ${MAX_PATHS}` },
    ]);
  }
  await requireEntities(ctx, [from, to], 'from');
  const builder = new GraphBuilder(ctx, filter);
  const seen = new Set([from]);
  let frontier = [from];
  for (let level = 0; level < maxLength && frontier.length && seen.size < MAX_SUBGRAPH_NODES; level += 1) {
    const reached = await builder.admissible(
      (await builder.expand(frontier)).filter((id) => !seen.has(id)),
      new Set([from, to]),
    );
    reached.forEach((id) => seen.add(id));
    frontier = reached;
  }
  if (!seen.has(to)) return [];
  const edges = await builder.edges(seen);
  const adjacency = new Map<string, Map<string, GraphEdgeModel>>();
  const link = (a: string, b: string, edge: GraphEdgeModel) => {
    const current = adjacency.get(a)?.get(b);
    // Between two nodes, a hop shows the best-supported edge.
    if (!current || edge.claims.length > current.claims.length) {
      adjacency.set(a, (adjacency.get(a) ?? new Map()).set(b, edge));
    }
  };
  for (const edge of edges) {
    link(edge.source, edge.target, edge);
    link(edge.target, edge.source, edge);
  }
  const found: string[][] = [];
  // Dense graphs have many simple paths: stop exploring after a fixed amount of work.
  let budget = 100_000;
  const walk = (path: string[]) => {
    if ((budget -= 1) < 0) return;
    const last = path[path.length - 1]!;
    if (last === to) {
      found.push(path);
      return;
    }
    if (path.length > maxLength) return;
    for (const next of [...(adjacency.get(last)?.keys() ?? [])].sort()) {
      if (!path.includes(next)) walk([...path, next]);
    }
  };
  walk([from]);
  const chosen = found
    .sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()))
    .slice(0, first);
  const nodes = new Map((await builder.nodes([...new Set(chosen.flat())], edges)).map((n) => [n.id, n]));
  return chosen.map((path) => ({
    nodes: path.map((id) => nodes.get(id)!),
    hops: path.slice(1).map((id, i) => ({
      from: nodes.get(path[i]!)!,
      to: nodes.get(id)!,
      edge: adjacency.get(path[i]!)!.get(id)!,
    })),
  }));
}
