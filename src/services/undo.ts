/**
 * Undo: puts the records a change wrote back as they were before it. Only when nothing later
 * depends on it (a later change of the same records, not itself undone); otherwise the answer
 * names the changes that block it. An undo is a change like any other: audited, and undoable.
 */
import { hasRole } from '../auth/principal.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import { AuditRepository, AuditWriter, type AuditEntry } from '../repositories/audit-repository.js';
import { parseSnapshots } from '../repositories/record-snapshots.js';
import { writeAudited, type Audited } from './audited-write.js';
import { refreshEventDates, type ChangeOptions, type ChangeReceipt } from './editing.js';

export interface UndoReceipt extends ChangeReceipt {
  /** The change undone. */
  undone: string;
}

export async function undoChange(
  ctx: RequestContext,
  auditId: string,
  options: ChangeOptions = {},
): Promise<Audited<UndoReceipt>> {
  const audit = new AuditRepository(ctx.db);
  const change = await audit.get(auditId);
  if (!change) {
    throw new AppError('NOT_FOUND', `No change has the audit id ${auditId}`, [
      { path: 'auditId', message: `${auditId} is not in the audit trail` },
    ]);
  }
  refuseUndoable(ctx, change);
  const blocking = await blockingChanges(audit, change);
  if (blocking.length) {
    const listed = blocking.map((c) => `${c.id} (${c.action} by ${c.principalName} at ${c.at})`).join(', ');
    throw new AppError(
      'CONFLICT',
      `${auditId} cannot be undone: later changes of the same records depend on it: ${listed}. Undo those first.`,
      blocking.map((c) => ({ path: 'auditId', message: `blocked by ${c.id}` })),
    );
  }
  const before = parseSnapshots(change.before);
  const after = parseSnapshots(change.after);
  return writeAudited(
    ctx,
    {
      action: 'UNDO',
      recordIds: change.recordIds,
      reason: options.reason,
      undoes: auditId,
      write: async (tx, current) => {
        // Changed outside the audit trail since (by an import, or an undo of this change racing).
        const changed = [...after].filter(
          ([id, state]) => JSON.stringify(current.get(id) ?? null) !== JSON.stringify(state),
        );
        if (changed.length) {
          throw new AppError(
            'CONFLICT',
            `${auditId} cannot be undone: ${changed.map(([id]) => id).join(', ')} changed since, ` +
              'outside the changes the audit trail lists (an import, or another undo of this change)',
          );
        }
        await new AuditWriter(tx).restore(before);
        await refreshEventDates(tx, before, after);
        return { recordIds: change.recordIds, undone: auditId };
      },
    },
    { key: options.idempotencyKey, request: { undo: auditId, reason: options.reason } },
  );
}

function refuseUndoable(ctx: RequestContext, change: AuditEntry): void {
  if (change.action === 'IMPORT') {
    throw new AppError(
      'BAD_USER_INPUT',
      `${change.id} is an import, which cannot be undone: import a corrected dataset, or undo or delete records one by one`,
    );
  }
  if (change.undoneBy) {
    throw new AppError('CONFLICT', `${change.id} was already undone by ${change.undoneBy}`);
  }
  // Editors undo their own changes; admins anyone's (schema/base.graphql, AccessRole).
  if (change.principalId !== ctx.principal.id && !hasRole(ctx.principal, 'admin')) {
    throw new AppError(
      'FORBIDDEN',
      `${change.id} was made by ${change.principalName}; undoing someone else's change needs the admin role`,
    );
  }
}

/**
 * Later changes of the same records, less those that cancel out: a change undone by a later
 * undo, with that undo. (Undoing an undo clears the first undo's mark, so the change it had
 * undone blocks again.)
 */
async function blockingChanges(audit: AuditRepository, change: AuditEntry) {
  const later = await audit.laterChanges(change.id);
  const ids = new Set(later.map((c) => c.id));
  const cancelled = new Set<string>();
  for (const c of later) {
    if (c.undoneBy && ids.has(c.undoneBy)) {
      cancelled.add(c.id);
      cancelled.add(c.undoneBy);
    }
  }
  return later.filter((c) => !cancelled.has(c.id));
}
