/** Whole-graph housekeeping: how much is there, and emptying it (tests). */
import type { QueryRunner } from '../neo4j/database.js';

export interface RecordCounts {
  sources: number;
  entities: number;
  claims: number;
}

export class AdminRepository {
  constructor(private readonly db: QueryRunner) {}

  async counts(): Promise<RecordCounts> {
    const row = (await this.db.read('admin/countRecords'))[0] ?? {};
    return {
      sources: Number(row.sources ?? 0),
      entities: Number(row.entities ?? 0),
      claims: Number(row.claims ?? 0),
    };
  }

  async deleteAll(): Promise<void> {
    await this.db.write('admin/deleteAllRecords');
  }
}
