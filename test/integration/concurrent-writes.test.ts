/**
 * Safe writes: the database's unique constraint decides between writers of one id, so of many
 * at once exactly one succeeds and the others get CONFLICT naming the id; an import never turns
 * a record into one of another type; a retry with the same idempotency key answers as the first.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/import/import-dataset.js';
import { auditCount, resetGraphAndAudit } from '../helpers/audit.js';
import { graphCounts } from '../helpers/graph.js';
import { dataOf, EDITOR_TOKEN, useTestService } from '../helpers/service.js';

const service = useTestService((s) => resetGraphAndAudit(s.db));
const editor = { token: EDITOR_TOKEN };

const ADD_SOURCE = `mutation($input: SourceInput!, $key: String) {
  addSource(input: $input, idempotencyKey: $key) { id name } }`;
const ADD_ENTITY = `mutation($input: EntityInput!, $key: String) {
  addEntity(input: $input, idempotencyKey: $key) { id name __typename } }`;

const source = (name: string) => ({ id: 'source:quarry-gazette', name, kind: 'MEDIA', form: 'ARTICLE' });

describe('concurrent writes of one id', () => {
  it('let exactly one of 20 succeed; the others get CONFLICT naming the id', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        service.query(ADD_SOURCE, { input: source(`Quarry Gazette ${i}`) }, editor),
      ),
    );
    const won = results.filter((r) => r.data?.addSource);
    const lost = results.filter((r) => r.errors?.length);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) {
      expect(r.errors![0]!.extensions?.code).toBe('CONFLICT');
      expect(r.errors![0]!.message).toContain('source:quarry-gazette already exists');
    }
    const winner = (won[0]!.data as { addSource: { name: string } }).addSource.name;
    const stored = dataOf(
      await service.query<{ source: { name: string } }>(`{ source(id: "source:quarry-gazette") { name } }`),
    );
    expect(stored.source.name).toBe(winner);
    const counts = await graphCounts(service.db);
    expect(counts.labels.Source).toBe(1);
  });

  it('never merge two types into one node: an actor and a faction with one id, at once', async () => {
    const id = 'actor:tamsin-vey';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        service.query(
          ADD_ENTITY,
          {
            input:
              i % 2 === 0
                ? { id, type: 'ACTOR', actorKind: 'PERSON', name: 'Tamsin Vey' }
                : { id, type: 'FACTION', factionKind: 'ARMED_GROUP', name: 'Vey Company' },
          },
          editor,
        ),
      ),
    );
    expect(results.filter((r) => r.data?.addEntity)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const [row] = await service.db.runText('MATCH (n:Node {id: $id}) RETURN labels(n) AS labels', { id });
    const labels = (row!.labels as string[]).filter((l) => ['Actor', 'Faction'].includes(l));
    expect(labels).toHaveLength(1);
  });

  it('refuse an import that gives an existing id to a record of another type, writing nothing', async () => {
    const dataset = {
      format: 'claimgraph/1',
      dataset: { id: 'dataset:quarry', title: 'Quarry' },
      entities: [{ id: 'source:quarry-gazette', type: 'Place', kind: 'TOWN', name: 'Quarry' }],
    };
    await expect(importDataset(service.db, dataset)).rejects.toThrow(
      'id source:quarry-gazette already belongs to a Source in the graph',
    );
    const [row] = await service.db.runText(
      'MATCH (n:Node {id: "source:quarry-gazette"}) RETURN labels(n) AS labels',
    );
    expect((row!.labels as string[]).sort()).toEqual(['Node', 'Source']);
  });

  it('refuse, at the database, an import racing another that gives the id another type', async () => {
    const asType = (type: 'Actor' | 'Faction') => ({
      format: 'claimgraph/1',
      dataset: { id: `dataset:oren-${type.toLowerCase()}`, title: type },
      entities: [
        { id: 'actor:oren-hale', type, kind: type === 'Actor' ? 'PERSON' : 'ARMED_GROUP', name: 'Oren Hale' },
      ],
    });
    const outcomes = await Promise.allSettled(
      [0, 1].map((i) => importDataset(service.db, asType(i % 2 ? 'Actor' : 'Faction'))),
    );
    const [row] = await service.db.runText(
      'MATCH (n:Node {id: "actor:oren-hale"}) RETURN labels(n) AS labels',
    );
    const type = (row!.labels as string[]).find((l) => l === 'Actor' || l === 'Faction');
    // Every import of the type that won succeeded (imports update); every other was refused.
    for (const [i, outcome] of outcomes.entries()) {
      const wanted = i % 2 ? 'Actor' : 'Faction';
      if (wanted === type) expect(outcome.status).toBe('fulfilled');
      else {
        expect(outcome.status).toBe('rejected');
        expect(String((outcome as PromiseRejectedResult).reason.message)).toMatch(
          /actor:oren-hale (already belongs to a record of another type|already belongs to an? (Actor|Faction) in the graph)/,
        );
      }
    }
    expect((row!.labels as string[]).filter((l) => l === 'Actor' || l === 'Faction')).toHaveLength(1);
  });
});

describe('idempotency keys', () => {
  const place = { id: 'place:lowmere', type: 'PLACE', placeKind: 'TOWN', name: 'Lowmere' };

  it('answer a retry with the same key as the first time, writing once', async () => {
    const first = dataOf(await service.query(ADD_ENTITY, { input: place, key: 'key-lowmere' }, editor));
    const retry = dataOf(await service.query(ADD_ENTITY, { input: place, key: 'key-lowmere' }, editor));
    expect(retry).toEqual(first);
    expect(first).toEqual({ addEntity: { id: 'place:lowmere', name: 'Lowmere', __typename: 'Place' } });
    expect(await auditCount(service.db, 'place:lowmere')).toBe(1);
  });

  it('answer 20 parallel retries with one key as one write', async () => {
    const input = { ...place, id: 'place:harn', name: 'Harn' };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => service.query(ADD_ENTITY, { input, key: 'key-harn' }, editor)),
    );
    for (const r of results)
      expect(dataOf(r)).toEqual({ addEntity: { id: 'place:harn', name: 'Harn', __typename: 'Place' } });
    expect(await auditCount(service.db, 'place:harn')).toBe(1);
  });

  it('refuse a reused key with a different request', async () => {
    const result = await service.query(
      ADD_ENTITY,
      { input: { ...place, name: 'Lowmere Town' }, key: 'key-lowmere' },
      editor,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'idempotencyKey', message: 'already used for a different request' }],
    });
    const stored = dataOf(
      await service.query<{ place: { name: string } }>(`{ place(id: "place:lowmere") { name } }`),
    );
    expect(stored.place.name).toBe('Lowmere');
  });

  it('answer CONFLICT for the same request with a new key: the record exists', async () => {
    const result = await service.query(ADD_ENTITY, { input: place, key: 'key-lowmere-2' }, editor);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
