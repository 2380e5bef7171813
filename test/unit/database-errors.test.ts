/** How driver errors become the codes and messages a client sees (codes as Neo4j 5.26 sends them). */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError, exceedsQueryMemory, mapDatabaseError } from '../../src/errors.js';

function driverError(code: string, message = 'from the server'): Error {
  return new neo4j.Neo4jError(message, code, '50N42', 'error: general processing exception');
}

function mapped(error: Error, facts?: { timeoutMs: number | null; elapsedMs: number }) {
  const result = mapDatabaseError(error, facts);
  expect(result).toBeInstanceOf(AppError);
  return { code: (result as AppError).code, message: (result as AppError).message };
}

describe('database errors', () => {
  it('name the time limit of a query that ran over it', () => {
    const timedOut = driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    expect(mapped(timedOut, { timeoutMs: 15000, elapsedMs: 15400 })).toEqual({
      code: 'QUERY_TIMEOUT',
      message:
        'The query ran longer than its time limit of 15000 ms and was stopped; nothing it would have ' +
        'written was kept. Ask for less (a smaller first, depth or limit), or try again later.',
    });
    const serverLimit = driverError('Neo.ClientError.Transaction.TransactionTimedOut');
    expect(mapped(serverLimit, { timeoutMs: null, elapsedMs: 60000 }).message).toMatch(
      /longer than the database's time limit for a transaction/,
    );
  });

  it('count a transaction stopped while it waited for a lock as timed out once it had used its time', () => {
    const stopped = driverError('Neo.ClientError.Transaction.LockClientStopped');
    expect(mapped(stopped, { timeoutMs: 1000, elapsedMs: 1150 }).code).toBe('QUERY_TIMEOUT');
    // Stopped earlier by something else (an operator, a shutdown): not a timeout.
    expect(mapDatabaseError(stopped, { timeoutMs: 1000, elapsedMs: 200 })).toBe(stopped);
    expect(mapDatabaseError(stopped, { timeoutMs: null, elapsedMs: 20000 })).toBe(stopped);
  });

  it('tell a query over its own memory limit from a database short of memory', () => {
    const overLimit = driverError(
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'The allocation of an extra 2.0 MiB would use more than the limit 341.0 MiB. Currently using 339.5 MiB. db.memory.transaction.max threshold reached',
    );
    expect(exceedsQueryMemory(overLimit)).toBe(true);
    expect(mapped(overLimit).message).toMatch(/more memory than one query may use/);
    const poolFull = driverError(
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'The allocation of an extra 2.0 MiB would use more than the limit 716.0 MiB. dbms.memory.transaction.total.max threshold reached',
    );
    expect(exceedsQueryMemory(poolFull)).toBe(false);
    expect(mapped(poolFull)).toMatchObject({
      code: 'QUERY_MEMORY_LIMIT',
      message: expect.stringMatching(/Try again shortly/),
    });
  });

  it('blame a bookmark the database cannot read on the header that brought it', () => {
    expect(mapped(driverError('Neo.ClientError.Transaction.InvalidBookmark'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/X-Claimgraph-Bookmark header/),
    });
  });

  it('report an unreachable database as retryable, and leave other errors to be masked', () => {
    expect(mapped(driverError(neo4j.error.SERVICE_UNAVAILABLE)).code).toBe('DATABASE_UNAVAILABLE');
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(mapDatabaseError(syntax)).toBe(syntax);
    const plain = new Error('not from the driver');
    expect(mapDatabaseError(plain)).toBe(plain);
  });
});
