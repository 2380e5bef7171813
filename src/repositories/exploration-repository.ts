/**
 * Graph walks for subgraphs and paths, run inside Neo4j: which entities a neighbourhood reaches
 * and keeps, which entity sequences connect two entities, and the claim-backed edges among a set
 * of entities. Every claim a walk reads passes the caller's view and the explore filter in the
 * statement; the records themselves come through the request loaders.
 */
import type { EventType, Role, VerificationStatus } from '../domain/vocabulary.js';
import { ENTITY_OBJECT_PREDICATES } from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import { cypherInteger } from '../neo4j/values.js';
import type { ClaimView } from '../services/lens.js';

/** What a subgraph or path may draw on (see cypher/fragments/claimInExploreFilter.cypher). */
export interface ExploreFilter {
  from: string | null;
  to: string | null;
  eventTypes: EventType[] | null;
  verification: VerificationStatus[] | null;
  sourceId: string | null;
}

export interface WalkedNode {
  id: string;
  /** Steps from the nearest starting entity. */
  distance: number;
}

export interface Walk {
  /** The nodes kept, nearest first. */
  nodes: WalkedNode[];
  /** How many distinct nodes the walk reached within its depth, the kept ones included. */
  reachable: number;
}

/** An edge as the statements derive it, before it gets its id. */
export interface EdgeRow {
  /** The claims' subject (or, for PART_OF, the part). */
  source: string;
  target: string;
  /** The claims' predicate, OCCURRED_IN for a claim's places, or PART_OF. */
  relation: string;
  role: Role | null;
  /** The claims behind the edge (none for PART_OF). */
  claimIds: string[];
  /** How many original speakers (or original sources without one) made those claims. */
  independentSources: number;
}

export class ExplorationRepository {
  constructor(private readonly db: QueryRunner) {}

  /** The entities within `depth` steps of the starting ones: the `limit` nearest, and a count of all. */
  async findNeighbourhood(
    ids: string[],
    depth: number,
    limit: number,
    filter: ExploreFilter,
    view: ClaimView,
  ): Promise<Walk> {
    const rows = await this.db.read('explore/findNeighbourhood', {
      ...claimParams(filter, view),
      alongEdges: false,
      ids,
      steps: cypherInteger(depth),
      limit: cypherInteger(limit),
    });
    const row = rows[0];
    return {
      nodes: (row?.nodes as unknown as WalkedNode[] | undefined) ?? [],
      reachable: Number(row?.reachable ?? 0),
    };
  }

  /**
   * The first `first` simple paths from one entity to another of at most `maxLength` edges
   * (either way along them), shortest first, as entity ids; `candidates` partial paths are kept
   * per step.
   */
  async findPaths(
    from: string,
    to: string,
    maxLength: number,
    first: number,
    candidates: number,
    filter: ExploreFilter,
    view: ClaimView,
  ): Promise<string[][]> {
    const rows = await this.db.read('explore/findPaths', {
      ...claimParams(filter, view),
      alongEdges: true,
      from,
      to,
      maxLength: cypherInteger(maxLength),
      steps: cypherInteger(maxLength - 1),
      first: cypherInteger(first),
      candidates: cypherInteger(candidates),
    });
    return (rows[0]?.paths as string[][] | undefined) ?? [];
  }

  /** The claim-backed and containment edges whose two ends are both among `ids`. */
  async listEdgesAmong(ids: string[], filter: ExploreFilter, view: ClaimView): Promise<EdgeRow[]> {
    const rows = await this.db.read('explore/listEdgesAmong', { ...claimParams(filter, view), ids });
    return rows.map((r) => ({
      source: String(r.source),
      target: String(r.target),
      relation: String(r.relation),
      role: (r.role as Role | null) ?? null,
      claimIds: r.claimIds as string[],
      independentSources: Number(r.independentSources),
    }));
  }
}

/** What every statement here reads claims by. */
function claimParams(filter: ExploreFilter, view: ClaimView) {
  return { filter, view, edgePredicates: ENTITY_OBJECT_PREDICATES };
}
