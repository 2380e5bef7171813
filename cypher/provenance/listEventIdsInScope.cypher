// The events of a scope: an event with the events inside it, or else the events a place/period
// filter keeps, in time order, at most $limit (the caller turns more into an error, never a cut).
// Parameters: $eventId: id|null, $filter (see fragments/eventInFilter; used when $eventId is
//   null), $view (see fragments/claimVisible), $limit
// Returns: ids: [event id]
CALL () {
  MATCH (:Node:Event {id: $eventId})<-[:PART_OF*0..10]-(e:Event)
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE $eventId IS NULL AND @eventInFilter(e)
  RETURN e
}
WITH e ORDER BY e.sortDate, e.id
LIMIT $limit
RETURN collect(e.id) AS ids
