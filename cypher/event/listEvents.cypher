// One page of events in time order (firstDate, then id; undated events last), filtered, with the
// total number that match. Keyset pagination: $afterDate/$afterId are the last row's sort key.
// Parameters: $types: [string]|null, $from: 'YYYY-MM-DD'|null, $to: 'YYYY-MM-DD'|null,
//   $placeId|null (includes places inside it), $involvingId|null, $sourceId|null,
//   $near: { latitude, longitude, km }|null (a place of the event, or its container when the
//   place has no coordinates, lies within km of the point),
//   $afterDate: 'YYYY-MM-DD'|null, $afterId|null, $limit (page size + 1)
// Returns: total, ids: [event id] (at most $limit)
MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  AND ($from IS NULL OR e.lastDate >= date($from))
  AND ($to IS NULL OR e.firstDate <= date($to))
  AND ($placeId IS NULL OR EXISTS {
        MATCH (e)<-[:SUBJECT]-(c:Claim)-[:OBJECT|AT_PLACE]->(:Place)-[:PART_OF*0..10]->(:Node:Place {id: $placeId})
      })
  AND ($involvingId IS NULL OR EXISTS {
        MATCH (e)<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(:Node:Entity {id: $involvingId})
        WHERE c.predicate IN ['PARTICIPATED_IN', 'BLAMED_FOR']
      })
  AND ($sourceId IS NULL OR EXISTS {
        MATCH (e)<-[:SUBJECT|OBJECT]-(:Claim)-[:ATTRIBUTED_TO]->(:Node:Source {id: $sourceId})
      })
  AND ($near IS NULL OR EXISTS {
        MATCH (e)<-[:SUBJECT]-(:Claim)-[:OBJECT|AT_PLACE]->(place:Place)
        OPTIONAL MATCH (place)-[:PART_OF]->(container:Place)
        WITH coalesce(place.location, container.location) AS location
        WHERE point.distance(location, point({ latitude: $near.latitude, longitude: $near.longitude }))
              <= $near.km * 1000
      })
// Undated events sort after every dated one.
WITH e, coalesce(e.firstDate, date('9999-12-31')) AS sortDate
ORDER BY sortDate, e.id
WITH collect({ id: e.id, sortDate: sortDate }) AS matches
WITH size(matches) AS total,
     [m IN matches WHERE $afterId IS NULL
        OR m.sortDate > date($afterDate)
        OR (m.sortDate = date($afterDate) AND m.id > $afterId)] AS rest
RETURN total, [m IN rest[0..$limit] | m.id] AS ids
