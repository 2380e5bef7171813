/** How the local Neo4j's memory is sized, and how its settings are checked at start-up. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  formatNeo4jSize,
  modestMemory,
  parseNeo4jSize,
  planLocalMemory,
} from '../../src/neo4j/memory-plan.js';

const GIB = 1024 ** 3;

describe('the local Neo4j memory plan', () => {
  it('gives heap and page cache a quarter of the machine each, and limits transactions by the heap', () => {
    expect(planLocalMemory({ totalBytes: 24 * GIB })).toEqual({
      heap: '6g',
      pageCache: '6g',
      transactionTotalMax: '4300m',
      transactionMax: '3g',
      sizedFrom: 'sized from 24g of memory',
    });
  });

  it('keeps a small machine workable and a large one from handing most of itself over', () => {
    const small = planLocalMemory({ totalBytes: 1 * GIB });
    expect([small.heap, small.pageCache]).toEqual(['512m', '256m']);
    const large = planLocalMemory({ totalBytes: 256 * GIB });
    expect([large.heap, large.pageCache]).toEqual(['8g', '8g']);
  });

  it('takes configured sizes as given, and says so', () => {
    const plan = planLocalMemory({ totalBytes: 24 * GIB, heap: '2g', pageCache: '512m' });
    expect(plan).toMatchObject({
      heap: '2g',
      pageCache: '512m',
      transactionMax: '1g',
      sizedFrom: 'configured',
    });
    expect(planLocalMemory({ totalBytes: 24 * GIB, heap: '2g' }).sizedFrom).toBe(
      'partly configured, the rest from 24g of memory',
    );
  });

  it('lets no single transaction take the memory of all of them', () => {
    for (const totalBytes of [2 * GIB, 16 * GIB, 64 * GIB]) {
      const plan = planLocalMemory({ totalBytes });
      expect(parseNeo4jSize(plan.transactionMax)).toBeLessThan(parseNeo4jSize(plan.transactionTotalMax));
      expect(parseNeo4jSize(plan.transactionTotalMax)).toBeLessThan(parseNeo4jSize(plan.heap));
    }
  });

  it('runs tests on a small fixed plan whatever the machine', () => {
    expect(modestMemory()).toEqual({
      heap: '1g',
      pageCache: '256m',
      transactionTotalMax: '716m',
      transactionMax: '512m',
      sizedFrom: 'fixed',
    });
  });

  it('reads and writes Neo4j sizes', () => {
    expect(parseNeo4jSize('512m')).toBe(512 * 1024 ** 2);
    expect(parseNeo4jSize('2G')).toBe(2 * GIB);
    expect(parseNeo4jSize('1024k')).toBe(1024 ** 2);
    expect(() => parseNeo4jSize('2 GB')).toThrow(/not a size/);
    expect(formatNeo4jSize(1.5 * GIB)).toBe('1536m');
    expect(formatNeo4jSize(3 * GIB)).toBe('3g');
  });
});

describe('memory and time-limit settings', () => {
  it('accept Neo4j sizes and a timeout in milliseconds, with defaults', () => {
    const config = loadConfig({ CLAIMGRAPH_NEO4J_HEAP: '2g', CLAIMGRAPH_NEO4J_PAGECACHE: '768m' });
    expect(config.CLAIMGRAPH_NEO4J_HEAP).toBe('2g');
    expect(config.CLAIMGRAPH_NEO4J_PAGECACHE).toBe('768m');
    expect(config.CLAIMGRAPH_TX_TIMEOUT_MS).toBe(15_000);
    expect(loadConfig({}).CLAIMGRAPH_NEO4J_HEAP).toBeUndefined();
    expect(loadConfig({ CLAIMGRAPH_TX_TIMEOUT_MS: '2500' }).CLAIMGRAPH_TX_TIMEOUT_MS).toBe(2500);
  });

  it('refuse what Neo4j or the JVM would not take, naming the variable', () => {
    expect(() => loadConfig({ CLAIMGRAPH_NEO4J_HEAP: '2GB' })).toThrow(
      /CLAIMGRAPH_NEO4J_HEAP: must be a size/,
    );
    expect(() => loadConfig({ CLAIMGRAPH_NEO4J_HEAP: '64m' })).toThrow(
      /CLAIMGRAPH_NEO4J_HEAP: the heap must be between 256m and 31g/,
    );
    expect(() => loadConfig({ CLAIMGRAPH_NEO4J_PAGECACHE: 'lots' })).toThrow(/CLAIMGRAPH_NEO4J_PAGECACHE/);
    expect(() => loadConfig({ CLAIMGRAPH_TX_TIMEOUT_MS: '0' })).toThrow(/CLAIMGRAPH_TX_TIMEOUT_MS/);
    expect(() => loadConfig({ CLAIMGRAPH_TX_TIMEOUT_MS: '1.5s' })).toThrow(/CLAIMGRAPH_TX_TIMEOUT_MS/);
  });
});
