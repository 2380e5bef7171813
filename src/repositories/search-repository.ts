/** Full-text search over names and aliases. */
import type { QueryRunner, Row } from '../neo4j/database.js';
import { cypherInteger } from '../neo4j/values.js';
import { toEntity, toSource, type StoredEntity, type StoredSource } from './node-repository.js';
import type { SearchHitRecord } from './records.js';

/** A hit with the record it found, whole (an entity or a source). */
export interface SearchHitWithRecord {
  hit: SearchHitRecord;
  entity: StoredEntity | null;
  source: StoredSource | null;
}

export class SearchRepository {
  constructor(private readonly db: QueryRunner) {}

  async search(
    luceneQuery: string,
    types: string[] | null,
    cleared: boolean,
    limit: number,
  ): Promise<SearchHitWithRecord[]> {
    const rows = await this.db.read('search/searchNames', {
      query: luceneQuery,
      types,
      cleared,
      limit: cypherInteger(limit),
    });
    return rows.map((r) => ({
      hit: {
        id: String(r.id),
        type: r.type as SearchHitRecord['type'],
        matched: String(r.matched),
        score: Number(r.score),
      },
      entity: r.entity ? toEntity(r.entity as Row) : null,
      source: r.source ? toSource(r.source as Row) : null,
    }));
  }
}
