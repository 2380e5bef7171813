/**
 * What each question is asked about at a size: the busy records the generator names in its
 * summary, an event worth tracing, the page filter and the key or cursor of page 1000, and the
 * dispute scopes. Looked up once per size, before anything is timed.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { buildSearchQuery } from '../../src/services/search-query.js';
import type { CorpusSummary } from './corpus.js';
import * as floor from './floor-statements.js';
import { postGraphQL } from './graphql-client.js';
import { peerCursorAfter } from './peer-queries.js';

export interface Targets {
  country: string;
  busyActor: string;
  busyTown: string;
  /** The busy actor's name with two letters swapped, as a hurried reporter would write it. */
  searchText: string;
  /** The Lucene query the service builds from it (the floor runs the same search). */
  searchQuery: string;
  traceEvent: string;
  pageFilter: { types: string[]; from: string; to: string };
  pageFilterEvents: number;
  /** Where page 1000 starts, for each system; null where the filter has fewer pages. */
  page1000: {
    floorKey: { date: string; id: string } | null;
    serviceCursor: string | null;
    peerCursor: string | null;
  };
  /** The events placed in the busy town (what the peer's nested query must find). */
  townEvents: string[];
  disputes: {
    town: { place: string; from: string | null; to: string | null };
    country: { place: string; from: string | null; to: string | null };
  };
  disputeScopeEvents: { town: number; country: number };
}

const PAGE = 1000;
const PAGE_SIZE = 20;
const PAGE_FILTER = {
  types: ['VIOLENCE_AGAINST_CIVILIANS', 'ARMED_CLASH', 'AMBUSH', 'LOOTING', 'SECURITY_OPERATION'],
  from: '2031-02-01',
  to: '2031-12-31',
};
/** A month: small enough for the dispute scope limit at every size. */
const DISPUTE_PERIOD = { from: '2031-03-01', to: '2031-03-31' };

export async function resolveTargets(driver: Driver, summary: CorpusSummary): Promise<Targets> {
  const one = async (statement: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(statement, params)).records[0]?.toObject() ?? null;
  const { country, busyActor, busyTown } = summary.ids;
  const actorName = String((await one(floor.SETUP.name, { id: busyActor }))!.name);
  const searchText = actorName.slice(0, 2) + actorName[3] + actorName[2] + actorName.slice(4);
  const traceEvent = String((await one(floor.SETUP.traceEvent, { town: busyTown }))!.id);
  const pageFilterEvents = Number(
    (await one(
      `MATCH (e:Event) WHERE e.eventType IN $types AND e.lastDate >= date($from) AND e.firstDate <= date($to)
       RETURN count(e) AS n`,
      PAGE_FILTER,
    ))!.n,
  );
  const exists = pageFilterEvents > (PAGE - 1) * PAGE_SIZE;
  const key = exists
    ? await one(floor.EVENT_PAGE_KEY, { ...PAGE_FILTER, skip: neo4j.int((PAGE - 1) * PAGE_SIZE - 1) })
    : null;
  const town = { place: busyTown, ...DISPUTE_PERIOD };
  const whole = { place: country, from: null, to: null };
  const scopeEvents = async (scope: typeof town | typeof whole) =>
    Number((await one(floor.SETUP.eventsInScope, scope))!.events);
  const townEvents = (
    await driver.executeQuery(
      `MATCH (:Node:Place {id: $town})<-[:OBJECT]-(c:Claim {predicate: 'OCCURRED_IN'})-[:SUBJECT]->(e:Event)
       WHERE coalesce(c.identifying, false) = false
       RETURN DISTINCT e.id AS id ORDER BY id`,
      { town: busyTown },
    )
  ).records.map((r) => String(r.get('id')));
  return {
    country,
    busyActor,
    busyTown,
    searchText,
    searchQuery: buildSearchQuery(searchText)!,
    traceEvent,
    pageFilter: PAGE_FILTER,
    pageFilterEvents,
    page1000: {
      floorKey: key ? { date: String(key.date), id: String(key.id) } : null,
      serviceCursor: null,
      peerCursor: exists ? peerCursorAfter((PAGE - 1) * PAGE_SIZE) : null,
    },
    townEvents,
    disputes: { town, country: whole },
    disputeScopeEvents: { town: await scopeEvents(town), country: await scopeEvents(whole) },
  };
}

/** Walks the service's cursors, page by page, to the cursor that opens page 1000. */
export async function walkToPage1000(url: string, targets: Targets): Promise<string | null> {
  if (!targets.page1000.floorKey) return null;
  const query = `query Walk($filter: EventFilter, $after: String) {
    events(filter: $filter, first: ${PAGE_SIZE}, after: $after) { pageInfo { hasNextPage endCursor } }
  }`;
  const { types, from, to } = targets.pageFilter;
  let after: string | null = null;
  for (let page = 1; page < PAGE; page += 1) {
    const answer = await postGraphQL(url, { query, variables: { filter: { types, from, to }, after } });
    if (answer.errors) throw new Error(`walking to page ${PAGE}: ${JSON.stringify(answer.errors)}`);
    const info = answer.data.events.pageInfo as { hasNextPage: boolean; endCursor: string | null };
    if (!info.hasNextPage) return null;
    after = info.endCursor;
  }
  return after;
}
