// Actors, factions, places and events by id, with their aliases and containment. The id of an
// entity merged into another (a tombstone, see merge/mergeEntities) answers the one it was merged
// into, so that old ids in bookmarks and datasets keep working.
// Parameters: $ids: [id]
// Returns: askedId (the id asked for), entity (the entity's own fields: see fragments/entityFields)
UNWIND $ids AS askedId
MATCH (asked:Node {id: askedId})
WHERE asked:Entity OR asked:Merged
OPTIONAL MATCH (asked:Merged)-[:MERGED_INTO]->(into:Node:Entity)
WITH askedId, coalesce(into, asked) AS e
WHERE e:Entity
RETURN askedId, @entityFields(e) AS entity
