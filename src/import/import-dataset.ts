/**
 * Imports a dataset in two passes. The first reads every record and checks it (shape, rules,
 * references within the file and to the graph, time phrases), writing nothing: a dataset with
 * any problem is refused whole, with every problem listed. The second reads the dataset again
 * and writes it in batches, phase by phase (write-batches.ts).
 *
 * A JSON Lines file is written one batch per transaction, so its size is bounded only by the
 * disk; a run that stops part-way leaves whole batches, and running it again completes it. A
 * dataset read whole (a JSON file, an editor's mutation) is written in one transaction: it lands
 * whole or not at all. Importing the same dataset twice leaves the same graph.
 *
 * A record keeps its type: an id given to a record of another type is refused (CONFLICT) by the
 * write itself, so two imports racing cannot turn a source into an actor either.
 */
import type { RecordType } from '../domain/predicate-rules.js';
import { AppError, ValidationError } from '../errors.js';
import type { QueryRunner, WriteTransaction } from '../neo4j/database.js';
import { AdminRepository } from '../repositories/admin-repository.js';
import { RecordChecker, type CheckResult, type GraphLookup } from './check-records.js';
import type { ClaimInput, EntityInput, RecordKind, SourceInput } from './dataset-schema.js';
import { recordIdentity } from './dataset-records.js';
import { ALL_KINDS, datasetInMemory, openDatasetFile, type DatasetReader } from './dataset-reader.js';
import {
  aliasRows,
  claimBatch,
  claimLinkBatch,
  entityRow,
  newRecordRow,
  partOfRows,
  sourceLinkRow,
  sourceRow,
  type Row,
} from './plan-writes.js';
import { collisionOf } from './write-conflict.js';
import { writePhases, type ImportProgress, type Phase, type WriteOptions } from './write-batches.js';

export type { ImportProgress };

export interface ImportSummary {
  datasetId: string;
  sources: number;
  entities: number;
  aliases: number;
  claims: number;
  /** Records that were new to the graph. */
  created: { sources: number; entities: number; claims: number };
  /** The ids the dataset defines (for its audit record); null for a dataset of over 10,000. */
  recordIds: string[] | null;
}

export interface ImportOptions {
  /** Progress of the check ("checking", in bytes) and of each write phase (in rows). */
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per statement (and per transaction, for JSON Lines). */
  batchSize?: number;
  /** Refuse records whose id already exists, with CONFLICT (editors add; only imports update). */
  createOnly?: boolean;
  /** Stops the import between two batches. */
  signal?: AbortSignal;
  /**
   * Writes inside this transaction instead of one of its own (a dataset read whole only), so that
   * the caller's statements (an audit record, an idempotency key) commit with it or not at all.
   */
  transaction?: WriteTransaction;
  /**
   * Runs once the records are written: in the import's transaction for a dataset read whole, in
   * one of its own after the last batch for a JSON Lines file (whose batches commit one by one).
   */
  afterWrite?: (tx: WriteTransaction, summary: ImportSummary) => Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 5000;
/** Transactions writing batches at once: two keep both cores of a small machine busy. */
const WRITERS = 2;

export async function importFile(
  db: QueryRunner,
  file: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return runImport(db, await openDatasetFile(file), options);
}

/** Imports a dataset already parsed from JSON (`{ format, dataset, sources, entities, claims }`). */
export async function importDataset(
  db: QueryRunner,
  raw: unknown,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return runImport(db, datasetInMemory(raw), options);
}

async function runImport(
  db: QueryRunner,
  reader: DatasetReader,
  options: ImportOptions,
): Promise<ImportSummary> {
  const checked = await checkDataset(reader, graphLookup(db), options);
  if (checked.issues.length) {
    throw new ValidationError('The dataset is not valid; nothing was written', checked.issues);
  }
  const phases = importPhases(reader, { ...checked, createOnly: options.createOnly ?? false });
  const writeOptions: WriteOptions = {
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    concurrency: reader.singleTransaction ? 1 : WRITERS,
    onProgress: options.onProgress,
    signal: options.signal,
  };
  const { counts, created, recordIds } = checked;
  const summary: ImportSummary = {
    datasetId: reader.header()!.id,
    sources: counts.sources,
    entities: counts.entities,
    aliases: counts.aliases,
    claims: counts.claims,
    created,
    recordIds,
  };
  const afterWrite = options.afterWrite ?? (async () => undefined);
  const whole = async (tx: WriteTransaction) => {
    await writePhases(phases, (work) => work(tx), writeOptions);
    await afterWrite(tx, summary);
  };
  try {
    if (options.transaction) {
      if (!reader.singleTransaction) throw new Error('only a dataset read whole joins a transaction');
      await whole(options.transaction);
    } else if (reader.singleTransaction) {
      await db.writeTransaction(whole);
    } else {
      await writePhases(phases, (work) => db.writeTransaction(work), writeOptions);
      await db.writeTransaction((tx) => afterWrite(tx, summary));
    }
  } catch (error) {
    throw idTakenError(error, options.createOnly ?? false) ?? error;
  }
  return summary;
}

/** A write refused by the unique constraint on ids, as the client should read it. */
function idTakenError(error: unknown, createOnly: boolean): AppError | null {
  const collision = collisionOf(error);
  if (!collision || collision.label !== 'Node') return null;
  const id = collision.value;
  return new AppError(
    'CONFLICT',
    createOnly
      ? `${id} already exists; nothing was written`
      : `${id} already belongs to a record of another type; nothing was written`,
  );
}

/** The first pass: every record checked, nothing written. */
async function checkDataset(
  reader: DatasetReader,
  graph: GraphLookup,
  options: ImportOptions,
): Promise<CheckResult> {
  const checker = new RecordChecker({ createOnly: options.createOnly, whereOf: (o) => reader.whereOf(o) });
  const onBytes = (done: number) => options.onProgress?.({ step: 'checking', done, total: reader.size });
  for await (const item of reader.read(ALL_KINDS, onBytes)) checker.add(item);
  return checker.finish(graph);
}

export function graphLookup(db: QueryRunner): GraphLookup {
  return {
    async find(ids) {
      const rows = await db.read('node/findNodesByIds', { ids });
      return new Map(
        rows.map((r) => [
          String(r.id),
          {
            type: (r.type as RecordType | null) ?? null,
            publishedOn: (r.publishedOn as string | null) ?? null,
            mergedInto: (r.mergedInto as string | null) ?? null,
          },
        ]),
      );
    },
    async isEmpty() {
      const counts = await new AdminRepository(db).counts();
      return counts.sources + counts.entities + counts.claims === 0;
    },
  };
}

type RecordValue<K extends RecordKind> = { source: SourceInput; entity: EntityInput; claim: ClaimInput }[K];

/** The write phases in dependency order, each reading the records it needs from the dataset. */
function importPhases(reader: DatasetReader, checked: CheckResult & { createOnly: boolean }): Phase[] {
  const { counts, publishedOn, eventIds } = checked;
  const from = <K extends RecordKind>(
    kind: K,
    rowsOf: (value: RecordValue<K>) => Row[],
    mayHaveRows?: (line: string) => boolean,
  ) =>
    async function* rows(): AsyncIterable<Row> {
      for await (const item of reader.read(new Set([kind]), undefined, mayHaveRows)) {
        if (item.record?.kind === kind) yield* rowsOf(item.record.value as RecordValue<K>);
      }
    };
  const linksClaims = (c: ClaimInput) => c.about.length + c.supports.length + c.contradicts.length > 0;
  // Most claims refer to no other claim: their lines are skipped unparsed in that phase.
  const mayLinkClaims = (line: string) =>
    line.includes('"about"') || line.includes('"supports"') || line.includes('"contradicts"');
  const relaysSent = new Set<string>();
  const newRecords: Phase[] = checked.createOnly
    ? [
        {
          name: 'new records',
          statement: 'import/createRecords',
          total: counts.sources + counts.entities + counts.claims,
          rows: async function* () {
            for await (const item of reader.read(ALL_KINDS)) {
              if (item.record) {
                const { id, type } = recordIdentity(item.record);
                yield newRecordRow(id, type);
              }
            }
          },
        },
      ]
    : [];
  return [
    ...newRecords,
    {
      name: 'sources',
      statement: 'import/upsertSources',
      total: counts.sources,
      rows: from('source', (s) => [sourceRow(s)]),
    },
    {
      name: 'entities',
      statement: 'import/upsertEntities',
      total: counts.entities,
      rows: from('entity', (e) => [entityRow(e)]),
    },
    {
      name: 'aliases',
      statement: 'import/mergeAliases',
      total: counts.aliases,
      rows: from('entity', aliasRows),
      serial: true,
    },
    {
      name: 'containment',
      statement: 'import/linkPartOf',
      total: counts.containment,
      rows: from('entity', partOfRows),
      serial: true,
    },
    {
      name: 'source links',
      statement: 'import/linkSources',
      total: counts.sources,
      rows: from('source', (s) => [sourceLinkRow(s)]),
      serial: true,
    },
    {
      name: 'claims',
      statement: 'import/upsertClaims',
      total: counts.claims,
      rows: async function* () {
        // Afresh on every run of the phase: a retried transaction must send its relays again.
        relaysSent.clear();
        yield* from('claim', (c) => [c])();
      },
      params: (rows) => claimBatch(rows as ClaimInput[], publishedOn, relaysSent),
    },
    {
      name: 'claim links',
      statement: 'import/linkClaims',
      total: counts.claimLinks,
      rows: from('claim', (c) => (linksClaims(c) ? [c] : []), mayLinkClaims),
      params: (rows) => claimLinkBatch(rows as ClaimInput[]),
    },
    {
      name: 'event dates',
      statement: 'event/refreshEventDates',
      total: eventIds.length,
      rows: () => eventIds.map((id) => ({ id })),
      params: (rows) => ({ ids: rows.map((r) => r.id) }),
    },
  ];
}
