/**
 * The second pass of an import: writes rows phase by phase (sources before the aliases that name
 * them, claims before the links between claims), a batch of rows per statement. Each batch is
 * idempotent on its own (MERGE by id, links replaced), so a run stopped between any two batches,
 * run again, ends with the same graph as a run never stopped.
 *
 * Batches of one phase may be written by several transactions at once (two by default: the
 * database then uses both cores of a small machine), while the next batch is read and prepared.
 * Batches of a phase are independent of each other (distinct records; shared links are merged
 * under Neo4j's locks, and a deadlock is retried), and a phase ends before the next begins.
 */
import type { WriteTransaction } from '../neo4j/database.js';
import type { QueryName } from '../neo4j/queries.js';
import type { Row } from './plan-writes.js';

export interface Phase {
  /** Shown in progress: "claims". */
  name: string;
  statement: QueryName;
  /** Rows this phase will write, for progress. */
  total: number;
  rows(): AsyncIterable<Row> | Iterable<Row>;
  /** The statement's parameters for a batch of rows; `{ rows }` unless given. */
  params?: (rows: Row[]) => Record<string, unknown>;
  /** Batches of this phase share a few busy nodes (one source, the same containers): one at a time. */
  serial?: boolean;
}

export interface ImportProgress {
  step: string;
  done: number;
  total: number;
}

/** Runs work in a transaction: a new one per batch, or the one every batch shares. */
export type TransactionRunner = <T>(work: (tx: WriteTransaction) => Promise<T>) => Promise<T>;

export interface WriteOptions {
  batchSize: number;
  /** Batches written at once: 1 inside one shared transaction. */
  concurrency: number;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
  /** Checked before each batch: an aborted import stops between batches. */
  signal?: AbortSignal | undefined;
}

/** Writes every phase, in order. */
export async function writePhases(
  phases: Phase[],
  run: TransactionRunner,
  options: WriteOptions,
): Promise<void> {
  for (const phase of phases) {
    let batch: Row[] = [];
    let done = 0;
    const inFlight: Promise<void>[] = [];
    const flush = async () => {
      const rows = batch;
      batch = [];
      while (inFlight.length >= (phase.serial ? 1 : options.concurrency)) await inFlight.shift();
      options.signal?.throwIfAborted();
      const params = phase.params ? phase.params(rows) : { rows };
      const write = run((tx) => tx.run(phase.statement, params)).then(() => {
        done += rows.length;
        options.onProgress?.({ step: phase.name, done, total: phase.total });
      });
      // Seen when awaited (at a later batch or the end of the phase); meanwhile not unhandled.
      write.catch(() => undefined);
      inFlight.push(write);
    };
    let stopped: unknown = null;
    try {
      for await (const row of phase.rows()) {
        batch.push(row);
        if (batch.length >= options.batchSize) await flush();
      }
      if (batch.length) await flush();
    } catch (error) {
      stopped = error;
    }
    // A failed or stopped phase still lets the batches already sent finish, so that what it
    // leaves behind is whole batches only.
    const failed = (await Promise.allSettled(inFlight)).find((s) => s.status === 'rejected');
    if (stopped !== null) throw stopped;
    if (failed) throw failed.reason;
  }
}
