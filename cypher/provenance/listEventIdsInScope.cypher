// The events of a scope: an event with the events inside it, or else the events a place/period
// filter keeps, in time order, at most $limit (the caller turns more into an error, never a cut).
// Parameters: $eventId: id|null, $filter (see fragments/eventInFilter; used when $eventId is
//   null), $view (see fragments/claimVisible), $limit
// Returns: ids: [event id]
CALL () {
  // @when eventId
  MATCH (:Node:Event {id: $eventId})<-[:PART_OF*0..10]-(e:Event)
  RETURN e
  // @end
  // @when !eventId
  MATCH (e:Event)
  WHERE @eventInFilter(e)
  RETURN e
  // @end
}
WITH e ORDER BY e.sortDate, e.id
LIMIT $limit
RETURN collect(e.id) AS ids
