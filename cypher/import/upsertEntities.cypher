// Creates or updates actors, factions, places and events.
// Parameters: $rows: [{ id, type ('Actor'|'Faction'|'Place'|'Event'), name, description, kind,
//   eventType, protected, publicLabel, latitude, longitude }]
// Returns: written
UNWIND $rows AS row
MERGE (e:Node {id: row.id})
ON CREATE SET e.recordedAt = datetime()
SET e:Entity,
    e.name = row.name,
    e.description = row.description,
    e.kind = row.kind,
    e.eventType = row.eventType,
    e.protected = row.protected,
    e.publicLabel = row.publicLabel,
    e.location = CASE WHEN row.latitude IS NULL THEN null
                      ELSE point({latitude: row.latitude, longitude: row.longitude}) END
// Labels come from a fixed list, one branch each, never from the input text.
FOREACH (_ IN CASE WHEN row.type = 'Actor' THEN [1] ELSE [] END | SET e:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Faction' THEN [1] ELSE [] END | SET e:Faction)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
RETURN count(*) AS written
