/**
 * The floor: each question answered by one hand-written Cypher statement through neo4j-driver,
 * written to be as fast as we can make it, for the caller the benchmark plays (no clearance, so
 * claims marked identifying are left out and protected sources show their public label).
 * Statements are fixed text; every value is a parameter. The building blocks below are static
 * Cypher spliced into static Cypher, never user input.
 */

/** Claims an uncleared caller may see. */
const visible = (c: string) => `coalesce(${c}.identifying, false) = false`;

/** The lens the lens-filtered page uses: every source of the chain graded $minReliability or better. */
const visibleThroughLens = (c: string) =>
  `${visible(c)} AND NOT EXISTS { (${c})-[:ATTRIBUTED_TO]->(g) WHERE coalesce(g.reliabilityGrade, 'F') > $minReliability }`;

/** Who a claim ultimately comes from: the original source's speaker, or that source. */
const speakerOf = (c: string) =>
  `[(${c})-[:ATTRIBUTED_TO {origin: true}]->(o) | coalesce([(o)-[:SPOKEN_BY]->(sp) | sp.id][0], o.id)][0]`;

const shownName = (s: string) =>
  `CASE WHEN coalesce(${s}.protected, false) THEN coalesce(${s}.publicLabel, 'Protected source') ELSE ${s}.name END`;

const chainOf = (c: string) =>
  `[(${c})-[r:ATTRIBUTED_TO]->(s) | { position: r.position, id: s.id, name: ${shownName('s')} }]`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('name_fulltext', $query, { limit: 200 }) YIELD node, score
WITH CASE WHEN node:Alias THEN head([(node)<-[:KNOWN_AS]-(owner) | owner]) ELSE node END AS hit,
     node.name AS matched, score
WHERE hit IS NOT NULL AND coalesce(hit.protected, false) = false
WITH hit, matched, score ORDER BY score DESC
WITH hit, collect({ matched: matched, score: score })[0] AS best
RETURN hit.id AS id, hit.name AS name, best.matched AS matched, best.score AS score
ORDER BY score DESC, id
LIMIT $limit`;

/** Every visible claim about the event, with what the trace shows of each. */
export const EVENT_TRACE = `
MATCH (e:Node:Event {id: $id})
CALL (e) {
  MATCH (e)<-[:SUBJECT|OBJECT]-(c:Claim)
  WHERE ${visible('c')}
  RETURN collect(c {
    .id, .predicate, .role, .quote, .countLow, .countHigh, .countBest, .countMeasure, .countCategory,
    .countUnit, .countQualifier, .timeStart, .timeEnd, .timeEdtf, .timePhrase,
    subject: [(c)-[:SUBJECT]->(x) | x { .id, .name }][0],
    object: [(c)-[:OBJECT]->(x) | x { .id, .name }][0],
    places: [(c)-[:AT_PLACE]->(p) | p { .id, .name }],
    chain: ${chainOf('c')}
  }) AS claims
}
RETURN e { .id, .name, .eventType, .firstDate, .lastDate } AS event, claims`;

export const ACTOR_PROFILE = `
MATCH (a:Node:Entity {id: $id})
RETURN a.id AS id, a.name AS name,
  [(a)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(ev:Event)
     WHERE c.predicate IN ['PARTICIPATED_IN', 'BLAMED_FOR'] AND ${visible('c')}
     | { claim: c.id, predicate: c.predicate, role: c.role, event: ev.id, eventName: ev.name,
         origin: [(c)-[:ATTRIBUTED_TO {origin: true}]->(o) | o.id][0] }] AS roles,
  [(a)<-[:SPOKEN_BY]-(:Source)<-[:ATTRIBUTED_TO {origin: true}]-(c:Claim) WHERE ${visible('c')} | c { .id, .quote }]
    + [(a)<-[:SUBJECT]-(c:Claim {predicate: 'STATED'}) WHERE ${visible('c')} | c { .id, .quote }] AS statements`;

/** A keyset page of events in time order, with places and participants (and their chains). */
const eventPage = (claimVisible: (c: string) => string, inView: string) => `
MATCH (e:Event)
WHERE e.sortDate >= date($afterDate)
  AND ($afterId IS NULL OR e.sortDate > date($afterDate) OR e.id > $afterId)
  AND e.eventType IN $types AND e.lastDate >= date($from) AND e.firstDate <= date($to)
  ${inView}
WITH e ORDER BY e.sortDate, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.eventType AS eventType, e.firstDate AS firstDate,
  [(e)<-[:SUBJECT]-(c:Claim)-[:OBJECT|AT_PLACE]->(p:Place) WHERE ${claimVisible('c')} | p { .id, .name }] AS places,
  [(e)<-[:OBJECT]-(c:Claim {predicate: 'PARTICIPATED_IN'})-[:SUBJECT]->(x) WHERE ${claimVisible('c')}
     | { role: c.role, id: x.id, name: x.name, claim: c.id, chain: ${chainOf('c')} }] AS participants`;

export const EVENT_PAGE = eventPage(visible, '');
export const LENS_EVENT_PAGE = eventPage(
  visibleThroughLens,
  `AND EXISTS { (e)<-[:SUBJECT|OBJECT]-(v:Claim) WHERE ${visibleThroughLens('v')} }`,
);

/** The (sortDate, id) key after which page `$page` of the filtered events starts (set-up only). */
export const EVENT_PAGE_KEY = `
MATCH (e:Event)
WHERE e.eventType IN $types AND e.lastDate >= date($from) AND e.firstDate <= date($to)
WITH e ORDER BY e.sortDate, e.id
SKIP $skip LIMIT 1
RETURN toString(e.sortDate) AS date, e.id AS id`;

/**
 * The entities one step from x, once per claim (or containment) that makes the step: the other
 * ends of the claim-backed edges x is an end of (entity-to-entity predicates; the places an
 * event's other claims name) and containment either way.
 */
const steps = (x: string, y: string) => `
CALL (${x}) {
  MATCH (${x})<-[hin:SUBJECT|OBJECT]-(c:Claim)-[hout:SUBJECT|OBJECT|AT_PLACE]->(${y}:Entity)
  WHERE ${visible('c')}
    AND ((type(hout) = 'OBJECT' AND c.predicate IN $entityPredicates)
         OR (type(hout) = 'AT_PLACE' AND c.predicate <> 'OCCURRED_IN')
         OR (type(hout) = 'SUBJECT' AND type(hin) = 'OBJECT' AND c.predicate IN $entityPredicates))
  RETURN ${y}
  UNION ALL
  MATCH (${x})-[:PART_OF]-(${y}:Entity)
  RETURN ${y}
}`;

/**
 * Depth 2 around one entity: each ring ordered by how many claims tie its entities to the ring
 * before, then by id; the first $limit entities kept, every one reached counted; the edges
 * between kept entities with their claim and independent-speaker counts.
 */
export const NEIGHBOURHOOD = `
MATCH (start:Node:Entity {id: $id})
CALL (start) {
  ${steps('start', 'y')}
  WITH y, count(*) AS tied WHERE y <> start
  ORDER BY tied DESC, y.id
  RETURN collect(y) AS ring1
}
CALL (start, ring1) {
  UNWIND ring1 AS x
  ${steps('x', 'y')}
  WITH start, ring1, y WHERE y <> start AND NOT y IN ring1
  WITH y, count(*) AS tied
  ORDER BY tied DESC, y.id
  RETURN collect(y) AS ring2
}
WITH [start] + ring1 + ring2 AS reachable
WITH reachable, reachable[0..$limit] AS included
CALL (included) {
  UNWIND included AS s
  MATCH (s)<-[:SUBJECT]-(c:Claim)-[r:OBJECT|AT_PLACE]->(t)
  WHERE t IN included AND ${visible('c')}
    AND ((type(r) = 'OBJECT' AND c.predicate IN $entityPredicates)
         OR (type(r) = 'AT_PLACE' AND c.predicate <> 'OCCURRED_IN'))
  WITH s, t, c, CASE type(r) WHEN 'OBJECT' THEN c.predicate ELSE 'OCCURRED_IN' END AS relation,
       CASE type(r) WHEN 'OBJECT' THEN c.role END AS role, ${speakerOf('c')} AS speaker
  WITH s, t, relation, role, count(DISTINCT c) AS claimCount, count(DISTINCT speaker) AS speakers
  RETURN relation + '|' + s.id + '|' + t.id + coalesce('|' + role, '') AS edge, claimCount, speakers
  UNION ALL
  UNWIND included AS s
  MATCH (s)-[:PART_OF]->(t) WHERE t IN included
  RETURN 'PART_OF|' + s.id + '|' + t.id AS edge, 0 AS claimCount, 0 AS speakers
}
WITH reachable, included, collect({ id: edge, claimCount: claimCount, independentSources: speakers }) AS edges
RETURN [n IN included | n.id] AS nodes, edges, size(reachable) - size(included) AS omittedNodes`;

/** Shortest connections: claims are the middle of a hop, containment a hop of its own. */
export const PATHS = `
MATCH (a:Node:Entity {id: $from}), (b:Node:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SUBJECT|OBJECT|AT_PLACE|PART_OF*..8]-(b))
WHERE all(n IN nodes(p) WHERE NOT n:Claim OR ${visible('n')})
WITH DISTINCT [n IN nodes(p) WHERE NOT n:Claim] AS hops
WITH hops, reduce(key = '', n IN hops | key + n.id + ',') AS key
ORDER BY size(hops), key
LIMIT $first
CALL (hops) {
  UNWIND range(0, size(hops) - 2) AS i
  WITH hops[i] AS u, hops[i + 1] AS v
  RETURN collect(COUNT { (u)-[:PART_OF]-(v) }
    + COUNT { (u)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT|AT_PLACE]->(v) WHERE ${visible('c')} }) AS hopClaims
}
RETURN [n IN hops | n.id] AS nodes, hopClaims`;

/** The events in a place (with the places inside it), through the claims that place them. */
const eventsInPlace = (period: string) => `
MATCH (:Node:Place {id: $place})<-[:PART_OF*0..10]-(:Place)<-[:OBJECT|AT_PLACE]-(pc:Claim)-[:SUBJECT]->(e:Event)
WHERE ${visible('pc')} ${period}
WITH DISTINCT e`;

/**
 * Totals, HIGHEST_PER_SPEAKER: per event and measure each speaker's highest figure (ties: the
 * latest), the event's range from the lowest to the highest of those, events added up.
 */
export const TOTALS = `
${eventsInPlace('')}
MATCH (e)<-[:SUBJECT]-(k:Claim {predicate: 'COUNT'})
WHERE ${visible('k')} AND k.verification <> 'RETRACTED' AND k.countLow IS NOT NULL
WITH e, k, ${speakerOf('k')} AS speaker
ORDER BY k.countLow DESC, coalesce(k.saidOn, date(k.recordedAt)) DESC
WITH e, k.countMeasure AS measure, k.countCategory AS category, k.countUnit AS unit, speaker,
     head(collect(k)) AS picked
WITH measure, category, unit, count(DISTINCT speaker) AS independentSpeakers,
     collect({ e: e, low: picked.countLow, high: coalesce(picked.countHigh, picked.countLow),
               open: picked.countHigh IS NULL }) AS figures
CALL (figures) {
  UNWIND figures AS f
  WITH f.e AS e, min(f.low) AS low, max(f.high) AS high, any(x IN collect(f.open) WHERE x) AS open
  RETURN sum(low) AS low, sum(high) AS high, any(x IN collect(open) WHERE x) AS openEnded
}
RETURN measure, category, unit, low, high, openEnded, independentSpeakers
ORDER BY measure, category`;

/**
 * What disputes are made of in a place and period: the figures and dates that fill slots, and
 * the explicit disputes and contradictions among the scope's claims. Sides are drawn up from
 * these rows by the caller (floor.ts), as the service does after its own statements.
 */
export const DISPUTES = `
${eventsInPlace('AND ($from IS NULL OR e.lastDate >= date($from)) AND ($to IS NULL OR e.firstDate <= date($to))')}
MATCH (e)<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE ${visible('c')}
WITH collect(DISTINCT c) AS scope
CALL (scope) {
  UNWIND scope AS c
  WITH c WHERE c.predicate IN ['COUNT', 'OCCURRED_ON'] AND c.verification <> 'RETRACTED'
  RETURN collect(c {
    .id, .predicate, .countMeasure, .countCategory, .countUnit, .countLow, .countHigh,
    timeStart: toString(c.timeStart), timeEnd: toString(c.timeEnd),
    subject: [(c)-[:SUBJECT]->(s) | s.id][0],
    said: toString(coalesce(c.saidOn, date(c.recordedAt))),
    speaker: ${speakerOf('c')}
  }) AS slotted
}
CALL (scope) {
  UNWIND scope AS c
  MATCH (c)<-[:ABOUT]-(d:Claim {predicate: 'DISPUTES'})
  WHERE ${visible('d')} AND d.verification <> 'RETRACTED' AND c.verification <> 'RETRACTED'
  RETURN collect({ claim: c.id, against: d.id, predicate: c.predicate,
                   subject: [(c)-[:SUBJECT]->(s) | s.id][0] }) AS explicit
}
CALL (scope) {
  UNWIND scope AS c
  MATCH (c)-[:CONTRADICTS_CLAIM]-(o:Claim)
  WHERE ${visible('o')} AND o.verification <> 'RETRACTED' AND c.verification <> 'RETRACTED'
  WITH CASE WHEN c.id < o.id THEN c ELSE o END AS first, CASE WHEN c.id < o.id THEN o ELSE c END AS second
  WITH DISTINCT first, second
  RETURN collect({ claim: first.id, against: second.id, predicate: first.predicate,
                   subject: [(first)-[:SUBJECT]->(s) | s.id][0] }) AS contradictions
}
RETURN size(scope) AS scopeClaims, slotted, explicit, contradictions`;

/** Set-up lookups, never timed. */
export const SETUP = {
  name: `MATCH (n:Node {id: $id}) RETURN n.name AS name`,
  /** An event of the busy town with participants, times, counts, blame and reports. */
  traceEvent: `
MATCH (:Node:Place {id: $town})<-[:OBJECT]-(:Claim {predicate: 'OCCURRED_IN'})-[:SUBJECT]->(e:Event)
WHERE EXISTS { (e)<-[:OBJECT]-(:Claim {predicate: 'BLAMED_FOR'}) }
  AND EXISTS { (e)<-[:OBJECT]-(:Claim {predicate: 'PARTICIPATED_IN'}) }
  AND EXISTS { (e)<-[:SUBJECT]-(:Claim {predicate: 'COUNT'}) }
  AND EXISTS { (e)<-[:SUBJECT]-(:Claim {predicate: 'OCCURRED'}) }
RETURN e.id AS id ORDER BY COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } DESC, e.id LIMIT 1`,
  eventsInScope: `${eventsInPlace('AND ($from IS NULL OR e.lastDate >= date($from)) AND ($to IS NULL OR e.firstDate <= date($to))')}
RETURN count(e) AS events`,
} as const;
