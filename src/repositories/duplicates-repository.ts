/** Reads pairs of entities that may be one, for editors to merge or mark not the same. */
import type { QueryRunner } from '../neo4j/database.js';
import { cypherInteger } from '../neo4j/values.js';
import type { EntityType } from '../domain/vocabulary.js';

export interface DuplicatePairRecord {
  firstId: string;
  secondId: string;
  score: number;
  /** The names or aliases of the second entity that the first one's names found. */
  matched: string[];
  /** Kilometres between the two, when both have a location. */
  distanceKm: number | null;
}

export interface DuplicatesPageQuery {
  type: EntityType | null;
  cleared: boolean;
  /** Resume at this anchor: after its pair with `afterOther`, or after all its pairs when null. */
  afterAnchor: string | null;
  afterOther: string | null;
  /** Anchors read at most. */
  scan: number;
  limit: number;
  nearKm: number;
}

export interface DuplicatesPage {
  pairs: DuplicatePairRecord[];
  /** Anchors read: as many as `scan` means there may be more after `lastAnchor`. */
  scanned: number;
  lastAnchor: string | null;
}

export class DuplicatesRepository {
  constructor(private readonly db: QueryRunner) {}

  async page(query: DuplicatesPageQuery): Promise<DuplicatesPage> {
    const [row] = await this.db.read('merge/listLikelyDuplicates', {
      ...query,
      scan: cypherInteger(query.scan),
      limit: cypherInteger(query.limit),
    });
    const pairs = (row?.pairs ?? []) as {
      first: string;
      second: string;
      score: number;
      matched: string[];
      distanceKm: number | null;
    }[];
    return {
      pairs: pairs.map((p) => ({
        firstId: p.first,
        secondId: p.second,
        score: Number(p.score),
        matched: [...p.matched].sort(),
        distanceKm: p.distanceKm === null ? null : Number(p.distanceKm),
      })),
      scanned: Number(row?.scanned ?? 0),
      lastAnchor: (row?.lastAnchor as string | null | undefined) ?? null,
    };
  }
}
