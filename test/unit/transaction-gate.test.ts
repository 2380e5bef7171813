import { describe, expect, it } from 'vitest';
import { TransactionGate } from '../../src/neo4j/transaction-gate.js';

describe("a request's transaction gate", () => {
  it('lets at most its limit run at once, and every one run in the order it asked', async () => {
    const gate = new TransactionGate(3);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const work = (n: number) =>
      gate.hold(async () => {
        started.push(n);
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        return n;
      });
    const results = await Promise.all(Array.from({ length: 20 }, (_, n) => work(n)));
    expect(results).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(most).toBe(3);
    expect(started).toEqual(results);
  });

  it('gives the slot of a failed transaction to the next', async () => {
    const gate = new TransactionGate(1);
    const failing = gate.hold(async () => {
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    await expect(gate.hold(async () => 'next')).resolves.toBe('next');
  });
});
