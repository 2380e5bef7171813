/** Pages of ids for the list queries; the records themselves come through the loaders. */
import type { QueryRunner } from '../neo4j/database.js';
import { cypherInteger } from '../neo4j/values.js';
import type { IdPage } from './claim-repository.js';

export interface EventListFilter {
  types: string[] | null;
  from: string | null;
  to: string | null;
  placeId: string | null;
  involvingId: string | null;
  sourceId: string | null;
  /** Events at a place within `km` of the point (or whose place's container is). */
  near: { latitude: number; longitude: number; km: number } | null;
}

export class ListingRepository {
  constructor(private readonly db: QueryRunner) {}

  async events(
    filter: EventListFilter,
    after: { date: string; id: string } | null,
    limit: number,
  ): Promise<IdPage> {
    const rows = await this.db.read('event/listEvents', {
      ...filter,
      afterDate: after?.date ?? null,
      afterId: after?.id ?? null,
      limit: cypherInteger(limit),
    });
    return page(rows[0]);
  }

  /** `label` must come from the EntityType allow-list, never from free text. */
  async entities(
    label: 'Actor' | 'Faction' | 'Place' | 'Event',
    afterId: string | null,
    limit: number,
  ): Promise<IdPage> {
    const rows = await this.db.read('entity/listEntities', { label, afterId, limit: cypherInteger(limit) });
    return page(rows[0]);
  }

  async sources(kinds: string[] | null, afterId: string | null, limit: number): Promise<IdPage> {
    const rows = await this.db.read('source/listSources', { kinds, afterId, limit: cypherInteger(limit) });
    return page(rows[0]);
  }
}

function page(row: Record<string, unknown> | undefined): IdPage {
  return { total: Number(row?.total ?? 0), ids: (row?.ids as string[] | undefined) ?? [] };
}
