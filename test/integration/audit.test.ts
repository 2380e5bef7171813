/**
 * The audit trail: every change (mutations, imports, undos) is recorded with who, when, what,
 * before and after, and why, in the transaction that made it; admins read it a page at a time,
 * filtered by record, caller and time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { auditedImportFile } from '../../src/services/audit-trail.js';
import { resetGraphAndAudit } from '../helpers/audit.js';
import { createTestKey } from '../helpers/keys.js';
import { dataOf, EDITOR_TOKEN, useTestService } from '../helpers/service.js';

const service = useTestService((s) => resetGraphAndAudit(s.db));
const editor = { token: EDITOR_TOKEN };
let admin: { token: string };

interface AuditNode {
  id: string;
  at: string;
  who: { id: string; name: string };
  action: string;
  recordIds: string[];
  before: string | null;
  after: string | null;
  reason: string | null;
  undoes: string | null;
  undoneBy: string | null;
}

const TRAIL = `query($recordId: ID, $who: ID, $from: DateTime, $first: Int, $after: String) {
  auditTrail(recordId: $recordId, who: $who, from: $from, first: $first, after: $after) {
    edges { cursor node { id at who { id name } action recordIds before after reason undoes undoneBy } }
    pageInfo { hasNextPage endCursor }
  } }`;

async function trail(variables: Record<string, unknown>) {
  const { auditTrail } = dataOf(
    await service.query<{
      auditTrail: { edges: { node: AuditNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(TRAIL, variables, admin),
  );
  return auditTrail;
}

const ADD_SOURCE = `mutation($input: SourceInput!, $reason: String) { addSource(input: $input, reason: $reason) { id } }`;

beforeAll(async () => {
  admin = { token: await createTestKey(service.db, 'admin', { cleared: true }) };
});

describe('the audit trail', () => {
  it('records a mutation with who, when, what, before, after and why', async () => {
    const started = new Date().toISOString();
    dataOf(
      await service.query(
        ADD_SOURCE,
        {
          input: { id: 'source:fenwick-post', name: 'Fenwick Post', kind: 'MEDIA', form: 'ARTICLE' },
          reason: 'cited by the Fenwick claims',
        },
        editor,
      ),
    );
    const { edges } = await trail({ recordId: 'source:fenwick-post' });
    expect(edges).toHaveLength(1);
    const record = edges[0]!.node;
    expect(record).toMatchObject({
      action: 'ADD_SOURCE',
      recordIds: ['source:fenwick-post'],
      reason: 'cited by the Fenwick claims',
      undoes: null,
      undoneBy: null,
    });
    expect(record.who.name).toBeTruthy();
    expect(Date.parse(record.at)).toBeGreaterThanOrEqual(Date.parse(started) - 1000);
    expect(JSON.parse(record.before!)).toEqual({ 'source:fenwick-post': null });
    const after = JSON.parse(record.after!)['source:fenwick-post'];
    expect(after.labels).toEqual(['Node', 'Source']);
    expect(after.props.name).toEqual({ value: 'Fenwick Post' });
  });

  it('records nothing for a write that was refused', async () => {
    const refused = await service.query(
      ADD_SOURCE,
      { input: { id: 'source:fenwick-post', name: 'Again', kind: 'MEDIA', form: 'ARTICLE' } },
      editor,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await trail({ recordId: 'source:fenwick-post' })).edges).toHaveLength(1);
  });

  it('records an undo, and marks the change it undid', async () => {
    const DELETE = `mutation { deleteRecord(id: "source:fenwick-post", reason: "test record") { auditId } }`;
    const { deleteRecord } = dataOf(
      await service.query<{ deleteRecord: { auditId: string } }>(DELETE, {}, editor),
    );
    const UNDO = `mutation($id: ID!) { undo(auditId: $id, reason: "still needed") { auditId } }`;
    const { undo } = dataOf(
      await service.query<{ undo: { auditId: string } }>(UNDO, { id: deleteRecord.auditId }, editor),
    );
    const nodes = (await trail({ recordId: 'source:fenwick-post' })).edges.map((e) => e.node);
    expect(nodes.map((n) => n.action)).toEqual(['UNDO', 'DELETE_RECORD', 'ADD_SOURCE']);
    expect(nodes[0]).toMatchObject({
      id: undo.auditId,
      undoes: deleteRecord.auditId,
      reason: 'still needed',
    });
    expect(nodes[1]).toMatchObject({ id: deleteRecord.auditId, undoneBy: undo.auditId });
  });

  it('records an import run with the records it defines', async () => {
    const file = new URL('../fixtures/velmora.json', import.meta.url).pathname;
    await auditedImportFile(
      service.db,
      file,
      { id: 'cli:test', name: 'the import test' },
      { reason: 'fixture' },
    );
    const { edges } = await trail({ who: 'cli:test' });
    expect(edges).toHaveLength(1);
    expect(edges[0]!.node).toMatchObject({
      action: 'IMPORT',
      who: { id: 'cli:test' },
      reason: 'fixture',
      before: null,
    });
    expect(edges[0]!.node.recordIds).toContain('source:velmora-gazette');
    expect(JSON.parse(edges[0]!.node.after!).datasetId).toBe('dataset:velmora-fixture');
  });

  it('pages newest first, each record once', async () => {
    const all = (await trail({ first: 100 })).edges.map((e) => e.node.id);
    expect(all).toHaveLength(4);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await trail({ first: 2, after });
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
    const times = (await trail({ first: 100 })).edges.map((e) => Date.parse(e.node.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('filters by time', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await trail({ from: future })).edges).toEqual([]);
  });
});
