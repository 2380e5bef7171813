/**
 * The questions the benchmark asks, each three ways: the service's GraphQL over HTTP, the floor's
 * one hand-written statement, and (where it can express it) the peer's GraphQL. Each way's answer
 * is reduced to a fingerprint, so that the benchmark can check they agree before timing them.
 */
import neo4j from 'neo4j-driver';
import { ENTITY_OBJECT_PREDICATES } from '../../src/domain/vocabulary.js';
import * as floor from './floor-statements.js';
import { disputesFingerprint, traceSections } from './fingerprints.js';
import type { GraphQLRequest } from './graphql-client.js';
import { PEER_NESTED, PEER_PAGE, PEER_TRACE, peerPageWhere } from './peer-queries.js';
import type { Targets } from './targets.js';

export type Row = Record<string, any>;

export interface Fingerprint {
  /** The whole answer, canonical: floor and service agree when these are equal. */
  full: string;
  /** The part the peer's answer can show (event ids on a page, claim ids of a trace). */
  peerView?: string;
}

export interface Question {
  key: string;
  title: string;
  /** Whether the targets are about this question (the 1M claims p50 target, and the 10k ratio). */
  core: boolean;
  service: GraphQLRequest;
  floor: { statement: string; params: Record<string, unknown> };
  peer?: GraphQLRequest;
  fingerprint: {
    service(data: any): Fingerprint;
    floor(rows: Row[]): Fingerprint;
    peer?(data: any): string;
  };
  /** Why the question is not asked at this size (such as a page that does not exist). */
  skip?: string;
}

const sorted = (items: Iterable<string>) => [...items].sort();
const ids = (items: { id: string }[]) => sorted(items.map((i) => i.id)).join(',');
const lines = (items: Iterable<string>) => sorted(items).join('\n');
/** Undefined-free JSON: what a fingerprint is made of. */
const canonical = (value: unknown) => JSON.stringify(value);

const AGENT = '... on Actor { id name } ... on Faction { id name }';
const CHAIN = 'chain { id name }';

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) { type name matched score node { id } }
}`;

const TRACE = `query Trace($id: ID!) {
  event(id: $id) {
    id name eventType firstDate lastDate
    participants { role participant { ${AGENT} } claims { id quote ${CHAIN} } }
    places { place { id name } claims { id } }
    times { time { start end edtf phrase } claims { id } }
    counts { id quote count { low high best measure category unit qualifier } originalSource { id name } ${CHAIN} }
    blame { accused { ${AGENT} } accuser { id name } claims { id quote ${CHAIN} } }
    reports { id quote ${CHAIN} }
  }
}`;

const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) {
    id name
    events { role event { id name } claims { id } }
    accusations { event { id } accuser { id name } claims { id } }
    statements { id quote }
  }
}`;

const PAGE = `query Page($filter: EventFilter, $after: String, $lens: Lens) {
  events(filter: $filter, first: 20, after: $after, lens: $lens) {
    edges {
      node {
        id name eventType firstDate
        places { place { id name } }
        participants { role participant { ${AGENT} } claims { id ${CHAIN} } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!) {
  neighbourhood(ids: [$id], depth: 2, limit: 200) {
    nodes { id type label } edges { id claimCount independentSources } truncated omittedNodes
  }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 4, first: 5) { length nodes { id } hops { edge { id claimCount } } }
}`;

const TOTALS = `query Totals($place: ID!) {
  totals(place: $place) { measure category unit low high openEnded independentSpeakers }
}`;

const DISPUTES = `query Disputes($place: ID!, $from: Date, $to: Date) {
  disputes(place: $place, from: $from, to: $to) {
    predicate subject { id }
    sides { supporting { id } opposing { id } independentSupport independentOpposition }
  }
}`;

/** Page size plus one: the extra row says whether there is a next page. */
const PAGE_LIMIT = neo4j.int(21);
export const LENS = { minReliability: 'C' } as const;

function pageFingerprints(): Question['fingerprint'] {
  return {
    service: (data) => {
      const edges = data.events.edges as { node: any }[];
      const rows = edges.map(({ node }) => {
        const claims = node.participants.flatMap((p: any) => p.claims).length;
        return `${node.id}|${claims}|${node.places.length}`;
      });
      return {
        full: canonical({ rows, next: data.events.pageInfo.hasNextPage }),
        peerView: edges.map((e) => e.node.id).join(','),
      };
    },
    floor: (rows) => {
      const page = rows.slice(0, 20);
      const shown = page.map(
        (r) => `${r.id}|${r.participants.length}|${new Set(r.places.map((p: any) => p.id)).size}`,
      );
      return {
        full: canonical({ rows: shown, next: rows.length > 20 }),
        peerView: page.map((r) => r.id).join(','),
      };
    },
    peer: (data) => data.eventsConnection.edges.map((e: any) => e.node.id).join(','),
  };
}

function disputesQuestion(key: string, title: string, scope: Targets['disputes']['town']): Question {
  return {
    key,
    title,
    core: key === 'disputes',
    service: { query: DISPUTES, variables: scope },
    floor: { statement: floor.DISPUTES, params: scope },
    fingerprint: {
      service: (data) => ({
        full: lines(
          data.disputes.map(
            (d: any) =>
              `${d.predicate}|${d.subject?.id ?? ''}|${sorted(d.sides.map((s: any) => ids(s.supporting))).join(' / ')}`,
          ),
        ),
      }),
      floor: (rows) => ({ full: lines(disputesFingerprint(rows[0]!)) }),
    },
  };
}

export function questions(t: Targets): Question[] {
  const pageParams = (after: { date: string; id: string } | null) => ({
    ...t.pageFilter,
    afterDate: after?.date ?? '0001-01-01',
    afterId: after?.id ?? null,
    limit: PAGE_LIMIT,
  });
  const serviceFilter = { types: t.pageFilter.types, from: t.pageFilter.from, to: t.pageFilter.to };
  const list: Question[] = [
    {
      key: 'search',
      title: `search "${t.searchText}" (a misspelt busy actor)`,
      core: true,
      service: { query: SEARCH, variables: { text: t.searchText } },
      floor: { statement: floor.SEARCH, params: { query: t.searchQuery, limit: neo4j.int(10) } },
      fingerprint: {
        service: (data) => ({ full: data.search.map((h: any) => h.node.id).join(',') }),
        floor: (rows) => ({ full: rows.map((r) => r.id).join(',') }),
      },
    },
    {
      key: 'eventTrace',
      title: 'event trace (participants, places, times, counts, blame, reports, with sources)',
      core: true,
      service: { query: TRACE, variables: { id: t.traceEvent } },
      floor: { statement: floor.EVENT_TRACE, params: { id: t.traceEvent } },
      peer: { query: PEER_TRACE, variables: { id: t.traceEvent } },
      fingerprint: {
        service: (data) => {
          const e = data.event;
          const sections = {
            participants: lines(
              e.participants.map((p: any) => `${p.participant.id}|${p.role}|${ids(p.claims)}`),
            ),
            places: lines(e.places.map((p: any) => `${p.place.id}|${ids(p.claims)}`)),
            times: lines(e.times.map((x: any) => `${x.time.edtf}|${ids(x.claims)}`)),
            counts: ids(e.counts),
            blame: lines(e.blame.map((b: any) => `${b.accused.id}|${b.accuser.id}|${ids(b.claims)}`)),
            reports: ids(e.reports),
          };
          const all = [
            ...e.participants.flatMap((p: any) => p.claims),
            ...e.places.flatMap((p: any) => p.claims),
            ...e.times.flatMap((x: any) => x.claims),
            ...e.counts,
            ...e.blame.flatMap((b: any) => b.claims),
            ...e.reports,
          ];
          return {
            full: canonical(sections),
            peerView: sorted(new Set(all.map((c: any) => c.id))).join(','),
          };
        },
        floor: (rows) => traceSections(t.traceEvent, rows[0]!.claims),
        peer: (data) => {
          const e = data.events[0];
          const traced = [
            ...e.mentions,
            ...e.claims.filter(
              (c: any) =>
                ['OCCURRED_IN', 'COUNT', 'OCCURRED'].includes(c.predicate) || c.places.length || c.timeEdtf,
            ),
          ];
          return sorted(new Set(traced.map((c: any) => c.id))).join(',');
        },
      },
    },
    {
      key: 'actorProfile',
      title: 'actor profile (a busy actor: events, accusations, statements)',
      core: true,
      service: { query: ACTOR, variables: { id: t.busyActor } },
      floor: { statement: floor.ACTOR_PROFILE, params: { id: t.busyActor } },
      fingerprint: {
        service: (data) => {
          const a = data.actor;
          return {
            full: canonical({
              events: lines(a.events.map((r: any) => `${r.event.id}|${r.role}|${ids(r.claims)}`)),
              accusations: lines(
                a.accusations.map((x: any) => `${x.event.id}|${x.accuser.id}|${ids(x.claims)}`),
              ),
              statements: ids(a.statements),
            }),
          };
        },
        floor: (rows) => {
          const { roles, statements } = rows[0]!;
          const group = (items: any[], keyOf: (r: any) => string) => {
            const groups = new Map<string, string[]>();
            for (const r of items) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r.claim]);
            return lines([...groups].map(([k, claims]) => `${k}|${sorted(claims).join(',')}`));
          };
          const accusing = roles.filter(
            (r: any) =>
              r.predicate === 'BLAMED_FOR' || (r.predicate === 'PARTICIPATED_IN' && r.role === 'PERPETRATOR'),
          );
          return {
            full: canonical({
              events: group(
                roles.filter((r: any) => r.predicate === 'PARTICIPATED_IN'),
                (r) => `${r.event}|${r.role}`,
              ),
              accusations: group(accusing, (r) => `${r.event}|${r.origin}`),
              statements: sorted(new Set(statements.map((s: any) => s.id as string))).join(','),
            }),
          };
        },
      },
    },
    {
      key: 'eventPage1',
      title: 'filtered event page, page 1 (first: 20)',
      core: true,
      service: { query: PAGE, variables: { filter: serviceFilter } },
      floor: { statement: floor.EVENT_PAGE, params: pageParams(null) },
      peer: { query: PEER_PAGE, variables: { where: peerPageWhere(t.pageFilter), first: 20 } },
      fingerprint: pageFingerprints(),
    },
    {
      key: 'eventPage1000',
      title: 'filtered event page, page 1000 (after walking 999 cursors)',
      core: true,
      service: { query: PAGE, variables: { filter: serviceFilter, after: t.page1000.serviceCursor } },
      floor: { statement: floor.EVENT_PAGE, params: pageParams(t.page1000.floorKey) },
      peer: {
        query: PEER_PAGE,
        variables: { where: peerPageWhere(t.pageFilter), first: 20, after: t.page1000.peerCursor },
      },
      fingerprint: pageFingerprints(),
      ...(t.page1000.floorKey
        ? {}
        : {
            skip: `page 1000 does not exist: the filter keeps ${t.pageFilterEvents} events (${Math.ceil(t.pageFilterEvents / 20)} pages)`,
          }),
    },
    {
      key: 'lensPage',
      title: `lens-filtered event page (lens ${canonical(LENS)})`,
      core: true,
      service: { query: PAGE, variables: { filter: serviceFilter, lens: LENS } },
      floor: { statement: floor.LENS_EVENT_PAGE, params: { ...pageParams(null), ...LENS } },
      fingerprint: pageFingerprints(),
    },
    {
      key: 'neighbourhood',
      title: 'depth-2 neighbourhood of the busiest town (limit 200)',
      core: true,
      service: { query: NEIGHBOURHOOD, variables: { id: t.busyTown } },
      floor: {
        statement: floor.NEIGHBOURHOOD,
        params: {
          id: t.busyTown,
          limit: neo4j.int(200),
          entityPredicates: ENTITY_OBJECT_PREDICATES,
        },
      },
      peer: { query: PEER_NESTED, variables: { id: t.busyTown } },
      fingerprint: {
        service: (data) => {
          const n = data.neighbourhood;
          return {
            full: canonical({
              nodes: ids(n.nodes),
              edges: lines(n.edges.map((e: any) => `${e.id}|${e.claimCount}|${e.independentSources}`)),
              omitted: n.omittedNodes,
            }),
          };
        },
        floor: (rows) => {
          const r = rows[0]!;
          return {
            full: canonical({
              nodes: sorted(r.nodes as string[]).join(','),
              edges: lines(r.edges.map((e: any) => `${e.id}|${e.claimCount}|${e.independentSources}`)),
              omitted: r.omittedNodes,
            }),
            // The peer's nested query is the town's events and their participants: its events
            // are checked against the town's events, which the neighbourhood's limit cuts short.
            peerView: t.townEvents.join(','),
          };
        },
        peer: (data) =>
          sorted(
            new Set(data.places[0].mentions.flatMap((m: any) => m.subject.map((s: any) => s.id as string))),
          ).join(','),
      },
    },
    {
      key: 'paths',
      title: 'paths between the busy actor and the busiest town (maxLength 4, first 5)',
      core: true,
      service: { query: PATHS, variables: { from: t.busyActor, to: t.busyTown } },
      floor: { statement: floor.PATHS, params: { from: t.busyActor, to: t.busyTown, first: neo4j.int(5) } },
      fingerprint: {
        service: (data) => ({
          full: lines(data.paths.map((p: any) => p.nodes.map((n: any) => n.id).join('>'))),
        }),
        floor: (rows) => ({ full: lines(rows.map((r) => r.nodes.join('>'))) }),
      },
    },
    {
      key: 'totals',
      title: 'totals for the country (HIGHEST_PER_SPEAKER)',
      core: true,
      service: { query: TOTALS, variables: { place: t.country } },
      floor: { statement: floor.TOTALS, params: { place: t.country } },
      fingerprint: {
        service: (data) => ({ full: lines(data.totals.map(totalLine)) }),
        floor: (rows) => ({ full: lines(rows.map(totalLine)) }),
      },
    },
    disputesQuestion(
      'disputes',
      `disputes in the busiest town, ${t.disputes.town.from}..${t.disputes.town.to}`,
      t.disputes.town,
    ),
    disputesQuestion('disputesCountry', 'disputes in the whole country, all dates', t.disputes.country),
  ];
  return list;
}

function totalLine(t: any): string {
  return [t.measure, t.category ?? '', t.unit, t.low, t.high, t.openEnded, t.independentSpeakers].join('|');
}
