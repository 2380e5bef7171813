/** Editors' mutations: same rules as the import, refused without the editor token. */
import { describe, expect, it } from 'vitest';
import { dataOf, EDITOR_TOKEN, resetGraph, useTestService } from '../helpers/service.js';

const service = useTestService((s) => resetGraph(s.db));

const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { id name kind publishedOn reliability { grade } } }`;
const ADD_ENTITY = `mutation($input: EntityInput!) { addEntity(input: $input) {
  id name __typename ... on Place { kind location { latitude longitude } partOf { id } } } }`;
const ADD_CLAIM = `mutation($input: ClaimInput!) { addClaim(input: $input) {
  id predicate role quote chain { id } time { start phrase anchor } subject { id } object { id } } }`;

const editor = { token: EDITOR_TOKEN };

describe('mutations', () => {
  it('refuse anonymous callers, writing nothing', async () => {
    const result = await service.query(ADD_SOURCE, {
      input: { id: 'source:brenn-herald', name: 'Brenn Herald', kind: 'MEDIA', form: 'ARTICLE' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const lookup = dataOf(
      await service.query<{ source: null }>(`{ source(id: "source:brenn-herald") { id } }`),
    );
    expect(lookup.source).toBeNull();
  });

  it('add a source, places, a faction, an event and a claim that links them', async () => {
    const source = dataOf(
      await service.query(
        ADD_SOURCE,
        {
          input: {
            id: 'source:brenn-herald',
            name: 'Brenn Herald, 4 June 2032',
            kind: 'MEDIA',
            form: 'ARTICLE',
            publishedOn: '2032-06-04',
            reliability: { grade: 'C', gradedBy: 'test editor', gradedOn: '2032-06-05' },
          },
        },
        editor,
      ),
    );
    expect(source).toEqual({
      addSource: {
        id: 'source:brenn-herald',
        name: 'Brenn Herald, 4 June 2032',
        kind: 'MEDIA',
        publishedOn: '2032-06-04',
        reliability: { grade: 'C' },
      },
    });
    await service.query(
      ADD_ENTITY,
      { input: { id: 'place:ostland', type: 'PLACE', placeKind: 'COUNTRY', name: 'Ostland' } },
      editor,
    );
    const town = dataOf(
      await service.query(
        ADD_ENTITY,
        {
          input: {
            id: 'place:brenn',
            type: 'PLACE',
            placeKind: 'TOWN',
            name: 'Brenn',
            partOf: 'place:ostland',
            location: { latitude: 48.1, longitude: 11.2 },
            aliases: [{ name: 'Bren', source: 'source:brenn-herald' }],
          },
        },
        editor,
      ),
    );
    expect(town).toEqual({
      addEntity: {
        id: 'place:brenn',
        name: 'Brenn',
        __typename: 'Place',
        kind: 'TOWN',
        location: { latitude: 48.1, longitude: 11.2 },
        partOf: { id: 'place:ostland' },
      },
    });
    await service.query(
      ADD_ENTITY,
      {
        input: { id: 'faction:salt-guard', type: 'FACTION', factionKind: 'ARMED_GROUP', name: 'Salt Guard' },
      },
      editor,
    );
    await service.query(
      ADD_ENTITY,
      {
        input: {
          id: 'event:brenn-blockade',
          type: 'EVENT',
          eventType: 'ARMED_CLASH',
          name: 'Blockade of Brenn',
        },
      },
      editor,
    );
    const claim = dataOf(
      await service.query(
        ADD_CLAIM,
        {
          input: {
            id: 'claim:salt-guard-blockade',
            chain: ['source:brenn-herald'],
            quote: 'The Salt Guard closed the roads into Brenn on Monday.',
            predicate: 'PARTICIPATED_IN',
            subject: 'faction:salt-guard',
            object: 'event:brenn-blockade',
            role: 'PERPETRATOR',
            time: { phrase: 'on Monday' },
          },
        },
        editor,
      ),
    );
    expect(claim).toEqual({
      addClaim: {
        id: 'claim:salt-guard-blockade',
        predicate: 'PARTICIPATED_IN',
        role: 'PERPETRATOR',
        quote: 'The Salt Guard closed the roads into Brenn on Monday.',
        chain: [{ id: 'source:brenn-herald' }],
        time: { start: '2032-05-31', phrase: 'on Monday', anchor: '2032-06-04' },
        subject: { id: 'faction:salt-guard' },
        object: { id: 'event:brenn-blockade' },
      },
    });
    const search = dataOf(
      await service.query<{ search: { node: { id: string } }[] }>(`{ search(text: "Bren") { node { id } } }`),
    );
    expect(search.search.map((h) => h.node.id)).toContain('place:brenn');
  });

  it('name the field that is wrong and write nothing', async () => {
    const missingRole = await service.query(
      ADD_CLAIM,
      {
        input: {
          id: 'claim:no-role',
          chain: ['source:brenn-herald'],
          quote: 'They were there.',
          predicate: 'PARTICIPATED_IN',
          subject: 'faction:salt-guard',
          object: 'event:brenn-blockade',
        },
      },
      editor,
    );
    expect(missingRole.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.role', message: 'PARTICIPATED_IN needs a role' }],
    });
    const unknownObject = await service.query(
      ADD_CLAIM,
      {
        input: {
          id: 'claim:bad-object',
          chain: ['source:brenn-herald'],
          quote: 'They were there.',
          predicate: 'OCCURRED_IN',
          subject: 'event:brenn-blockade',
          object: 'place:nowhere',
        },
      },
      editor,
    );
    expect(unknownObject.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.object', message: 'place:nowhere is neither in this file nor in the graph' }],
    });
    const lookup = dataOf(
      await service.query<{ a: null; b: null }>(
        `{ a: claim(id: "claim:no-role") { id } b: claim(id: "claim:bad-object") { id } }`,
      ),
    );
    expect(lookup).toEqual({ a: null, b: null });
  });

  it('refuse an id that already exists rather than overwrite it', async () => {
    const result = await service.query(
      ADD_ENTITY,
      { input: { id: 'place:brenn', type: 'PLACE', placeKind: 'CITY', name: 'Somewhere else' } },
      editor,
    );
    expect(result.errors?.[0]?.message).toBe('place:brenn already exists; nothing was written');
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { place } = dataOf(
      await service.query<{ place: { name: string } }>(`{ place(id: "place:brenn") { name } }`),
    );
    expect(place.name).toBe('Brenn');
  });
});
