/**
 * The audit trail and what writes keep beside it, in Neo4j: audit records, snapshots of records
 * before and after a change, idempotency keys and the statements an undo runs. Statements that
 * belong to a write run in that write's transaction, so that they commit with it or not at all.
 */
import type { QueryRunner, Row, WriteTransaction } from '../neo4j/database.js';
import { cypherInteger, type Plain } from '../neo4j/values.js';
import { restoreParams, snapshotOf, type Snapshots } from './record-snapshots.js';

export interface AuditEntry {
  id: string;
  /** ISO date-time. */
  at: string;
  principalId: string;
  principalName: string;
  action: string;
  recordIds: string[];
  relatedIds: string[];
  allRecords: boolean;
  before: string | null;
  after: string | null;
  reason: string | null;
  undoes: string | null;
  undoneBy: string | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'at' | 'undoneBy'>;

export interface AuditFilter {
  recordId?: string | null;
  who?: string | null;
  from?: string | null;
  to?: string | null;
  after?: { at: string; id: string } | null;
}

export interface StoredAnswer {
  fingerprint: string;
  result: string;
}

export class AuditRepository {
  constructor(private readonly db: QueryRunner) {}

  async page(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.read('audit/listAuditRecords', {
      recordId: filter.recordId ?? null,
      who: filter.who ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      after: filter.after ?? null,
      limit: cypherInteger(limit),
    });
    return rows.map(toEntry);
  }

  async get(id: string): Promise<AuditEntry | null> {
    const [row] = await this.db.read('audit/getAuditRecords', { ids: [id] });
    return row ? toEntry(row) : null;
  }

  /** Changes after `id` that touch what it wrote, oldest first. */
  async laterChanges(
    id: string,
  ): Promise<Pick<AuditEntry, 'id' | 'action' | 'at' | 'principalName' | 'undoes' | 'undoneBy'>[]> {
    const rows = await this.db.read('audit/findLaterChanges', { id });
    return rows.map((r) => ({
      id: String(r.id),
      action: String(r.action),
      at: String(r.at),
      principalName: String(r.principalName),
      undoes: (r.undoes as string | null) ?? null,
      undoneBy: (r.undoneBy as string | null) ?? null,
    }));
  }

  async storedAnswer(key: string): Promise<StoredAnswer | null> {
    const [row] = await this.db.read('audit/findIdempotencyKey', { key });
    return row ? { fingerprint: String(row.fingerprint), result: String(row.result) } : null;
  }
}

/** The statements of the audit trail that run inside a write's transaction. */
export class AuditWriter {
  constructor(private readonly tx: WriteTransaction) {}

  /** The records as they are; `lock` takes their write locks first (before a write). */
  async snapshots(ids: readonly string[], lock: boolean): Promise<Snapshots> {
    const rows = await this.tx.run('audit/snapshotRecords', { ids, lock });
    return new Map(rows.map((r) => [String(r.id), snapshotOf(r)]));
  }

  async append(entry: NewAuditEntry): Promise<void> {
    await this.tx.run('audit/appendAuditRecord', { ...entry });
  }

  async saveAnswer(key: string, principalId: string, answer: StoredAnswer, auditId: string): Promise<void> {
    await this.tx.run('audit/saveIdempotencyKey', { key, principalId, ...answer, auditId });
  }

  /** Puts the records back as the snapshots show them. */
  async restore(snapshots: Snapshots): Promise<void> {
    const { records, relationships, aliases } = restoreParams(snapshots);
    await this.tx.run('audit/restoreRecords', { records });
    await this.tx.run('audit/restoreRelationships', { relationships });
    await this.tx.run('audit/restoreAliases', { aliases });
  }
}

function toEntry(row: Row): AuditEntry {
  const r = row.record as Record<string, Plain>;
  const text = (v: Plain | undefined) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(r.id),
    at: String(r.at),
    principalId: String(r.principalId),
    principalName: String(r.principalName),
    action: String(r.action),
    recordIds: (r.recordIds as string[] | null) ?? [],
    relatedIds: (r.relatedIds as string[] | null) ?? [],
    allRecords: r.allRecords === true,
    before: text(r.before),
    after: text(r.after),
    reason: text(r.reason),
    undoes: text(r.undoes),
    undoneBy: text(r.undoneBy),
  };
}
