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
 */
import type { RecordType } from '../domain/predicate-rules.js';
import { ValidationError } from '../errors.js';
import type { QueryRunner } from '../neo4j/database.js';
import { AdminRepository } from '../repositories/admin-repository.js';
import { RecordChecker, type CheckResult, type GraphLookup } from './check-records.js';
import type { ClaimInput, EntityInput, RecordKind, SourceInput } from './dataset-schema.js';
import { ALL_KINDS, datasetInMemory, openDatasetFile, type DatasetReader } from './dataset-reader.js';
import {
  aliasRows,
  claimBatch,
  claimLinkBatch,
  entityRow,
  partOfRows,
  sourceLinkRow,
  sourceRow,
  type Row,
} from './plan-writes.js';
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
}

export interface ImportOptions {
  /** Progress of the check ("checking", in bytes) and of each write phase (in rows). */
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per statement (and per transaction, for JSON Lines). */
  batchSize?: number;
  /** Refuse records whose id already exists (editors add; only imports update). */
  createOnly?: boolean;
  /** Stops the import between two batches. */
  signal?: AbortSignal;
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
  const phases = importPhases(reader, checked);
  const writeOptions: WriteOptions = {
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    concurrency: reader.singleTransaction ? 1 : WRITERS,
    onProgress: options.onProgress,
    signal: options.signal,
  };
  if (reader.singleTransaction) {
    await db.writeTransaction((tx) => writePhases(phases, (work) => work(tx), writeOptions));
  } else {
    await writePhases(phases, (work) => db.writeTransaction(work), writeOptions);
  }
  const { counts, created } = checked;
  return {
    datasetId: reader.header()!.id,
    sources: counts.sources,
    entities: counts.entities,
    aliases: counts.aliases,
    claims: counts.claims,
    created,
  };
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
          { type: r.type as RecordType, publishedOn: (r.publishedOn as string | null) ?? null },
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
function importPhases(reader: DatasetReader, checked: CheckResult): Phase[] {
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
  return [
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
