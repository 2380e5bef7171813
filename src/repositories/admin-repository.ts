/** Whole-graph housekeeping: how much is there, and emptying it (tests, benchmarks). */
import type { QueryRunner } from '../neo4j/database.js';

export interface RecordCounts {
  sources: number;
  entities: number;
  claims: number;
}

/** Records deleted per transaction: bounded, so a graph of millions empties within the heap. */
const DELETE_BATCH = 10_000;

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

  /** Empties the graph, one bounded transaction at a time; returns how many records went. */
  async deleteAll(batch = DELETE_BATCH): Promise<number> {
    let total = 0;
    for (;;) {
      const [row] = await this.db.write('admin/deleteAllRecords', { batch });
      const deleted = Number(row?.deleted ?? 0);
      if (deleted === 0) return total;
      total += deleted;
    }
  }
}
