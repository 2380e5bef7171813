/**
 * No N+1: the number of statements a request sends to Neo4j depends on the shape of the query,
 * not on how many items it returns.
 */
import { describe, expect, it } from 'vitest';
import { dataOf, useTestService } from '../helpers/service.js';

const TRACE_OF_EVENTS = `query($first: Int) {
  events(first: $first) {
    edges { node {
      name
      participants { role participant { ... on Actor { name } ... on Faction { name } } claims { quote chain { name } } }
      places { place { name containedIn { name } } claims { quote } }
      times { time { edtf } claims { originalSource { name } } }
      counts { count { low high } commentary { quote } }
      blame { accused { ... on Actor { name } ... on Faction { name } } accuser { name } }
      subEvents { name }
    } }
  }
}`;

const service = useTestService();

describe('round trips per request', () => {
  it('do not grow with the number of events a list returns, with the whole trace nested', async () => {
    const small = await service.query<{ events: { edges: unknown[] } }>(TRACE_OF_EVENTS, { first: 1 });
    const large = await service.query<{ events: { edges: unknown[] } }>(TRACE_OF_EVENTS, { first: 100 });
    expect(dataOf(small).events.edges).toHaveLength(1);
    expect(dataOf(large).events.edges.length).toBeGreaterThan(15);
    // One statement for the page, then one per kind of record per level of nesting: a level
    // that has nothing to load for one event may have something for twenty, hence at most one
    // more, never one per event. The page comes with its events, and their claims with the
    // participants and sources they name: the page, the claims, the places' containers and the
    // commentary are the levels left.
    expect(large.roundTrips - small.roundTrips).toBeLessThanOrEqual(1);
    expect(large.roundTrips).toBeLessThanOrEqual(5);
  });

  it('answer a single lookup with the trace in a handful of statements', async () => {
    const result = await service.query(
      `{ event(id: "event:qusour-raids") { participants { participant { ... on Faction { name } } claims { quote chain { name } commentary { quote } } } } }`,
    );
    dataOf(result);
    // The event, then its claims with the factions and sources they name (and no commentary).
    expect(result.roundTrips).toBe(2);
  });
});
