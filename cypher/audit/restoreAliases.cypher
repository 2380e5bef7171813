// Adds back an entity's aliases and the sources that used them, as snapshots show them (undo).
// Parameters: $aliases: [{ entityId, key, name, usedBy: [{ source, note }] }]
// Returns: restored
UNWIND $aliases AS alias
MATCH (e:Node:Entity {id: alias.entityId})
MERGE (a:Alias {key: alias.key})
SET a.name = alias.name
MERGE (e)-[:KNOWN_AS]->(a)
WITH a, alias
CALL (a, alias) {
  UNWIND alias.usedBy AS use
  MATCH (s:Node {id: use.source})
  MERGE (a)-[u:USED_BY]->(s)
  SET u.note = use.note
}
RETURN count(a) AS restored
