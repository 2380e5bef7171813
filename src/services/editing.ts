/**
 * Editors' changes. Adding and updating go through the same validation and writer as a file
 * import (each input becomes a one-record dataset), so the rules cannot drift apart; every
 * change runs through writeAudited, in one transaction with its audit record.
 */
import type { RequestContext } from '../context.js';
import { AppError, ValidationError, type InputIssue } from '../errors.js';
import { DATASET_FORMAT } from '../import/dataset-schema.js';
import { importDataset } from '../import/import-dataset.js';
import type { WriteTransaction } from '../neo4j/database.js';
import type { RecordSnapshot, Snapshots } from '../repositories/record-snapshots.js';
import { writeAudited, type Audited, type AuditAction } from './audited-write.js';

type Section = 'sources' | 'entities' | 'claims';

/** What every change may carry: why it was made, and a key that makes a retry safe. */
export interface ChangeOptions {
  reason?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}

export interface ChangeReceipt {
  recordIds: string[];
}

const ADD_ACTIONS: Record<Section, AuditAction> = {
  sources: 'ADD_SOURCE',
  entities: 'ADD_ENTITY',
  claims: 'ADD_CLAIM',
};

/** Adds a record; CONFLICT when its id exists, or another writer takes it at the same moment. */
export async function addRecord(
  ctx: RequestContext,
  section: Section,
  record: Record<string, unknown>,
  options: ChangeOptions = {},
): Promise<Audited<ChangeReceipt>> {
  const id = String(record.id);
  return writeAudited(
    ctx,
    {
      action: ADD_ACTIONS[section],
      recordIds: [id],
      creates: true,
      reason: options.reason,
      write: async (tx) => {
        await importOne(ctx, tx, section, record, true);
        return { recordIds: [id] };
      },
    },
    { key: options.idempotencyKey, request: { add: section, record, reason: options.reason } },
  );
}

/**
 * Replaces a claim's fields with the input (the whole claim, as addClaim takes it); its editors'
 * support and contradiction links stay. A retracted claim is not updated.
 */
export async function updateClaim(
  ctx: RequestContext,
  record: Record<string, unknown>,
  options: ChangeOptions = {},
): Promise<Audited<ChangeReceipt>> {
  const id = String(record.id);
  return writeAudited(
    ctx,
    {
      action: 'UPDATE_CLAIM',
      recordIds: [id],
      reason: options.reason,
      write: async (tx, before) => {
        const claim = existing(before, id, 'Claim');
        if (claim.props.verification?.value === 'RETRACTED') {
          throw new AppError('CONFLICT', `${id} is retracted; undo the retraction to change it`);
        }
        const links = (type: string) => claim.outgoing.filter((r) => r.type === type).map((r) => r.other);
        const withLinks = {
          ...record,
          supports: links('SUPPORTS_CLAIM'),
          contradicts: links('CONTRADICTS_CLAIM'),
        };
        await importOne(ctx, tx, 'claims', withLinks, false);
        await refreshEventDates(tx, before);
        return { recordIds: [id] };
      },
    },
    { key: options.idempotencyKey, request: { update: record, reason: options.reason } },
  );
}

/** Marks a claim retracted (who, when, why), keeping it. */
export async function retractClaim(
  ctx: RequestContext,
  id: string,
  options: ChangeOptions = {},
): Promise<Audited<ChangeReceipt>> {
  return writeAudited(
    ctx,
    {
      action: 'RETRACT_CLAIM',
      recordIds: [id],
      reason: options.reason,
      write: async (tx, before) => {
        const claim = existing(before, id, 'Claim');
        if (claim.props.verification?.value === 'RETRACTED') {
          throw new AppError('CONFLICT', `${id} is already retracted`);
        }
        await tx.run('edit/retractClaim', {
          id,
          principalId: ctx.principal.id,
          principalName: ctx.principal.name,
          reason: options.reason ?? null,
        });
        await refreshEventDates(tx, before);
        return { recordIds: [id] };
      },
    },
    { key: options.idempotencyKey, request: { retract: id, reason: options.reason } },
  );
}

/** Records a dependent may be listed by, at most. */
const DEPENDENTS_SHOWN = 20;

/** Deletes a claim, source or entity that nothing depends on; CONFLICT naming what does otherwise. */
export async function deleteRecord(
  ctx: RequestContext,
  id: string,
  options: ChangeOptions = {},
): Promise<Audited<ChangeReceipt>> {
  return writeAudited(
    ctx,
    {
      action: 'DELETE_RECORD',
      recordIds: [id],
      reason: options.reason,
      write: async (tx, before) => {
        existing(before, id);
        const dependents = await tx.run('edit/findDependents', { id, limit: DEPENDENTS_SHOWN });
        if (dependents.length) {
          const listed = dependents.map((d) => `${String(d.id)} (${String(d.relation)})`).join(', ');
          const more = dependents.length === DEPENDENTS_SHOWN ? ' and maybe more' : '';
          throw new AppError(
            'CONFLICT',
            `${id} cannot be deleted while other records depend on it: ${listed}${more}. ` +
              'Delete or change those first (a claim can be retracted instead of deleted).',
            dependents.map((d) => ({
              path: 'id',
              message: `${String(d.id)} depends on it (${String(d.relation)})`,
            })),
          );
        }
        await tx.run('edit/deleteRecord', { id });
        await refreshEventDates(tx, before);
        return { recordIds: [id] };
      },
    },
    { key: options.idempotencyKey, request: { delete: id, reason: options.reason } },
  );
}

export type ClaimRelation = 'SUPPORTS' | 'CONTRADICTS';

const LINK_TYPES: Record<ClaimRelation, string> = {
  SUPPORTS: 'SUPPORTS_CLAIM',
  CONTRADICTS: 'CONTRADICTS_CLAIM',
};

/** Records that one claim supports or contradicts another. */
export function linkClaims(
  ctx: RequestContext,
  from: string,
  to: string,
  relation: ClaimRelation,
  options: ChangeOptions = {},
): Promise<Audited<ChangeReceipt>> {
  return changeClaimLink(ctx, 'LINK_CLAIMS', { from, to, relation }, options, async (tx) => {
    await tx.run('claim/addClaimRelation', { fromId: from, toId: to, relation });
  });
}

/** Removes a support or contradiction link between two claims, whichever way it was recorded. */
export function unlinkClaims(
  ctx: RequestContext,
  from: string,
  to: string,
  relation: ClaimRelation,
  options: ChangeOptions = {},
): Promise<Audited<ChangeReceipt>> {
  return changeClaimLink(ctx, 'UNLINK_CLAIMS', { from, to, relation }, options, async (tx) => {
    const [row] = await tx.run('edit/unlinkClaims', { fromId: from, toId: to, type: LINK_TYPES[relation] });
    if (!Number(row?.unlinked ?? 0)) {
      throw new AppError('NOT_FOUND', `${from} and ${to} have no ${relation} link to remove`);
    }
  });
}

/** An audited change of the link between two existing, different claims. */
function changeClaimLink(
  ctx: RequestContext,
  action: 'LINK_CLAIMS' | 'UNLINK_CLAIMS',
  { from, to, relation }: { from: string; to: string; relation: ClaimRelation },
  options: ChangeOptions,
  apply: (tx: WriteTransaction) => Promise<void>,
): Promise<Audited<ChangeReceipt>> {
  sameClaimRefused(from, to);
  const request = {
    [action === 'LINK_CLAIMS' ? 'link' : 'unlink']: [from, to, relation],
    reason: options.reason,
  };
  return writeAudited(
    ctx,
    {
      action,
      recordIds: [from, to],
      reason: options.reason,
      write: async (tx, before) => {
        existing(before, from, 'Claim', 'from');
        existing(before, to, 'Claim', 'to');
        await apply(tx);
        return { recordIds: [from, to] };
      },
    },
    { key: options.idempotencyKey, request },
  );
}

function sameClaimRefused(from: string, to: string): void {
  if (from === to) {
    throw new AppError('BAD_USER_INPUT', 'A claim cannot be linked to itself', [
      { path: 'to', message: 'is the same claim as from' },
    ]);
  }
}

/** The record as the change found it; NOT_FOUND when it is not there (or not of that type). */
function existing(before: Snapshots, id: string, label?: string, argument = 'id'): RecordSnapshot {
  const record = before.get(id);
  if (!record || (label && !record.labels.includes(label))) {
    throw new AppError('NOT_FOUND', `${label ? `No ${label.toLowerCase()}` : 'No record'} has the id ${id}`, [
      { path: argument, message: `${id} does not exist` },
    ]);
  }
  return record;
}

/** Events derive their dates from their claims: those a changed claim was about are refreshed. */
export async function refreshEventDates(tx: WriteTransaction, ...states: Snapshots[]): Promise<void> {
  const ids = new Set<string>();
  for (const snapshots of states) {
    for (const [id, s] of snapshots) {
      ids.add(id);
      for (const r of s?.outgoing ?? []) if (r.type === 'SUBJECT') ids.add(r.other);
    }
  }
  if (ids.size) await tx.run('event/refreshEventDates', { ids: [...ids] });
}

/** Writes one record through the import, in the change's transaction. */
async function importOne(
  ctx: RequestContext,
  tx: WriteTransaction,
  section: Section,
  record: Record<string, unknown>,
  createOnly: boolean,
): Promise<void> {
  const dataset = {
    format: DATASET_FORMAT,
    dataset: { id: 'dataset:editor', title: 'Written by an editor' },
    [section]: [withoutNulls(record)],
  };
  try {
    await importDataset(ctx.db, dataset, { createOnly, transaction: tx });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError('The input is not valid; nothing was written', error.issues.map(asInputPath));
    }
    throw error;
  }
}

/** `entities[0] (actor:x).kind` → `input.kind`: the mutation's own words for where it went wrong. */
function asInputPath(issue: InputIssue): InputIssue {
  return { ...issue, path: issue.path.replace(/^(sources|entities|claims)\[0\](?: \([^)]*\))?/, 'input') };
}

/** GraphQL passes explicit nulls for fields a client set to null; the dataset format omits them. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}
