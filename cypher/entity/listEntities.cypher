// One page of actors, factions, places or events ordered by id: a keyset page over the unique id
// index, starting after $afterId and stopping after $limit rows.
// Parameters: $label ('Actor'|'Faction'|'Place'|'Event', checked against an allow-list by the
//   caller), $afterId ('' for the first page), $limit (page size + 1)
// Returns: records: [entity] (in order; see fragments/entityFields)
MATCH (e:Node:Entity)
WHERE e.id > $afterId AND $label IN labels(e)
WITH e ORDER BY e.id
LIMIT $limit
RETURN collect(@entityFields(e)) AS records
