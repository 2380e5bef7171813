/**
 * Entity resolution: editors merge two spellings of one commander (his claims and aliases move,
 * the old id answers the kept entity), undo splits them exactly as they were, pairs judged not
 * the same leave the list of likely duplicates, and protected entities stay out of it for
 * uncleared callers. Over a fictional fixture (test/fixtures/corriden-commanders.json).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidationError } from '../../src/errors.js';
import { DATASET_FORMAT } from '../../src/import/dataset-schema.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { resetGraphAndAudit } from '../helpers/audit.js';
import { graphSnapshot } from '../helpers/graph.js';
import { createTestKey } from '../helpers/keys.js';
import { dataOf, EDITOR_TOKEN, loadFixtures, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await resetGraphAndAudit(s.db);
  await loadFixtures(s.db, 'corriden-commanders');
});

const KEEP = 'actor:varek-dunhollow';
const ABSORB = 'actor:varec-dunhalow';
const FERRYMAN = 'actor:varek-dunhill';
const INFORMANT = 'actor:corriden-informant';

/** The editor token is cleared (editors curate protected material); this editor's key is not. */
const cleared = { token: EDITOR_TOKEN };
const keys = { uncleared: '', analyst: '', admin: '' };

beforeAll(async () => {
  keys.uncleared = await createTestKey(service.db, 'editor');
  keys.analyst = await createTestKey(service.db, 'analyst');
  keys.admin = await createTestKey(service.db, 'admin', { cleared: true });
});

const MERGE = `mutation($keep: ID!, $absorb: ID!) {
  mergeEntities(keep: $keep, absorb: $absorb, reason: "Same commander: the Radio spells him Dunhalow") { auditId recordIds } }`;
const NOT_SAME = `mutation($a: ID!, $b: ID!) {
  markNotSame(a: $a, b: $b, reason: "The ferryman is another man") { auditId recordIds } }`;
const UNDO = `mutation($id: ID!) { undo(auditId: $id) { auditId } }`;
const DUPLICATES = `query($type: EntityType, $first: Int, $after: String) {
  likelyDuplicates(type: $type, first: $first, after: $after) {
    edges { node { first { id name } second { id name } score reasons distanceKm } }
    pageInfo { hasNextPage endCursor } } }`;
const ACTOR = `query($id: ID!) { actor(id: $id) { id name claims { id } aliases { name usedBy { id } } } }`;

interface Pair {
  first: { id: string; name: string };
  second: { id: string; name: string };
  score: number;
  reasons: string[];
  distanceKm: number | null;
}

interface DuplicatesPage {
  likelyDuplicates: {
    edges: { node: Pair }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every pair, read two at a time: the cursors must neither skip nor repeat a pair. */
async function pairs(type: string, token = cleared.token): Promise<Pair[]> {
  const found: Pair[] = [];
  let after: string | null = null;
  do {
    const page: DuplicatesPage = dataOf(
      await service.query<DuplicatesPage>(DUPLICATES, { type, first: 2, after }, { token }),
    );
    const { likelyDuplicates } = page;
    found.push(...likelyDuplicates.edges.map((e) => e.node));
    after = likelyDuplicates.pageInfo.hasNextPage ? likelyDuplicates.pageInfo.endCursor : null;
  } while (after);
  return found;
}

const idsOf = (found: Pair[]) => found.map((p) => `${p.first.id} ~ ${p.second.id}`);

function errorOf(result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message };
}

/** Great-circle distance, to check the database's figure independently. */
function haversineKm(a: [number, number], b: [number, number]): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b[0] - a[0]);
  const dLon = rad(b[1] - a[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const AUDIT = `query($id: ID!) { auditTrail(recordId: $id, first: 1) { edges { node {
  action recordIds reason who { name } at } } } }`;

async function lastChange(recordId: string) {
  const { auditTrail } = dataOf(
    await service.query<{
      auditTrail: {
        edges: { node: { action: string; recordIds: string[]; reason: string; who: { name: string } } }[];
      };
    }>(AUDIT, { id: recordId }, { token: keys.admin }),
  );
  return auditTrail.edges[0]?.node;
}

describe('likely duplicates', () => {
  it('pairs alike names of one type and kind, each pair once, in pages; leaves protected entities to the cleared', async () => {
    // Every Varek/Varec of the fixture is a person with an alike name; the faction and places are not actors.
    const all = [
      `${INFORMANT} ~ ${ABSORB}`,
      `${INFORMANT} ~ ${FERRYMAN}`,
      `${INFORMANT} ~ ${KEEP}`,
      `${ABSORB} ~ ${FERRYMAN}`,
      `${ABSORB} ~ ${KEEP}`,
      `${FERRYMAN} ~ ${KEEP}`,
    ];
    expect(idsOf(await pairs('ACTOR'))).toEqual(all);
    const uncleared = await pairs('ACTOR', keys.uncleared);
    expect(idsOf(uncleared)).toEqual(all.filter((p) => !p.includes(INFORMANT)));
    expect(JSON.stringify(uncleared)).not.toContain('Dunholm');
    const commander = uncleared.find((p) => p.second.id === KEEP && p.first.id === ABSORB)!;
    expect(commander.reasons).toEqual(['names alike: "Commander Dunhollow", "Varek Dunhollow"']);
  });

  it('scores places nearby higher, with their distance', async () => {
    const [mills, ...rest] = await pairs('PLACE');
    expect(rest).toEqual([]);
    expect(`${mills!.first.id} ~ ${mills!.second.id}`).toBe('place:coriden-mill ~ place:corriden-mill');
    const km = haversineKm([12.5, 21.0], [12.51, 21.01]);
    expect(mills!.distanceKm).toBeCloseTo(km, 1);
    expect(mills!.reasons).toContain(`${km.toFixed(1)} km apart (nearby)`);
    expect(mills!.score).toBeGreaterThan(1);
  });
});

describe('merging entities', () => {
  it('moves claims and aliases to the kept entity, answers the old id with it, and undo restores the graph exactly', async () => {
    const before = await graphSnapshot(service.db);
    const { mergeEntities } = dataOf(
      await service.query<{ mergeEntities: { auditId: string; recordIds: string[] } }>(
        MERGE,
        { keep: KEEP, absorb: ABSORB },
        cleared,
      ),
    );
    expect(mergeEntities.recordIds).toEqual([KEEP, ABSORB]);

    const { actor } = dataOf(
      await service.query<{
        actor: {
          id: string;
          claims: { id: string }[];
          aliases: { name: string; usedBy: { id: string }[] }[];
        };
      }>(ACTOR, { id: KEEP }, cleared),
    );
    expect(actor.claims.map((c) => c.id)).toEqual([
      'claim:dunhalow-led-raid',
      'claim:dunhalow-member-guard',
      'claim:dunhollow-leads-guard',
    ]);
    expect(actor.aliases).toEqual([
      { name: 'Commander Dunhollow', usedBy: [{ id: 'source:corriden-herald' }] },
      { name: 'V. Dunhalow', usedBy: [{ id: 'source:corriden-radio' }] },
      { name: 'Varec Dunhalow', usedBy: [] },
    ]);
    const old = dataOf(
      await service.query<{ node: { id: string }; actor: { id: string; name: string } }>(
        `query($id: ID!) { node(id: $id) { id } actor(id: $id) { id name } }`,
        { id: ABSORB },
        cleared,
      ),
    );
    expect(old).toEqual({ node: { id: KEEP }, actor: { id: KEEP, name: 'Varek Dunhollow' } });
    // The old spelling finds the kept entity; the tombstone is in no list.
    const search = dataOf(
      await service.query<{ search: { node: { id: string }; matched: string }[] }>(
        `{ search(text: "Varec Dunhalow") { node { id } matched } }`,
        {},
        cleared,
      ),
    );
    expect(search.search.map((h) => h.node.id)).not.toContain(ABSORB);
    expect(search.search[0]).toEqual({ node: { id: KEEP }, matched: 'Varec Dunhalow' });
    expect(idsOf(await pairs('ACTOR')).filter((p) => p.includes(ABSORB))).toEqual([]);
    expect(await lastChange(ABSORB)).toMatchObject({
      action: 'MERGE_ENTITIES',
      recordIds: [KEEP, ABSORB],
      reason: 'Same commander: the Radio spells him Dunhalow',
      who: { name: 'the editor token' },
    });

    const merged = errorOf(await service.query(MERGE, { keep: FERRYMAN, absorb: ABSORB }, cleared));
    expect(merged).toEqual({
      code: 'CONFLICT',
      message: `${ABSORB} was merged into ${KEEP}; use ${KEEP} instead`,
    });

    // A dataset written before the merge is told which id to use now, and nothing is written.
    const lateReport = {
      format: DATASET_FORMAT,
      dataset: { id: 'dataset:corriden-late', title: 'A late report' },
      claims: [
        {
          id: 'claim:late-membership',
          chain: ['source:corriden-radio'],
          quote: 'Dunhalow still rides with the Ashen Guard.',
          predicate: 'MEMBER_OF',
          subject: ABSORB,
          object: 'faction:ashen-guard',
        },
      ],
    };
    const refused = (await importDataset(service.db, lateReport).catch((e: unknown) => e)) as ValidationError;
    expect(refused.issues).toEqual([
      {
        path: 'claims[0] (claim:late-membership).subject',
        message: `${ABSORB} was merged into ${KEEP}; use ${KEEP} instead`,
      },
    ]);

    dataOf(await service.query(UNDO, { id: mergeEntities.auditId }, cleared));
    expect(await graphSnapshot(service.db)).toEqual(before);
    const split = dataOf(await service.query<{ actor: { id: string } }>(ACTOR, { id: ABSORB }, cleared));
    expect(split.actor.id).toBe(ABSORB);
  });

  it('refuses an entity and itself, two types, a missing entity, and a public with a protected one, writing nothing', async () => {
    const before = await graphSnapshot(service.db);
    const refusals = [
      [{ keep: KEEP, absorb: KEEP }, 'BAD_USER_INPUT', 'An entity cannot be merged with itself'],
      [
        { keep: KEEP, absorb: 'faction:ashen-guard' },
        'BAD_USER_INPUT',
        `${KEEP} is an Actor and faction:ashen-guard a Faction: only entities of one type can be merged`,
      ],
      [
        { keep: KEEP, absorb: 'actor:nobody' },
        'NOT_FOUND',
        'No actor, faction, place or event has the id actor:nobody',
      ],
      [
        { keep: KEEP, absorb: INFORMANT },
        'CONFLICT',
        `${INFORMANT} is protected and ${KEEP} is not; protect both or neither before merging them`,
      ],
    ] as const;
    for (const [variables, code, message] of refusals) {
      expect(errorOf(await service.query(MERGE, variables, cleared))).toEqual({ code, message });
    }
    expect(await graphSnapshot(service.db)).toEqual(before);
  });
});

describe('not the same', () => {
  it('hides the pair from likely duplicates and refuses its merge, until undone', async () => {
    const { markNotSame } = dataOf(
      await service.query<{ markNotSame: { auditId: string } }>(NOT_SAME, { a: KEEP, b: FERRYMAN }, cleared),
    );
    expect(idsOf(await pairs('ACTOR'))).not.toContain(`${FERRYMAN} ~ ${KEEP}`);
    expect(idsOf(await pairs('ACTOR'))).toContain(`${ABSORB} ~ ${KEEP}`);
    expect(errorOf(await service.query(MERGE, { keep: FERRYMAN, absorb: KEEP }, cleared))).toEqual({
      code: 'CONFLICT',
      message: `${FERRYMAN} and ${KEEP} were judged not the same (markNotSame); undo that judgement to merge them`,
    });
    expect(errorOf(await service.query(NOT_SAME, { a: FERRYMAN, b: KEEP }, cleared))).toEqual({
      code: 'CONFLICT',
      message: `${FERRYMAN} and ${KEEP} are already judged not the same`,
    });
    expect(await lastChange(FERRYMAN)).toMatchObject({
      action: 'MARK_NOT_SAME',
      reason: 'The ferryman is another man',
    });

    dataOf(await service.query(UNDO, { id: markNotSame.auditId }, cleared));
    expect(idsOf(await pairs('ACTOR'))).toContain(`${FERRYMAN} ~ ${KEEP}`);
  });

  it('passes to the kept entity when one of the pair is merged', async () => {
    const { markNotSame } = dataOf(
      await service.query<{ markNotSame: { auditId: string } }>(
        NOT_SAME,
        { a: ABSORB, b: FERRYMAN },
        cleared,
      ),
    );
    const { mergeEntities } = dataOf(
      await service.query<{ mergeEntities: { auditId: string } }>(
        MERGE,
        { keep: KEEP, absorb: ABSORB },
        cleared,
      ),
    );
    expect(idsOf(await pairs('ACTOR'))).not.toContain(`${FERRYMAN} ~ ${KEEP}`);
    dataOf(await service.query(UNDO, { id: mergeEntities.auditId }, cleared));
    dataOf(await service.query(UNDO, { id: markNotSame.auditId }, cleared));
  });
});

describe('roles', () => {
  it('an analyst may neither merge, judge, nor list likely duplicates', async () => {
    const token = keys.analyst;
    for (const [query, variables] of [
      [MERGE, { keep: KEEP, absorb: ABSORB }],
      [NOT_SAME, { a: KEEP, b: FERRYMAN }],
      [DUPLICATES, { type: 'ACTOR' }],
    ] as const) {
      expect(errorOf(await service.query(query, variables, { token })).code).toBe('FORBIDDEN');
    }
  });
});
