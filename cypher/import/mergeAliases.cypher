// Records spellings of entities and the sources that used them. Aliases accumulate across
// datasets; importing the same alias again changes nothing.
// Parameters: $rows: [{ entityId, name, sourceId, note }]
// Returns: aliases (number of rows written)
UNWIND $rows AS row
MATCH (e:Node:Entity {id: row.entityId})
MATCH (s:Node:Source {id: row.sourceId})
MERGE (a:Alias {key: row.entityId + '|' + row.name})
SET a.name = row.name
MERGE (e)-[:KNOWN_AS]->(a)
MERGE (a)-[u:USED_BY]->(s)
SET u.note = row.note
RETURN count(*) AS aliases
