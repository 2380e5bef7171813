/** Totals and the events of a scope, computed in the database through the caller's view. */
import type { QueryRunner } from '../neo4j/database.js';
import { cypherInteger } from '../neo4j/values.js';
import type { CountMeasure, CountUnit } from '../domain/vocabulary.js';
import type { ClaimView } from '../services/lens.js';
import type { EventListFilter } from './listing-repository.js';

/** One total as the database adds it up (see provenance/sumCountFiguresInScope). */
export interface TotalRow {
  measure: CountMeasure;
  category: string | null;
  unit: CountUnit;
  low: number;
  high: number;
  openEnded: boolean;
  independentSpeakers: number;
  verified: boolean;
  setAsideCount: number;
  /** Null unless the ids were asked for. */
  claimIds: string[] | null;
  setAsideIds: string[] | null;
}

export class ProvenanceRepository {
  constructor(private readonly db: QueryRunner) {}

  /** Totals over the same scope, added up by the database under the rule's choices. */
  async sumFigures(
    eventId: string | null,
    filter: EventListFilter,
    view: ClaimView,
    rule: { latest: boolean; verifiedOnly: boolean },
    withClaimIds: boolean,
  ): Promise<TotalRow[]> {
    const rows = await this.db.read('provenance/sumCountFiguresInScope', {
      eventId,
      filter: { ...filter, inViewOnly: false },
      view,
      ...rule,
      withClaimIds,
    });
    return rows.map((r) => ({
      measure: r.measure as CountMeasure,
      category: (r.category as string | null) ?? null,
      unit: r.unit as CountUnit,
      low: Number(r.low),
      high: Number(r.high),
      openEnded: Boolean(r.openEnded),
      independentSpeakers: Number(r.independentSpeakers),
      verified: Boolean(r.verified),
      setAsideCount: Number(r.setAsideCount),
      claimIds: r.claimIds === null ? null : (r.claimIds as string[]).sort(),
      setAsideIds: r.setAsideIds === null ? null : (r.setAsideIds as string[]).sort(),
    }));
  }

  /** The events of the same scope, at most `limit` of them, in time order. */
  async eventIds(
    eventId: string | null,
    filter: EventListFilter,
    view: ClaimView,
    limit: number,
  ): Promise<string[]> {
    const rows = await this.db.read('provenance/listEventIdsInScope', {
      eventId,
      filter: { ...filter, inViewOnly: false },
      view,
      limit: cypherInteger(limit),
    });
    return (rows[0]?.ids as string[] | undefined) ?? [];
  }
}
