// Whether event __it__ is kept by an events filter, reading only the claims the caller may see.
// Parameters: $filter: { types: [event type]|null, from: 'YYYY-MM-DD'|null, to: 'YYYY-MM-DD'|null,
//   placeId: id|null (includes places inside it), involvingId: id|null (a participant or the
//   accused), sourceId: id|null (anywhere in a chain), near: { latitude, longitude, km }|null (a
//   place of the event, or its container when the place has no coordinates, lies within km),
//   inViewOnly: boolean (only events with at least one claim the view lets through) },
//   $view (see claimVisible)
// Returns: a boolean expression
// The records a filter names are matched by id without a label, on purpose: with a label the
// planner may start each test from that record and read all its claims, once per event.
true
// @when filter.types
AND __it__.eventType IN $filter.types
// @end
// @when filter.from
AND __it__.lastDate >= date($filter.from)
// @end
// @when filter.to
AND __it__.firstDate <= date($filter.to)
// @end
// @when filter.inViewOnly
AND EXISTS { MATCH (__it__)<-[:SUBJECT|OBJECT]-(f_seen:Claim) WHERE @claimVisible(f_seen) }
// @end
// @when filter.placeId
AND EXISTS {
  MATCH (__it__)<-[:SUBJECT]-(f_placed:Claim)-[:OBJECT|AT_PLACE]->(:Place)-[:PART_OF*0..10]->(f_within)
  WHERE f_within.id = $filter.placeId AND @claimVisible(f_placed)
}
// @end
// @when filter.involvingId
AND EXISTS {
  MATCH (__it__)<-[:OBJECT]-(f_involved:Claim)-[:SUBJECT]->(f_party)
  WHERE f_party.id = $filter.involvingId AND f_involved.predicate IN ['PARTICIPATED_IN', 'BLAMED_FOR']
    AND @claimVisible(f_involved)
}
// @end
// @when filter.sourceId
AND EXISTS {
  MATCH (__it__)<-[:SUBJECT|OBJECT]-(f_sourced:Claim)-[:ATTRIBUTED_TO]->(f_source)
  WHERE f_source.id = $filter.sourceId AND @claimVisible(f_sourced)
}
// @end
// @when filter.near
AND EXISTS {
  MATCH (__it__)<-[:SUBJECT]-(f_near:Claim)-[:OBJECT|AT_PLACE]->(f_place:Place)
  WHERE @claimVisible(f_near)
  OPTIONAL MATCH (f_place)-[:PART_OF]->(f_container:Place)
  WITH coalesce(f_place.location, f_container.location) AS f_location
  WHERE point.distance(f_location, point({ latitude: $filter.near.latitude, longitude: $filter.near.longitude }))
        <= $filter.near.km * 1000
}
// @end
