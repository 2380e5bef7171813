/**
 * Reads a dataset record by record: a JSON Lines file streamed line by line (any size), a JSON
 * file read whole (small files only), or a dataset already in memory (editors' mutations, tests).
 * An import reads its dataset several times: once to check it, then once per kind of write, so
 * that only one batch of records is ever in memory.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import readline from 'node:readline';
import { z } from 'zod';
import { ValidationError, type InputIssue } from '../errors.js';
import {
  DATASET_PARSE_OPTIONS,
  datasetHeaderSchema,
  datasetSchema,
  RECORD_SCHEMAS,
  type DatasetHeader,
  type RecordKind,
} from './dataset-schema.js';
import { describePath, parseRecord, recordPath, type ReadItem } from './dataset-records.js';

export interface DatasetReader {
  /** Small datasets are written in one transaction: they land whole or not at all. */
  readonly singleTransaction: boolean;
  /** Bytes to read, for progress; 0 for a dataset in memory. */
  readonly size: number;
  /** The dataset's header, once a read has passed it. */
  header(): DatasetHeader['dataset'] | undefined;
  /**
   * The records of the given kinds in file order, with the problems of any that do not parse.
   * `mayMatch` may skip a JSON Lines line unparsed: it sees the raw line and must not reject a
   * line whose record is wanted (used on files already checked).
   */
  read(
    kinds: ReadonlySet<RecordKind>,
    onBytes?: (bytesRead: number) => void,
    mayMatch?: (line: string) => boolean,
  ): AsyncIterable<ReadItem>;
  /** `line 17` or `claims[3]`: the position of a record, for problems found after a read. */
  whereOf(ordinal: number): string;
}

/** A JSON dataset is parsed whole, so its size is bounded; larger ones are written as JSON Lines. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

export async function openDatasetFile(file: string): Promise<DatasetReader> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new ValidationError(`Cannot read ${file}: ${(error as Error).message}`, []);
  }
  if (/\.(jsonl|ndjson)$/i.test(file)) return new JsonLinesReader(file, info.size, info.mtimeMs);
  if (info.size > MAX_JSON_BYTES) {
    throw new ValidationError(
      `${file} is ${(info.size / 1e6).toFixed(0)} MB; a JSON dataset may be at most ` +
        `${MAX_JSON_BYTES / 1024 / 1024} MB. Write large datasets as JSON Lines (.jsonl, one record a line), ` +
        'which are streamed and written in batches: see docs/data-format.md',
      [],
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ValidationError(`${file} is not valid JSON: ${(error as Error).message}`, []);
  }
  return datasetInMemory(raw);
}

/** The top of a JSON dataset: its header, and sections that must be lists of records. */
const envelopeSchema = datasetSchema.extend({
  sources: z.array(z.unknown()).default([]),
  entities: z.array(z.unknown()).default([]),
  claims: z.array(z.unknown()).default([]),
});

const SECTIONS = [
  ['sources', 'source'],
  ['entities', 'entity'],
  ['claims', 'claim'],
] as const;

/** A JSON dataset (`{ format, dataset, sources, entities, claims }`) already parsed. */
export function datasetInMemory(raw: unknown): DatasetReader & { items(): Generator<ReadItem> } {
  const envelope = envelopeSchema.safeParse(raw, DATASET_PARSE_OPTIONS);
  const sectionOf = (name: string): unknown[] => {
    const value = (raw as Record<string, unknown> | null)?.[name];
    return Array.isArray(value) ? value : [];
  };
  const sections = SECTIONS.map(([name, kind]) => ({ name, kind, records: sectionOf(name) }));
  // Parsed once: the check and every write phase read the same records.
  const parsed = new Map<RecordKind, ReadItem[]>();
  const parsedSection = (name: string, kind: RecordKind, records: unknown[], first: number) => {
    let list = parsed.get(kind);
    if (!list) {
      list = records.map((record, index) => parseRecord(kind, record, `${name}[${index}]`, first + index));
      parsed.set(kind, list);
    }
    return list;
  };
  function* items(kinds: ReadonlySet<RecordKind> = ALL_KINDS): Generator<ReadItem> {
    if (!envelope.success) {
      const issues = envelope.error.issues.map((i) => ({
        path: describePath(i.path, raw),
        message: i.message,
      }));
      yield { ordinal: -1, where: '(root)', issues };
    }
    let first = 0;
    for (const { name, kind, records } of sections) {
      if (kinds.has(kind)) yield* parsedSection(name, kind, records, first);
      first += records.length;
    }
  }
  return {
    singleTransaction: true,
    size: 0,
    header: () => envelope.data?.dataset,
    items: () => items(),
    async *read(kinds) {
      yield* items(kinds);
    },
    whereOf(ordinal) {
      for (const { name, records } of sections) {
        if (ordinal < records.length) return `${name}[${ordinal}]`;
        ordinal -= records.length;
      }
      return `record ${ordinal}`;
    },
  };
}

export const ALL_KINDS: ReadonlySet<RecordKind> = new Set(['source', 'entity', 'claim']);

/** `{"claim": ...`: the kind of a line, read without parsing it, so other kinds are skipped cheaply. */
const KIND_PREFIX = /^\s*\{\s*"(source|entity|claim)"\s*:/;
const HEADER_EXAMPLE = '{"format": "claimgraph/1", "dataset": {"id": ..., "title": ...}}';

/**
 * JSON Lines: the header on the first line, then one record a line: `{"source": {...}}`,
 * `{"entity": {...}}` or `{"claim": {...}}`. Blank lines are ignored.
 */
class JsonLinesReader implements DatasetReader {
  readonly singleTransaction = false;
  private parsedHeader: DatasetHeader['dataset'] | undefined;

  constructor(
    private readonly file: string,
    readonly size: number,
    private readonly modified: number,
  ) {}

  header() {
    return this.parsedHeader;
  }

  whereOf(ordinal: number): string {
    return `line ${ordinal}`;
  }

  async *read(
    kinds: ReadonlySet<RecordKind>,
    onBytes?: (bytesRead: number) => void,
    mayMatch?: (line: string) => boolean,
  ): AsyncIterable<ReadItem> {
    await this.assertUnchanged();
    const stream = createReadStream(this.file, { highWaterMark: 1 << 20 });
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
    let number = 0;
    let headerSeen = false;
    for await (const line of lines) {
      number += 1;
      if (number % 4096 === 0) onBytes?.(stream.bytesRead);
      if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '')) continue;
      if (!headerSeen) {
        headerSeen = true;
        const header = this.readHeader(line.replace(/^\uFEFF/, ''), number);
        if (header.issues.length) yield header;
        if (header.isHeader) continue;
      }
      const kind = KIND_PREFIX.exec(line)?.[1] as RecordKind | undefined;
      if (kind !== undefined && !kinds.has(kind)) continue;
      if (mayMatch && !mayMatch(line)) continue;
      const item = parseLine(line, number);
      if (item.record === undefined || kinds.has(item.record.kind)) yield item;
    }
    if (!headerSeen) {
      yield {
        ordinal: 1,
        where: 'line 1',
        issues: [{ path: 'line 1', message: `the file is empty; expected ${HEADER_EXAMPLE}` }],
      };
    }
    onBytes?.(this.size);
  }

  /** The header line; when the first line is not one, that is a problem too. */
  private readHeader(line: string, number: number): ReadItem & { isHeader: boolean } {
    const where = `line ${number}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (value === null || typeof value !== 'object' || !('dataset' in value || 'format' in value)) {
      const message = `the first line must be the header: ${HEADER_EXAMPLE}`;
      return { ordinal: number, where, issues: [{ path: where, message }], isHeader: false };
    }
    const parsed = datasetHeaderSchema.safeParse(value, DATASET_PARSE_OPTIONS);
    if (parsed.success) this.parsedHeader = parsed.data.dataset;
    const issues: InputIssue[] = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({
          path: recordPath(`${where} (header)`, undefined, i.path),
          message: i.message,
        }));
    return { ordinal: number, where, issues, isHeader: true };
  }

  private async assertUnchanged(): Promise<void> {
    const info = await stat(this.file);
    if (info.size !== this.size || info.mtimeMs !== this.modified) {
      throw new Error(`${this.file} changed while it was being imported; run the import again`);
    }
  }
}

function parseLine(line: string, number: number): ReadItem {
  const where = `line ${number}`;
  const problem = (message: string): ReadItem => ({
    ordinal: number,
    where,
    issues: [{ path: where, message }],
  });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return problem(`not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return problem('expected one record: {"source": {...}}, {"entity": {...}} or {"claim": {...}}');
  }
  const keys = Object.keys(value);
  const kind = keys[0] as RecordKind;
  if (keys.length !== 1 || !(kind in RECORD_SCHEMAS)) {
    return problem(
      `expected one record: {"source": {...}}, {"entity": {...}} or {"claim": {...}}; found ${keys.map((k) => `"${k}"`).join(', ') || 'nothing'}`,
    );
  }
  return parseRecord(kind, (value as Record<string, unknown>)[kind], where, number);
}
