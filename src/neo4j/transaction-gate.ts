/**
 * A limit on the transactions one request has open at once. A request may ask for many records
 * in parallel (fifty aliased root fields, each with its own loaders): without a limit, one such
 * request takes every connection of the driver's pool and every other request waits for one
 * until it fails. With it, a request's transactions beyond the limit wait their turn inside the
 * request, and the pool stays shared.
 */
export class TransactionGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async hold<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

/**
 * Transactions one request may have open at once: enough to run a query's independent loaders
 * side by side, a small share of the driver's pool of 100.
 */
export const TRANSACTIONS_PER_REQUEST = 8;
