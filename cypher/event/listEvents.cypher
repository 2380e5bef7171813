// One page of events in time order (sortDate, then id; undated events sort last), filtered.
// Keyset pagination: the page starts after the last row's key and stops after $limit rows.
// Without a party or source to start from, the event_sort index serves the order, so page 1000
// costs what page 1 does; with one, the walk starts from that record's claims, so a page costs
// what that record's events cost, not what the whole graph does.
// Parameters: $filter, $view (see fragments/eventInFilter and fragments/claimVisible),
//   $afterDate: 'YYYY-MM-DD' (the last row's sort date; '0001-01-01' for the first page),
//   $afterId: id|null (the last row's id; null for the first page), $limit (page size + 1)
// Returns: records: [event] (at most $limit, in order; see fragments/entityFields)
// @when filter.involvingId
MATCH (:Node {id: $filter.involvingId})<-[:SUBJECT]-(:Claim)-[:OBJECT]->(anchored:Event)
WITH DISTINCT anchored AS e
WHERE e.sortDate >= date($afterDate)
// @end
// @when !filter.involvingId
// @when filter.sourceId
MATCH (:Node {id: $filter.sourceId})<-[:ATTRIBUTED_TO]-(:Claim)-[:SUBJECT|OBJECT]->(anchored:Event)
WITH DISTINCT anchored AS e
WHERE e.sortDate >= date($afterDate)
// @end
// @when !filter.sourceId
// The hint makes the walk follow the event_sort index in its order (the other filters are tested
// on the way, and the walk stops at $limit rows), where the planner would otherwise seek every
// event of the filter's types and dates and sort them all: 1,600 db hits instead of 200,000 for a
// page of one type at a million claims. The index is on (sortDate, id), so both need a predicate.
MATCH (e:Event)
USING INDEX e:Event(sortDate, id)
WHERE e.sortDate >= date($afterDate) AND e.id IS NOT NULL
// @end
// @end
  AND ($afterId IS NULL OR e.sortDate > date($afterDate) OR e.id > $afterId)
  AND @eventInFilter(e)
WITH e ORDER BY e.sortDate, e.id
LIMIT $limit
RETURN collect(@entityFields(e)) AS records
