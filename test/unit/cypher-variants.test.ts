/**
 * A statement runs with only the filters its parameters use: `// @when` blocks of the statement
 * and its fragments are kept or dropped by the parameters, and without parameters the fullest
 * variant comes back.
 */
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/neo4j/queries.js';

const noLens = {
  cleared: false,
  asOf: null,
  verification: null,
  firstHandOnly: false,
  onlySource: null,
  originKinds: null,
  minReliability: null,
  excludeAffiliatedWith: null,
};
const page = { afterId: '', limit: 21 };
const noEventFilter: Record<string, string | null> = {
  types: null,
  from: null,
  to: null,
  placeId: null,
  involvingId: null,
  sourceId: null,
  near: null,
};
const noFilter = {
  predicates: null,
  verification: null,
  aboutId: null,
  sourceId: null,
  firstHandOnly: false,
};

describe('cypher variants', () => {
  it('splices the visibility fragment in with only the lens fields that are set', () => {
    const plain = cypher('claim/listClaims', { ...page, filter: noFilter, view: noLens });
    expect(plain).toContain('coalesce(c.identifying, false) = false');
    expect(plain).not.toContain('reliabilityGrade');
    expect(plain).not.toContain('__it__');
    expect(plain).not.toMatch(/@\w+\(/);

    const graded = cypher('claim/listClaims', {
      ...page,
      filter: noFilter,
      view: { ...noLens, minReliability: 'B' },
    });
    expect(graded).toContain("coalesce(v_graded.reliabilityGrade, 'F') > $view.minReliability");
  });

  it('drops the identifying-claims test for cleared callers, and keeps it for everyone else', () => {
    const cleared = cypher('claim/getClaimsByIds', { ids: [], view: { ...noLens, cleared: true } });
    expect(cleared).not.toContain('identifying');
    expect(cypher('claim/getClaimsByIds', { ids: [], view: noLens })).toContain('identifying');
  });

  it('treats an empty list as not set', () => {
    const text = cypher('claim/listClaims', {
      ...page,
      filter: { ...noFilter, predicates: [] },
      view: noLens,
    });
    expect(text).not.toContain('$filter.predicates');
  });

  it('chooses between exclusive blocks with a negated condition', () => {
    const filter = noEventFilter;
    const ofEvent = cypher('provenance/sumCountFiguresInScope', {
      eventId: 'event:x',
      filter,
      view: noLens,
    });
    expect(ofEvent).toContain('(:Node:Event {id: $eventId})');
    expect(ofEvent).not.toContain('MATCH (e:Event)');
    const ofPlace = cypher('provenance/sumCountFiguresInScope', { eventId: null, filter, view: noLens });
    expect(ofPlace).not.toContain('{id: $eventId}');
    expect(ofPlace).toContain('MATCH (e:Event)');
  });

  it('gives the fullest variant without parameters', () => {
    const text = cypher('event/listEvents');
    for (const part of [
      '$filter.placeId',
      '$filter.involvingId',
      '$filter.near',
      '$view.excludeAffiliatedWith',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('// @when');
  });
});

describe('event pages', () => {
  const params = (over: Record<string, string>) => ({
    filter: { ...noEventFilter, ...over, inViewOnly: false },
    view: noLens,
    afterDate: '0001-01-01',
    afterId: null,
    limit: 21,
  });

  it('walk the time index when no party or source is named', () => {
    const text = cypher('event/listEvents', params({ placeId: 'place:x' }));
    expect(text).toContain(
      'MATCH (e:Event)\nUSING INDEX e:Event(sortDate, id)\nWHERE e.sortDate >= date($afterDate)',
    );
    expect(text).not.toContain('anchored');
  });

  it("start from a named party's claims, or else a named source's", () => {
    const party = cypher('event/listEvents', params({ involvingId: 'actor:x', sourceId: 'source:y' }));
    expect(party).toContain('(:Node {id: $filter.involvingId})<-[:SUBJECT]-');
    expect(party).not.toContain('(:Node {id: $filter.sourceId})');
    expect(party).not.toContain('MATCH (e:Event)');
    const source = cypher('event/listEvents', params({ sourceId: 'source:y' }));
    expect(source).toContain('(:Node {id: $filter.sourceId})<-[:ATTRIBUTED_TO]-');
    expect(source).not.toContain('MATCH (e:Event)');
  });
});
