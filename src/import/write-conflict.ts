/**
 * The database's unique constraints are what keep two writers from taking one id (two editors
 * adding it at the same moment, an import giving an actor's id to a source): the losing
 * transaction fails with a constraint error that names the label, property and value. This reads
 * that error, so that callers can answer CONFLICT with the id instead of a masked server fault.
 */
import neo4j from 'neo4j-driver';

export interface Collision {
  /** The label whose constraint refused the write: `Node`, `IdempotencyKey`... */
  label: string;
  /** The value already taken: a record id, an idempotency key. */
  value: string;
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';
// "Node(12) already exists with label `Node` and property `id` = 'actor:x'"
const MESSAGE = /with label `([^`]+)` and property `[^`]+` = '((?:[^'\\]|\\.)*)'/;

/** What a failed write collided on, or null when it failed for another reason. */
export function collisionOf(error: unknown): Collision | null {
  if (!(error instanceof neo4j.Neo4jError) || error.code !== CONSTRAINT_FAILED) return null;
  const match = MESSAGE.exec(error.message);
  return { label: match?.[1] ?? 'Node', value: match?.[2]?.replace(/\\(.)/g, '$1') ?? '' };
}
