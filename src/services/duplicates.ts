/**
 * Likely duplicates for review: pairs of entities of one type and kind with alike names or
 * aliases (and nearby, when both have a location), paged by the ids of the pair. The database
 * finds them through its fulltext index; each page reads a bounded number of entities.
 */
import type { RequestContext } from '../context.js';
import type { EntityType } from '../domain/vocabulary.js';
import { DuplicatesRepository, type DuplicatePairRecord } from '../repositories/duplicates-repository.js';
import { decodeCursor, encodeCursor, pageSize } from './pagination.js';

/** Entities one page reads at most: bounds a page's work when duplicates are few. */
export const DUPLICATE_SCAN = 500;
/** Two records within this distance count as nearby. */
export const NEARBY_KM = 25;

export interface DuplicatePairModel extends DuplicatePairRecord {
  reasons: string[];
}

export interface DuplicatePairConnectionModel {
  edges: { cursor: string; node: DuplicatePairModel }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export async function likelyDuplicates(
  ctx: RequestContext,
  type: EntityType | null,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<DuplicatePairConnectionModel> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const [afterAnchor = null, afterOther = null] = decodeCursor(after, 2, ([anchor]) => anchor !== null) ?? [];
  const found = await new DuplicatesRepository(ctx.db).page({
    type,
    cleared: ctx.cleared,
    afterAnchor,
    afterOther,
    scan: DUPLICATE_SCAN,
    limit: size + 1,
    nearKm: NEARBY_KM,
  });
  const page = found.pairs.slice(0, size);
  const edges = page.map((pair) => ({
    cursor: encodeCursor([pair.firstId, pair.secondId]),
    node: { ...pair, reasons: reasonsFor(pair) },
  }));
  if (found.pairs.length > size) {
    return { edges, pageInfo: { hasNextPage: true, endCursor: edges.at(-1)?.cursor ?? after ?? null } };
  }
  // Every pair of the entities read is on this page; more may follow the last one read.
  const more = found.scanned === DUPLICATE_SCAN && found.lastAnchor !== null;
  return {
    edges,
    pageInfo: {
      hasNextPage: more,
      endCursor: more ? encodeCursor([found.lastAnchor, null]) : (edges.at(-1)?.cursor ?? null),
    },
  };
}

function reasonsFor(pair: DuplicatePairRecord): string[] {
  const reasons = [`names alike: ${pair.matched.map((name) => `"${name}"`).join(', ')}`];
  if (pair.distanceKm !== null) {
    const km = pair.distanceKm < 10 ? pair.distanceKm.toFixed(1) : Math.round(pair.distanceKm).toString();
    reasons.push(`${km} km apart${pair.distanceKm <= NEARBY_KM ? ' (nearby)' : ''}`);
  }
  return reasons;
}
