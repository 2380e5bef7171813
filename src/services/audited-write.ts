/**
 * Every change a caller makes goes through here: one write transaction that locks and snapshots
 * the records it changes, writes, snapshots them again and appends the audit record (who, when,
 * what, before, after, why); with an idempotency key, it also stores the answer, so that a retry
 * after a lost answer gets the first answer instead of a second write. Nothing of a change is
 * saved unless all of it is.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import { collisionOf } from '../import/write-conflict.js';
import type { WriteTransaction } from '../neo4j/database.js';
import { AuditRepository, AuditWriter } from '../repositories/audit-repository.js';
import { linkedIds, snapshotsJson, type Snapshots } from '../repositories/record-snapshots.js';

/** What the audit trail calls each kind of change (AuditAction in schema/audit.graphql). */
export type AuditAction =
  | 'ADD_SOURCE'
  | 'ADD_ENTITY'
  | 'ADD_CLAIM'
  | 'UPDATE_CLAIM'
  | 'RETRACT_CLAIM'
  | 'DELETE_RECORD'
  | 'LINK_CLAIMS'
  | 'UNLINK_CLAIMS'
  | 'MERGE_ENTITIES'
  | 'MARK_NOT_SAME'
  | 'IMPORT'
  | 'UNDO';

export interface Change<T> {
  action: AuditAction;
  /** The records the change writes: locked and snapshotted before, snapshotted after. */
  recordIds: string[];
  /**
   * The records are new: nothing to snapshot before (looking up an absent id would hold a lock
   * on it that racing creators of the id deadlock on; the create itself refuses a taken id).
   */
  creates?: boolean;
  reason?: string | null | undefined;
  /** For an undo: the audit id of the change it reverts. */
  undoes?: string;
  /** Checks and writes, in the change's transaction; `before` holds the records as they were. */
  write(tx: WriteTransaction, before: Snapshots): Promise<T>;
}

export interface Retry {
  /** The caller's idempotency key; null: none. */
  key: string | null | undefined;
  /** What the request asked for (field and arguments): a reused key must come with the same. */
  request: unknown;
}

export type Audited<T> = T & { auditId: string };

export async function writeAudited<T extends object>(
  ctx: RequestContext,
  change: Change<T>,
  retry?: Retry,
): Promise<Audited<T>> {
  const { principal } = ctx;
  const key = retry?.key ? JSON.stringify([principal.id, retry.key]) : null;
  const fingerprint = key ? fingerprintOf(retry!.request) : '';
  const audit = new AuditRepository(ctx.db);
  if (key) {
    const first = await audit.storedAnswer(key);
    if (first) return replay<T>(first, fingerprint, retry!.key!);
  }
  try {
    return await ctx.db.writeTransaction(async (tx) => {
      const writer = new AuditWriter(tx);
      const before = change.creates
        ? new Map(change.recordIds.map((id) => [id, null]))
        : await writer.snapshots(change.recordIds, true);
      const result = await change.write(tx, before);
      const after = await writer.snapshots(change.recordIds, false);
      const auditId = `audit:${randomUUID()}`;
      await writer.append({
        id: auditId,
        principalId: principal.id,
        principalName: principal.name,
        action: change.action,
        recordIds: change.recordIds,
        relatedIds: linkedIds([...before.values(), ...after.values()]),
        allRecords: false,
        before: snapshotsJson(before),
        after: snapshotsJson(after),
        reason: change.reason ?? null,
        undoes: change.undoes ?? null,
      });
      const answer = { ...result, auditId };
      if (key)
        await writer.saveAnswer(key, principal.id, { fingerprint, result: JSON.stringify(answer) }, auditId);
      return answer;
    });
  } catch (error) {
    // Two requests with one key at once: the one that lost answers as the one that won.
    if (key && (collisionOf(error) || (error instanceof AppError && error.code === 'CONFLICT'))) {
      const first = await audit.storedAnswer(key);
      if (first) return replay<T>(first, fingerprint, retry!.key!);
    }
    throw error;
  }
}

function replay<T>(
  first: { fingerprint: string; result: string },
  fingerprint: string,
  key: string,
): Audited<T> {
  if (first.fingerprint !== fingerprint) {
    throw new AppError(
      'BAD_USER_INPUT',
      `idempotencyKey "${key}" was already used for a different request; send a new key for a new request`,
      [{ path: 'idempotencyKey', message: 'already used for a different request' }],
    );
  }
  return JSON.parse(first.result) as Audited<T>;
}

/** A hash of the request that does not depend on the order of its fields. */
function fingerprintOf(request: unknown): string {
  return createHash('sha256').update(stableJson(request)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
