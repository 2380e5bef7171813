/** Reads what the totals rules need, already scoped and filtered by the caller's view. */
import type { QueryRunner, Row } from '../neo4j/database.js';
import { cypherInteger, type Plain } from '../neo4j/values.js';
import type { ClaimView } from '../services/lens.js';
import { countOf } from './claim-repository.js';
import type { EventListFilter } from './listing-repository.js';
import type { ClaimRecord } from './records.js';

/** A reported figure as the totals rules see it: a claim reduced to its number and provenance. */
export interface CountFigure extends Pick<
  ClaimRecord,
  'id' | 'subjectId' | 'count' | 'verification' | 'saidOn' | 'recordedAt'
> {
  /** Who ultimately said it: the original source's speaker, or that source. */
  speakerId: string;
  /** The events the figure's event lies inside. */
  ancestorIds: string[];
}

export class ProvenanceRepository {
  constructor(private readonly db: QueryRunner) {}

  /** Figures about an event and its parts (eventId), or about the events a filter keeps. */
  async countFigures(
    eventId: string | null,
    filter: EventListFilter,
    view: ClaimView,
  ): Promise<CountFigure[]> {
    const rows = await this.db.read('provenance/listCountFiguresInScope', {
      eventId,
      filter: { ...filter, inViewOnly: false },
      view,
    });
    return rows.map(toFigure);
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

function toFigure(r: Row): CountFigure {
  const p = r.props as Record<string, Plain>;
  return {
    id: String(r.id),
    subjectId: String(r.subjectId),
    count: countOf(p),
    verification: (p.verification as ClaimRecord['verification']) ?? 'UNVERIFIED',
    saidOn: (p.saidOn as string | null) ?? null,
    recordedAt: String(p.recordedAt),
    speakerId: String(r.speakerId),
    ancestorIds: (r.ancestorIds as string[]).sort(),
  };
}
