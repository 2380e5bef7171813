// One page of actors, factions, places or events ordered by id, with the total.
// Parameters: $label ('Actor'|'Faction'|'Place'|'Event', checked against an allow-list by the
//   caller), $afterId|null, $limit (page size + 1)
// Returns: total, ids
MATCH (e:Entity)
WHERE $label IN labels(e)
WITH e ORDER BY e.id
WITH collect(e.id) AS matching
RETURN size(matching) AS total,
       [id IN matching WHERE $afterId IS NULL OR id > $afterId][0..$limit] AS ids
