/**
 * The errors a client may see. Expected failures carry a code in `extensions.code`; anything
 * else is logged and masked before it leaves the server (see server.ts).
 */
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  /** The write collides with the graph as it is: an id taken, a record others depend on, a change since. */
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'WRITE_OUTCOME_UNKNOWN'
  | 'SCOPE_TOO_LARGE'
  | 'QUERY_TIMEOUT'
  | 'QUERY_MEMORY_LIMIT'
  | 'REQUEST_ABORTED'
  // Limits on one request (src/graphql/query-limits.ts, src/http/rate-limit.ts).
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_TOKENS'
  | 'RATE_LIMITED'
  // HTTP requests that are not well-formed (src/http/json-errors.ts).
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'METHOD_NOT_ALLOWED';

export interface InputIssue {
  /** Where the problem is: `claims[3] (claim:x).count.value`, or `input.name`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: InputIssue[] = [],
    /** More for the client to act on (a limit and its setting), added to `extensions`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: {
        ...this.details,
        code: this.code,
        ...(this.issues.length ? { issues: this.issues } : {}),
      },
    });
  }
}

export class ValidationError extends AppError {
  constructor(message: string, issues: InputIssue[]) {
    super('BAD_USER_INPUT', issues.length ? `${message}: ${formatIssues(issues)}` : message, issues);
    this.name = 'ValidationError';
  }
}

export function formatIssues(issues: InputIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > max ? `; and ${issues.length - max} more` : '';
  return shown.join('; ') + more;
}

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

const TIMED_OUT_CODES = new Set([
  // The limit this service set on the transaction.
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  // The server's own limit (db.transaction.timeout), as on Aura.
  'Neo.ClientError.Transaction.TransactionTimedOut',
]);

/**
 * A transaction stopped while it waited for a lock reports only that it was stopped, not why;
 * when it had run for its whole time limit, the limit stopped it.
 */
const TERMINATED_CODES = new Set([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Terminated',
]);

const BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);

/**
 * A transaction over the memory one transaction may use (db.memory.transaction.max). Neo4j 5.26
 * reports it as a transient error, which the driver would retry; the same query would only take
 * the memory again and fail again.
 */
export function exceedsQueryMemory(error: unknown): boolean {
  if (!(error instanceof neo4j.Neo4jError)) return false;
  return (
    error.code === 'Neo.ClientError.General.TransactionOutOfMemoryError' ||
    (error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' &&
      error.message.includes('db.memory.transaction.max'))
  );
}

/** What the caller knows about the failed transaction. */
export interface TransactionFacts {
  /** The time limit it ran with; null: none from this service. */
  timeoutMs: number | null;
  elapsedMs: number;
}

/** The database cannot be reached, or the process running it knows it is down (`reason`). */
export function unavailable(reason = 'not reachable right now'): AppError {
  return new AppError(
    'DATABASE_UNAVAILABLE',
    `The graph database is ${reason}; the request was not carried out. Try again shortly.`,
  );
}

/** The connection broke while a write was committing: it may or may not have been saved. */
export function outcomeUnknown(): AppError {
  return new AppError(
    'WRITE_OUTCOME_UNKNOWN',
    'The connection to the graph database was lost while this write was being committed, so it may ' +
      'or may not have been saved. Send the same request again with the same idempotency key: a write ' +
      'that was saved answers as it did the first time, one that was not is carried out now. ' +
      '(Without an idempotency key, read the record to see whether it is there.)',
  );
}

/** The one place where driver errors become service errors. */
export function mapDatabaseError(error: unknown, facts?: TransactionFacts): unknown {
  if (!(error instanceof neo4j.Neo4jError)) return error;
  const limit = facts?.timeoutMs ?? null;
  const stoppedAtLimit = limit !== null && TERMINATED_CODES.has(error.code) && facts!.elapsedMs >= limit;
  if (TIMED_OUT_CODES.has(error.code) || stoppedAtLimit) {
    const which =
      error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || limit === null
        ? "the database's time limit for a transaction"
        : `its time limit of ${limit} ms`;
    return new AppError(
      'QUERY_TIMEOUT',
      `The query ran longer than ${which} and was stopped; nothing it would have written was kept. ` +
        'Ask for less (a smaller first, depth or limit), or try again later.',
    );
  }
  if (exceedsQueryMemory(error)) {
    return new AppError(
      'QUERY_MEMORY_LIMIT',
      'The query needed more memory than one query may use on the database, and was stopped. Ask for less.',
    );
  }
  if (error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    return new AppError(
      'QUERY_MEMORY_LIMIT',
      'The database is short of memory for queries right now; the request was not carried out. Try again shortly.',
    );
  }
  if (BOOKMARK_CODES.has(error.code)) {
    return new AppError(
      'BAD_USER_INPUT',
      'The X-Claimgraph-Bookmark header holds a bookmark this database does not accept; ' +
        'send back only bookmarks this service returned.',
    );
  }
  if (error.code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
    return new AppError(
      'DATABASE_UNAVAILABLE',
      'The database has not yet caught up with the bookmark in the X-Claimgraph-Bookmark header; ' +
        'the request was not carried out. Try again shortly.',
    );
  }
  if (/Connection acquisition timed out/.test(error.message)) {
    return new AppError(
      'DATABASE_UNAVAILABLE',
      'Every connection to the database was busy with other requests for longer than the service waits for one; the request was not carried out. Try again shortly.',
    );
  }
  if (UNAVAILABLE_CODES.has(error.code) || error.retriable) return unavailable();
  return error;
}
