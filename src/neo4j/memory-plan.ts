/**
 * Memory for the local Neo4j: heap and page cache sized from this machine unless configured, and
 * transaction memory limits derived from the heap, so that one runaway query fails on its own
 * instead of taking the heap from every other query (or the whole server down).
 */
import os from 'node:os';

/** Neo4j's size syntax as this service accepts it: a whole number and k, m or g. */
export const NEO4J_SIZE_PATTERN = /^[1-9]\d*[kmg]$/i;

const UNIT = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;
const MIB = UNIT.m;

export interface MemoryPlan {
  /** JVM heap (initial and maximum: Neo4j advises equal sizes, so the heap never resizes). */
  heap: string;
  pageCache: string;
  /** All transactions together (dbms.memory.transaction.total.max). */
  transactionTotalMax: string;
  /** One transaction (db.memory.transaction.max): a query over it fails alone. */
  transactionMax: string;
  /** Where the heap and page cache sizes came from, for the start-up log. */
  sizedFrom: string;
}

export interface MemoryRequest {
  /** Memory this process may count on (see machineMemoryBytes). */
  totalBytes: number;
  heap?: string | undefined;
  pageCache?: string | undefined;
}

// A quarter each for heap and page cache leaves half for the operating system, this service and
// its neighbours; the caps keep a large machine from handing a development server most of it.
const SHARE = 0.25;
const HEAP_RANGE = { min: 512 * MIB, max: 8 * UNIT.g };
const PAGE_CACHE_RANGE = { min: 256 * MIB, max: 8 * UNIT.g };
// All transactions together get 70% of the heap (Neo4j's own default, written out so that it is
// logged); the rest is the server's. One transaction may take half: a large import file fits
// (20,000 claims in one transaction peaked at 267 MiB), and a runaway query fails on its own
// while the others keep the rest.
const TRANSACTIONS_SHARE = 0.7;
const ONE_TRANSACTION_SHARE = 0.5;

export function planLocalMemory(request: MemoryRequest): MemoryPlan {
  const heapBytes = request.heap
    ? parseNeo4jSize(request.heap)
    : clamp(request.totalBytes * SHARE, HEAP_RANGE.min, HEAP_RANGE.max);
  const pageCacheBytes = request.pageCache
    ? parseNeo4jSize(request.pageCache)
    : clamp(request.totalBytes * SHARE, PAGE_CACHE_RANGE.min, PAGE_CACHE_RANGE.max);
  const machine = `${formatNeo4jSize(request.totalBytes)} of memory`;
  const sizedFrom =
    request.heap && request.pageCache
      ? 'configured'
      : request.heap || request.pageCache
        ? `partly configured, the rest from ${machine}`
        : `sized from ${machine}`;
  return {
    heap: formatNeo4jSize(heapBytes),
    pageCache: formatNeo4jSize(pageCacheBytes),
    transactionTotalMax: formatNeo4jSize(heapBytes * TRANSACTIONS_SHARE),
    transactionMax: formatNeo4jSize(heapBytes * ONE_TRANSACTION_SHARE),
    sizedFrom,
  };
}

/** A fixed, small plan: what the tests and benchmarks run on, whatever the machine. */
export function modestMemory(): MemoryPlan {
  return { ...planLocalMemory({ totalBytes: 0, heap: '1g', pageCache: '256m' }), sizedFrom: 'fixed' };
}

/** The machine's memory, or the container's limit when that is lower (cgroups). */
export function machineMemoryBytes(): number {
  const limit = process.constrainedMemory?.() ?? 0;
  const total = os.totalmem();
  return limit > 0 && limit < total ? limit : total;
}

export function parseNeo4jSize(text: string): number {
  if (!NEO4J_SIZE_PATTERN.test(text)) throw new Error(`not a size such as 512m or 2g: ${text}`);
  const unit = text.slice(-1).toLowerCase() as keyof typeof UNIT;
  return Number(text.slice(0, -1)) * UNIT[unit];
}

/** Whole mebibytes, written in gibibytes when exact: 1536m, 2g. */
export function formatNeo4jSize(bytes: number): string {
  const mib = Math.max(1, Math.floor(bytes / MIB));
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
