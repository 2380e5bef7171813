/**
 * The errors a client may see. Expected failures carry a code in `extensions.code`; anything
 * else is logged and masked before it leaves the server (see server.ts).
 */
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';

export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'DATABASE_UNAVAILABLE' | 'SCOPE_TOO_LARGE';

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
  ) {
    super(message);
    this.name = 'AppError';
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { code: this.code, ...(this.issues.length ? { issues: this.issues } : {}) },
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

/** The one place where driver errors become service errors. */
export function mapDatabaseError(error: unknown): unknown {
  if (error instanceof neo4j.Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.retriable)) {
    return new AppError(
      'DATABASE_UNAVAILABLE',
      'The graph database is not reachable right now; the request was not carried out. Try again shortly.',
    );
  }
  return error;
}
