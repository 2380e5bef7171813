// Creates or updates actors, factions, places and events.
// Parameters: $rows: [{ id, type ('Actor'|'Faction'|'Place'|'Event'), name, description, kind,
//   eventType, protected, publicLabel, publishedFields, publishedValues (equal-length string
//   lists: the details a protected record's sources published), latitude, longitude }]
// Returns: written
UNWIND $rows AS row
// Merged with the Entity label: the id of a source or claim is not found, and the node MERGE
// would create is refused by the unique constraint on ids, naming the id.
MERGE (e:Node:Entity {id: row.id})
ON CREATE SET e.recordedAt = datetime()
// An entity of another type (an actor given again as a faction) is refused the same way: a
// second node with its id. Cypher has no other way to fail a statement, and this one names the id.
FOREACH (_ IN CASE WHEN any(label IN labels(e) WHERE label IN ['Actor', 'Faction', 'Place', 'Event'] AND label <> row.type)
                   THEN [1] ELSE [] END | CREATE (:Node {id: row.id}))
SET e:Entity,
    e.name = row.name,
    e.description = row.description,
    e.kind = row.kind,
    e.eventType = row.eventType,
    e.protected = row.protected,
    e.publicLabel = row.publicLabel,
    e.publishedFields = row.publishedFields,
    e.publishedValues = row.publishedValues,
    e.location = CASE WHEN row.latitude IS NULL THEN null
                      ELSE point({latitude: row.latitude, longitude: row.longitude}) END
// Labels come from a fixed list, one branch each, never from the input text.
FOREACH (_ IN CASE WHEN row.type = 'Actor' THEN [1] ELSE [] END | SET e:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Faction' THEN [1] ELSE [] END | SET e:Faction)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
RETURN count(*) AS written
