/**
 * Reading the audit trail (admins), and recording import runs in it: an import is a write like
 * any other, whether it comes from `npm run import` or from code.
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context.js';
import { ValidationError } from '../errors.js';
import { importFile, type ImportOptions, type ImportSummary } from '../import/import-dataset.js';
import type { QueryRunner } from '../neo4j/database.js';
import { AuditRepository, AuditWriter, type AuditEntry } from '../repositories/audit-repository.js';
import { decodeCursor, pageSize, toConnection, type ConnectionModel } from './pagination.js';

export interface AuditTrailArgs {
  recordId?: string | null;
  who?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

export type AuditRecordConnectionModel = ConnectionModel<AuditEntry>;

/** A page of the audit trail, newest first. */
export async function auditTrail(
  ctx: RequestContext,
  args: AuditTrailArgs,
): Promise<AuditRecordConnectionModel> {
  const size = pageSize(args.first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const key = decodeCursor(args.after, 2);
  if (key && (typeof key[0] !== 'string' || Number.isNaN(Date.parse(key[0])))) {
    throw new ValidationError('Invalid cursor', [
      { path: 'after', message: 'is not a cursor this API returned' },
    ]);
  }
  const rows = await new AuditRepository(ctx.db).page(
    {
      recordId: args.recordId,
      who: args.who,
      from: args.from,
      to: args.to,
      after: key ? { at: key[0]!, id: key[1]! } : null,
    },
    size + 1,
  );
  return toConnection(
    rows,
    size,
    async () => rows.length,
    (r) => [r.at, r.id],
  );
}

/** Who ran an import, as its audit record names them. */
export interface Importer {
  id: string;
  name: string;
}

/**
 * Imports a dataset file and appends its audit record: in the import's own transaction for a
 * JSON file, after the last batch for a JSON Lines file. The record lists the ids the dataset
 * defines (for an import of more than 10,000 records, it is marked as touching every record), and
 * its `after` is the import's summary; no `before` is kept, so an import cannot be undone.
 */
export async function auditedImportFile(
  db: QueryRunner,
  file: string,
  who: Importer,
  options: ImportOptions & { reason?: string | null } = {},
): Promise<ImportSummary> {
  const { reason, ...importOptions } = options;
  return importFile(db, file, {
    ...importOptions,
    afterWrite: async (tx, summary) => {
      await options.afterWrite?.(tx, summary);
      const { recordIds, ...counts } = summary;
      await new AuditWriter(tx).append({
        id: `audit:${randomUUID()}`,
        principalId: who.id,
        principalName: who.name,
        action: 'IMPORT',
        recordIds: recordIds ?? [],
        relatedIds: [],
        allRecords: recordIds === null,
        before: null,
        after: JSON.stringify({ file, ...counts }),
        reason: reason ?? null,
        undoes: null,
      });
    },
  });
}
