/** The audit trail and idempotency keys, read and cleared straight in Neo4j: for tests of writes. */
import type { Database } from '../../src/neo4j/database.js';
import { resetGraph } from './service.js';

/** Empties the graph, the audit trail and the stored answers of idempotency keys. */
export async function resetGraphAndAudit(db: Database): Promise<void> {
  await resetGraph(db);
  await db.runText('MATCH (n) WHERE n:AuditRecord OR n:IdempotencyKey DETACH DELETE n');
}

/** How many audit records list the record among those they wrote. */
export async function auditCount(db: Database, recordId: string): Promise<number> {
  const [row] = await db.runText('MATCH (a:AuditRecord) WHERE $id IN a.recordIds RETURN count(a) AS n', {
    id: recordId,
  });
  return Number(row!.n);
}
