// Whether event __it__ is kept by an events filter, reading only the claims the caller may see.
// Parameters: $filter: { types: [event type]|null, from: 'YYYY-MM-DD'|null, to: 'YYYY-MM-DD'|null,
//   placeId: id|null (includes places inside it), involvingId: id|null (a participant or the
//   accused), sourceId: id|null (anywhere in a chain), near: { latitude, longitude, km }|null (a
//   place of the event, or its container when the place has no coordinates, lies within km),
//   inViewOnly: boolean (only events with at least one claim the view lets through) },
//   $view (see claimVisible)
// Returns: a boolean expression
($filter.types IS NULL OR __it__.eventType IN $filter.types)
AND ($filter.from IS NULL OR __it__.lastDate >= date($filter.from))
AND ($filter.to IS NULL OR __it__.firstDate <= date($filter.to))
AND (NOT $filter.inViewOnly
     OR EXISTS { MATCH (__it__)<-[:SUBJECT|OBJECT]-(f_seen:Claim) WHERE @claimVisible(f_seen) })
AND ($filter.placeId IS NULL OR EXISTS {
      MATCH (__it__)<-[:SUBJECT]-(f_placed:Claim)-[:OBJECT|AT_PLACE]->(:Place)
            -[:PART_OF*0..10]->(:Node:Place {id: $filter.placeId})
      WHERE @claimVisible(f_placed)
    })
AND ($filter.involvingId IS NULL OR EXISTS {
      MATCH (__it__)<-[:OBJECT]-(f_involved:Claim)-[:SUBJECT]->(:Node:Entity {id: $filter.involvingId})
      WHERE f_involved.predicate IN ['PARTICIPATED_IN', 'BLAMED_FOR'] AND @claimVisible(f_involved)
    })
AND ($filter.sourceId IS NULL OR EXISTS {
      MATCH (__it__)<-[:SUBJECT|OBJECT]-(f_sourced:Claim)-[:ATTRIBUTED_TO]->(:Node:Source {id: $filter.sourceId})
      WHERE @claimVisible(f_sourced)
    })
AND ($filter.near IS NULL OR EXISTS {
      MATCH (__it__)<-[:SUBJECT]-(f_near:Claim)-[:OBJECT|AT_PLACE]->(f_place:Place)
      WHERE @claimVisible(f_near)
      OPTIONAL MATCH (f_place)-[:PART_OF]->(f_container:Place)
      WITH coalesce(f_place.location, f_container.location) AS f_location
      WHERE point.distance(f_location,
              point({ latitude: $filter.near.latitude, longitude: $filter.near.longitude }))
            <= $filter.near.km * 1000
    })
