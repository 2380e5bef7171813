/**
 * Subgraphs and paths for frontends and visualisation tools. The walks run in Neo4j
 * (src/repositories/exploration-repository.ts): a request holds the nodes and edges it answers
 * with, never the claims a walk reads, whatever the size of the graph. Edges are derived from the
 * claims the request may see (through its lens and the explore filter), each carrying its claims'
 * ids and the number of independent original speakers behind them; containment (PART_OF) comes
 * from the gazetteer and carries no claims.
 */
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import type { EdgeRow, ExploreFilter, WalkedNode } from '../repositories/exploration-repository.js';
import type { EntityRecord } from '../repositories/records.js';
import { claimView } from './lens.js';

export type { ExploreFilter };

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

/** An edge with its stable id; its claims' records are loaded only when a client asks for them. */
export interface GraphEdgeModel extends EdgeRow {
  id: string;
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
/** As many steps as cypher/explore/findNeighbourhood.cypher has lines for. */
export const MAX_DEPTH = 4;
const MAX_START_IDS = 50;
const MAX_PATHS = 20;
/**
 * Partial paths kept per step, per path asked for (cypher/explore/findPaths.cypher): the shortest
 * paths need one each; the rest give room for longer ones, whose search may meet dead ends. Few,
 * because Neo4j counts the rings around the target once for each partial path it sorts.
 */
const PATH_CANDIDATES_PER_PATH = 4;

export function edgeId(edge: Pick<GraphEdgeModel, 'relation' | 'source' | 'target' | 'role'>): string {
  return [edge.relation, edge.source, edge.target, ...(edge.role ? [edge.role] : [])].join('|');
}

export async function neighbourhood(
  ctx: RequestContext,
  ids: string[],
  depth: number,
  filter: ExploreFilter,
  limit: number,
): Promise<SubgraphModel> {
  if (ids.length === 0 || ids.length > MAX_START_IDS) {
    throw invalid('neighbourhood', 'ids', `give between 1 and ${MAX_START_IDS} ids`);
  }
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw invalid('neighbourhood', 'depth', `must be between 0 and ${MAX_DEPTH}`);
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUBGRAPH_NODES) {
    throw invalid('neighbourhood', 'limit', `must be between 1 and ${MAX_SUBGRAPH_NODES}`);
  }
  const starts = [...new Set(ids)];
  const view = claimView(ctx.lens.value, ctx.cleared);
  // The starting entities are always kept, even past the limit.
  const walk = await ctx.exploration.findNeighbourhood(
    starts,
    depth,
    Math.max(limit, starts.length),
    filter,
    view,
  );
  const found = new Set(walk.nodes.filter((n) => n.distance === 0).map((n) => n.id));
  const missing = starts.filter((id) => !found.has(id));
  if (missing.length) throw unknownEntities('ids', missing);
  const kept = inAnswerOrder(starts, walk.nodes);
  const edges = await edgesAmong(ctx, kept, filter);
  return {
    nodes: await graphNodes(ctx, kept, edges),
    edges,
    truncated: walk.reachable > kept.length,
    omittedNodes: walk.reachable - kept.length,
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
    throw invalid('paths', 'maxLength', `must be between 1 and ${MAX_DEPTH + 2}`);
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) {
    throw invalid('paths', 'first', `must be between 1 and ${MAX_PATHS}`);
  }
  const known = new Set((await ctx.loaders.entities([from, to])).map((e) => e.id));
  const missing = [from, to].filter((id) => !known.has(id));
  if (missing.length) throw unknownEntities('from', missing);
  const found = await ctx.exploration.findPaths(
    from,
    to,
    maxLength,
    first,
    first * PATH_CANDIDATES_PER_PATH,
    filter,
    claimView(ctx.lens.value, ctx.cleared),
  );
  const onPaths = [...new Set(found.flat())];
  const edges = await edgesAmong(ctx, onPaths, filter);
  const nodes = new Map((await graphNodes(ctx, onPaths, edges)).map((n) => [n.id, n]));
  const hopEdge = strongestEdges(edges);
  return found.map((path) => ({
    nodes: path.map((id) => nodes.get(id)!),
    hops: path.slice(1).map((id, i) => ({
      from: nodes.get(path[i]!)!,
      to: nodes.get(id)!,
      edge: hopEdge(path[i]!, id),
    })),
  }));
}

/** The starting entities in the order given, then ring by ring, each ring by id. */
function inAnswerOrder(starts: string[], walked: WalkedNode[]): string[] {
  const rest = walked
    .filter((n) => n.distance > 0)
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...starts, ...rest.map((n) => n.id)];
}

async function edgesAmong(
  ctx: RequestContext,
  ids: string[],
  filter: ExploreFilter,
): Promise<GraphEdgeModel[]> {
  const rows = await ctx.exploration.listEdgesAmong(ids, filter, claimView(ctx.lens.value, ctx.cleared));
  return rows.map(toEdge).sort((a, b) => a.id.localeCompare(b.id));
}

function toEdge(row: EdgeRow): GraphEdgeModel {
  return { ...row, id: edgeId(row), claimIds: [...row.claimIds].sort((a, b) => a.localeCompare(b)) };
}

/** Between two entities, a hop shows the edge (either way) with the most claims, the first by id on a tie. */
function strongestEdges(edges: GraphEdgeModel[]): (a: string, b: string) => GraphEdgeModel {
  const best = new Map<string, GraphEdgeModel>();
  for (const edge of edges) {
    for (const key of [`${edge.source}\n${edge.target}`, `${edge.target}\n${edge.source}`]) {
      const current = best.get(key);
      if (!current || edge.claimIds.length > current.claimIds.length) best.set(key, edge);
    }
  }
  return (a, b) => best.get(`${a}\n${b}`)!;
}

/** Graph nodes, with events placed at the first of their places (by edge) that has coordinates. */
async function graphNodes(
  ctx: RequestContext,
  ids: string[],
  edges: GraphEdgeModel[],
): Promise<GraphNodeModel[]> {
  const records = await ctx.loaders.entities(ids);
  const placeIds = [...new Set(edges.filter((e) => e.relation === 'OCCURRED_IN').map((e) => e.target))];
  const places = new Map((await ctx.loaders.entities(placeIds)).map((p) => [p.id, p]));
  const containers = new Map(
    (await ctx.loaders.entities([...places.values()].flatMap((p) => (p.partOfId ? [p.partOfId] : [])))).map(
      (p) => [p.id, p],
    ),
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

function invalid(what: string, path: string, message: string): AppError {
  return new AppError('BAD_USER_INPUT', `Invalid ${what}`, [{ path, message }]);
}

function unknownEntities(path: string, ids: string[]): AppError {
  return new AppError('BAD_USER_INPUT', 'Unknown entity', [
    { path, message: `${ids.join(', ')} is not an actor, faction, place or event` },
  ]);
}
