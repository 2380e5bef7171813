/**
 * Entity resolution, reversibly: an editor merges two entities that are one, or records that two
 * are not. Both are audited changes of the two entities (their snapshots hold every link and
 * alias), so `undo` of a merge splits them again exactly as they were: no second undo mechanism.
 */
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import { ENTITY_TYPES } from '../domain/vocabulary.js';
import type { RecordSnapshot, Snapshots } from '../repositories/record-snapshots.js';
import type { WriteTransaction } from '../neo4j/database.js';
import { writeAudited, type Audited, type AuditAction } from './audited-write.js';
import { refreshEventDates, type ChangeOptions, type ChangeReceipt } from './editing.js';

/** Merges `absorb` into `keep`; `absorb` stays as a tombstone that resolves to `keep`. */
export function mergeEntities(
  ctx: RequestContext,
  keep: string,
  absorb: string,
  options: ChangeOptions = {},
): Promise<Audited<ChangeReceipt>> {
  return changePair(ctx, options, {
    action: 'MERGE_ENTITIES',
    ids: [keep, absorb],
    argumentNames: ['keep', 'absorb'],
    itself: 'An entity cannot be merged with itself',
    verb: 'merged',
    request: { merge: [keep, absorb] },
    check: (kept, absorbed) => {
      if (judgedNotSame(kept, absorbed)) {
        throw new AppError(
          'CONFLICT',
          `${keep} and ${absorb} were judged not the same (markNotSame); undo that judgement to merge them`,
        );
      }
      // A public record merged into a protected one (or the reverse) would tie the public id, its
      // claims and spellings to the protected person for every caller.
      if (isProtected(kept) !== isProtected(absorbed)) {
        const [secret, open] = isProtected(kept) ? [keep, absorb] : [absorb, keep];
        throw new AppError(
          'CONFLICT',
          `${secret} is protected and ${open} is not; protect both or neither before merging them`,
        );
      }
    },
    write: async (tx, before) => {
      await tx.run('merge/mergeEntities', { keep, absorb });
      // Claims of `absorb` now date `keep`, when the two are events.
      await refreshEventDates(tx, before);
    },
  });
}

/** Records that two entities are different people, groups, places or events. */
export function markNotSame(
  ctx: RequestContext,
  a: string,
  b: string,
  options: ChangeOptions = {},
): Promise<Audited<ChangeReceipt>> {
  return changePair(ctx, options, {
    action: 'MARK_NOT_SAME',
    ids: [a, b],
    argumentNames: ['a', 'b'],
    itself: 'An entity cannot be judged different from itself',
    verb: 'judged',
    request: { notSame: [a, b] },
    check: (first, second) => {
      if (judgedNotSame(first, second)) {
        throw new AppError('CONFLICT', `${a} and ${b} are already judged not the same`);
      }
    },
    write: async (tx) => {
      await tx.run('merge/markNotSame', { a, b });
    },
  });
}

interface PairChange {
  action: AuditAction;
  ids: [string, string];
  /** The mutation's names for the two ids, for errors. */
  argumentNames: [string, string];
  /** The refusal of an entity paired with itself. */
  itself: string;
  /** What only entities of one type can be. */
  verb: string;
  request: Record<string, unknown>;
  check(first: RecordSnapshot, second: RecordSnapshot): void;
  write(tx: WriteTransaction, before: Snapshots): Promise<void>;
}

/** An audited change of two entities of one type, neither merged away: checked, then written. */
function changePair(
  ctx: RequestContext,
  options: ChangeOptions,
  change: PairChange,
): Promise<Audited<ChangeReceipt>> {
  const [a, b] = change.ids;
  const [aName, bName] = change.argumentNames;
  if (a === b) {
    throw new AppError('BAD_USER_INPUT', change.itself, [
      { path: bName, message: `is the same entity as ${aName}` },
    ]);
  }
  return writeAudited(
    ctx,
    {
      action: change.action,
      recordIds: [a, b],
      reason: options.reason,
      write: async (tx, before) => {
        const first = entityIn(before, a, aName);
        const second = entityIn(before, b, bName);
        sameType(first, second, change.verb);
        change.check(first, second);
        await change.write(tx, before);
        return { recordIds: [a, b] };
      },
    },
    { key: options.idempotencyKey, request: { ...change.request, reason: options.reason } },
  );
}

/** The entity as the change found it: NOT_FOUND when absent, CONFLICT for a tombstone. */
function entityIn(before: Snapshots, id: string, argument: string): RecordSnapshot {
  const record = before.get(id);
  if (record?.labels.includes('Merged')) {
    const into = record.outgoing.find((r) => r.type === 'MERGED_INTO')?.other;
    throw new AppError('CONFLICT', `${id} was merged into ${into}; use ${into} instead`, [
      { path: argument, message: `${id} was merged into ${into}` },
    ]);
  }
  if (!record?.labels.includes('Entity')) {
    throw new AppError('NOT_FOUND', `No actor, faction, place or event has the id ${id}`, [
      { path: argument, message: `${id} is not an entity` },
    ]);
  }
  return record;
}

function typeOf(record: RecordSnapshot): string {
  return ENTITY_TYPES.find((type) => record.labels.includes(type)) ?? 'Entity';
}

function sameType(a: RecordSnapshot, b: RecordSnapshot, verb: string): void {
  if (typeOf(a) !== typeOf(b)) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${a.id} is a${/^[AE]/.test(typeOf(a)) ? 'n' : ''} ${typeOf(a)} and ${b.id} a${/^[AE]/.test(typeOf(b)) ? 'n' : ''} ${typeOf(b)}: only entities of one type can be ${verb}`,
    );
  }
}

function judgedNotSame(a: RecordSnapshot, b: RecordSnapshot): boolean {
  const listed = (r: RecordSnapshot) => (r.props.notSame?.value as string[] | undefined) ?? [];
  return listed(a).includes(b.id) || listed(b).includes(a.id);
}

function isProtected(record: RecordSnapshot): boolean {
  return record.props.protected?.value === true;
}
