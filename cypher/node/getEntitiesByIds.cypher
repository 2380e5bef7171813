// Actors, factions, places and events by id, with their aliases and containment. The id of an
// entity merged into another (a tombstone, see merge/mergeEntities) answers the one it was merged
// into, so that old ids in bookmarks and datasets keep working.
// Parameters: $ids: [id]
// Returns: askedId (the id asked for), id (the entity's own), type, name, description, kind,
//   eventType, protected, publicLabel, publishedDetails: [{ field, value }] (what its sources published of a protected record), location,
//   partOfId, firstDate, lastDate, aliases: [{ name, sourceIds }]
UNWIND $ids AS askedId
MATCH (asked:Node {id: askedId})
WHERE asked:Entity OR asked:Merged
OPTIONAL MATCH (asked:Merged)-[:MERGED_INTO]->(into:Node:Entity)
WITH askedId, coalesce(into, asked) AS e
WHERE e:Entity
RETURN askedId,
       e.id AS id,
       [label IN labels(e) WHERE label IN ['Actor', 'Faction', 'Place', 'Event']][0] AS type,
       e.name AS name,
       e.description AS description,
       e.kind AS kind,
       e.eventType AS eventType,
       coalesce(e.protected, false) AS protected,
       e.publicLabel AS publicLabel,
       [i IN range(0, size(coalesce(e.publishedFields, [])) - 1) |
         { field: e.publishedFields[i], value: e.publishedValues[i] }] AS publishedDetails,
       e.location AS location,
       [(e)-[:PART_OF]->(container) | container.id][0] AS partOfId,
       e.firstDate AS firstDate,
       e.lastDate AS lastDate,
       [(e)-[:KNOWN_AS]->(a:Alias) | { name: a.name, sourceIds: [(a)-[:USED_BY]->(s) | s.id] }] AS aliases
