/**
 * Keyset pages for the list queries, and their counts (asked for separately, only when a caller
 * wants totalCount). Filters and the caller's view are applied in the statements. Entities and
 * sources come whole; claims come as ids, as the loaders redact their words with the names the
 * request's other claims need too.
 */
import { rowsOf, type QueryRunner, type Row } from '../neo4j/database.js';
import type { QueryName } from '../neo4j/queries.js';
import { cypherInteger } from '../neo4j/values.js';
import type { ClaimView } from '../services/lens.js';
import { toEntity, toSource, type StoredEntity, type StoredSource } from './node-repository.js';

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

export interface ClaimListFilter {
  predicates: string[] | null;
  aboutId: string | null;
  sourceId: string | null;
  verification: string[] | null;
  firstHandOnly: boolean;
}

export type EntityLabel = 'Actor' | 'Faction' | 'Place' | 'Event';

/** Sorts before every real key: the start of the first page. */
const FIRST_KEY = '';
const FIRST_DATE = '0001-01-01';

export class ListingRepository {
  constructor(private readonly db: QueryRunner) {}

  /**
   * Events in time order after the key. `inViewOnly` keeps only events with at least one claim
   * the view lets through (a lens is in use).
   */
  async events(
    filter: EventListFilter,
    view: ClaimView,
    inViewOnly: boolean,
    after: { date: string; id: string } | null,
    limit: number,
  ): Promise<StoredEntity[]> {
    return this.records('event/listEvents', toEntity, {
      filter: { ...filter, inViewOnly },
      view,
      afterDate: after?.date ?? FIRST_DATE,
      afterId: after?.id ?? null,
      limit: cypherInteger(limit),
    });
  }

  async countEvents(filter: EventListFilter, view: ClaimView, inViewOnly: boolean): Promise<number> {
    return this.count('event/countEvents', { filter: { ...filter, inViewOnly }, view });
  }

  /** Claims by id; a filter naming what the claims are about starts from that record. */
  async claims(
    filter: ClaimListFilter,
    view: ClaimView,
    afterId: string | null,
    limit: number,
  ): Promise<string[]> {
    const statement = filter.aboutId ? 'claim/listClaimsAbout' : 'claim/listClaims';
    return this.ids(statement, { filter, view, afterId: afterId ?? FIRST_KEY, limit: cypherInteger(limit) });
  }

  async countClaims(filter: ClaimListFilter, view: ClaimView): Promise<number> {
    return this.count(filter.aboutId ? 'claim/countClaimsAbout' : 'claim/countClaims', { filter, view });
  }

  /** `label` must come from the EntityType allow-list, never from free text. */
  async entities(label: EntityLabel, afterId: string | null, limit: number): Promise<StoredEntity[]> {
    return this.records('entity/listEntities', toEntity, {
      label,
      afterId: afterId ?? FIRST_KEY,
      limit: cypherInteger(limit),
    });
  }

  async countEntities(label: EntityLabel): Promise<number> {
    return this.count('entity/countEntities', { label });
  }

  async sources(kinds: string[] | null, afterId: string | null, limit: number): Promise<StoredSource[]> {
    return this.records('source/listSources', toSource, {
      kinds,
      afterId: afterId ?? FIRST_KEY,
      limit: cypherInteger(limit),
    });
  }

  async countSources(kinds: string[] | null): Promise<number> {
    return this.count('source/countSources', { kinds });
  }

  private async ids(statement: QueryName, params: Record<string, unknown>): Promise<string[]> {
    const rows = await this.db.read(statement, params);
    return (rows[0]?.ids as string[] | undefined) ?? [];
  }

  /** A page of whole records, for the statements that return them with their fields. */
  private async records<T>(
    statement: QueryName,
    read: (row: Row) => T,
    params: Record<string, unknown>,
  ): Promise<T[]> {
    const rows = await this.db.read(statement, params);
    return rowsOf(rows[0]?.records, read);
  }

  private async count(statement: QueryName, params: Record<string, unknown>): Promise<number> {
    const rows = await this.db.read(statement, params);
    return Number(rows[0]?.total ?? 0);
  }
}
