/**
 * Editors correct the record: update, retract and delete claims, delete records nothing depends
 * on, unlink claims, and undo any of it while nothing later depends on the change. An undo puts
 * the graph back exactly as it was, and can itself be undone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resetGraphAndAudit } from '../helpers/audit.js';
import { graphSnapshot } from '../helpers/graph.js';
import { dataOf, EDITOR_TOKEN, useTestService } from '../helpers/service.js';

const service = useTestService((s) => resetGraphAndAudit(s.db));
const editor = { token: EDITOR_TOKEN };

const claimInput = (id: string, quote: string) => ({
  id,
  chain: ['source:marrow-ledger'],
  quote,
  predicate: 'OCCURRED',
  subject: 'event:marrow-flood',
  time: { start: '2031-04-02' },
});

const CLAIM = `query($id: ID!) { claim(id: $id) { id quote verification supportedBy { id } } }`;
const UPDATE = `mutation($input: ClaimInput!, $reason: String) { updateClaim(input: $input, reason: $reason) { id quote } }`;
const RETRACT = `mutation($id: ID!) { retractClaim(id: $id, reason: "The ledger withdrew it") { id verification } }`;
const DELETE = `mutation($id: ID!) { deleteRecord(id: $id, reason: "duplicate") { auditId recordIds } }`;
const UNDO = `mutation($id: ID!) { undo(auditId: $id, reason: "mistake") { auditId recordIds } }`;
const EVENT_DATES = `{ event(id: "event:marrow-flood") { firstDate } }`;

async function mutate<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  return dataOf(await service.query<T>(query, variables, editor));
}

async function lastAuditId(recordId: string): Promise<string> {
  const [row] = await service.db.runText(
    'MATCH (a:AuditRecord) WHERE $id IN a.recordIds RETURN a.id AS id ORDER BY a.at DESC LIMIT 1',
    { id: recordId },
  );
  return String(row!.id);
}

beforeAll(async () => {
  await mutate(
    `mutation { addSource(input: { id: "source:marrow-ledger", name: "Marrow Ledger",
    kind: MEDIA, form: ARTICLE, publishedOn: "2031-04-03" }) { id } }`,
    {},
  );
  await mutate(
    `mutation { addEntity(input: { id: "event:marrow-flood", type: EVENT, eventType: OTHER,
    name: "Flood at Marrow" }) { id } }`,
    {},
  );
  for (const [id, quote] of [
    ['claim:marrow-a', 'The river broke its banks at Marrow.'],
    ['claim:marrow-b', 'Water reached the mill by noon.'],
    ['claim:marrow-c', 'The flood began before dawn.'],
  ]) {
    await mutate(`mutation($input: ClaimInput!) { addClaim(input: $input) { id } }`, {
      input: claimInput(id!, quote!),
    });
  }
});

describe('editing claims', () => {
  it('update a claim, validated as the import validates it', async () => {
    const { updateClaim } = await mutate<{ updateClaim: { quote: string } }>(UPDATE, {
      input: claimInput('claim:marrow-a', 'The river broke both its banks at Marrow.'),
      reason: 'quote corrected against the article',
    });
    expect(updateClaim.quote).toBe('The river broke both its banks at Marrow.');
    const invalid = await service.query(
      UPDATE,
      { input: { ...claimInput('claim:marrow-a', 'x'), object: 'place:nowhere' } },
      editor,
    );
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.object', message: 'OCCURRED takes no object' }],
    });
    const missing = await service.query(UPDATE, { input: claimInput('claim:marrow-none', 'x') }, editor);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('retract a claim: kept, shown as retracted, no longer updated', async () => {
    const { retractClaim } = await mutate<{ retractClaim: { verification: string } }>(RETRACT, {
      id: 'claim:marrow-c',
    });
    expect(retractClaim.verification).toBe('RETRACTED');
    const [row] = await service.db.runText(
      'MATCH (c:Claim {id: "claim:marrow-c"}) RETURN c.retractedByName AS who, c.retractionReason AS why',
    );
    expect(row!.why).toBe('The ledger withdrew it');
    expect(row!.who).toEqual(expect.any(String));
    const update = await service.query(UPDATE, { input: claimInput('claim:marrow-c', 'changed') }, editor);
    expect(update.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuse to delete a record others depend on, naming them', async () => {
    const result = await service.query(DELETE, { id: 'event:marrow-flood' }, editor);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toContain('claim:marrow-a (SUBJECT)');
    expect(result.errors?.[0]?.message).toContain('claim:marrow-b (SUBJECT)');
  });

  it('unlink claims an editor linked, and say when there is no such link', async () => {
    await mutate(
      `mutation { linkClaims(from: "claim:marrow-b", to: "claim:marrow-a", relation: SUPPORTS) { id } }`,
      {},
    );
    expect(
      (await mutate<{ claim: { supportedBy: unknown[] } }>(CLAIM, { id: 'claim:marrow-a' })).claim
        .supportedBy,
    ).toEqual([{ id: 'claim:marrow-b' }]);
    const UNLINK = `mutation { unlinkClaims(from: "claim:marrow-a", to: "claim:marrow-b", relation: SUPPORTS) { recordIds } }`;
    expect(await mutate(UNLINK, {})).toEqual({
      unlinkClaims: { recordIds: ['claim:marrow-a', 'claim:marrow-b'] },
    });
    expect(
      (await mutate<{ claim: { supportedBy: unknown[] } }>(CLAIM, { id: 'claim:marrow-a' })).claim
        .supportedBy,
    ).toEqual([]);
    const again = await service.query(UNLINK, {}, editor);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('undo', () => {
  it('put a deleted claim back exactly as it was, and undo the undo', async () => {
    const before = await graphSnapshot(service.db);
    const datesBefore = await mutate(EVENT_DATES, {});
    const { deleteRecord } = await mutate<{ deleteRecord: { auditId: string } }>(DELETE, {
      id: 'claim:marrow-b',
    });
    expect((await mutate<{ claim: null }>(CLAIM, { id: 'claim:marrow-b' })).claim).toBeNull();
    const afterDelete = await graphSnapshot(service.db);

    const { undo } = await mutate<{ undo: { auditId: string } }>(UNDO, { id: deleteRecord.auditId });
    expect(await graphSnapshot(service.db)).toEqual(before);
    expect(await mutate(EVENT_DATES, {})).toEqual(datesBefore);
    const again = await service.query(UNDO, { id: deleteRecord.auditId }, editor);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await mutate(UNDO, { id: undo.auditId });
    expect(await graphSnapshot(service.db)).toEqual(afterDelete);
  });

  it('refuse while a later change depends on it, naming it; allow once that is undone', async () => {
    await mutate(UPDATE, { input: claimInput('claim:marrow-a', 'First correction.') });
    const first = await lastAuditId('claim:marrow-a');
    await mutate(UPDATE, { input: claimInput('claim:marrow-a', 'Second correction.') });
    const second = await lastAuditId('claim:marrow-a');

    const blocked = await service.query(UNDO, { id: first }, editor);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(blocked.errors?.[0]?.message).toContain(second);

    await mutate(UNDO, { id: second });
    expect((await mutate<{ claim: { quote: string } }>(CLAIM, { id: 'claim:marrow-a' })).claim.quote).toBe(
      'First correction.',
    );
    await mutate(UNDO, { id: first });
    expect((await mutate<{ claim: { quote: string } }>(CLAIM, { id: 'claim:marrow-a' })).claim.quote).toBe(
      'The river broke both its banks at Marrow.',
    );
  });

  it('undo a retraction', async () => {
    const retraction = await lastAuditId('claim:marrow-c');
    await mutate(UNDO, { id: retraction });
    const { claim } = await mutate<{ claim: { verification: string } }>(CLAIM, { id: 'claim:marrow-c' });
    expect(claim.verification).toBe('UNVERIFIED');
    const [row] = await service.db.runText(
      'MATCH (c:Claim {id: "claim:marrow-c"}) RETURN c.retractedAt AS at',
    );
    expect(row!.at).toBeNull();
  });
});
