/** Full-text search over names and aliases. */
import { cypherInteger } from '../neo4j/values.js';
import type { QueryRunner } from '../neo4j/database.js';
import type { SearchHitRecord } from './records.js';

export class SearchRepository {
  constructor(private readonly db: QueryRunner) {}

  async search(
    luceneQuery: string,
    types: string[] | null,
    cleared: boolean,
    limit: number,
  ): Promise<SearchHitRecord[]> {
    const rows = await this.db.read('search/searchNames', {
      query: luceneQuery,
      types,
      cleared,
      limit: cypherInteger(limit),
    });
    return rows.map((r) => ({
      id: String(r.id),
      type: r.type as SearchHitRecord['type'],
      matched: String(r.matched),
      score: Number(r.score),
    }));
  }
}
