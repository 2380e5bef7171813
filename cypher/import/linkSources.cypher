// Links sources to their speaker (the old link goes first, so CREATE leaves exactly one) and to
// the sources they relay (relays accumulate across datasets: merged).
// Parameters: $rows: [{ id, speakerId (id|null), relayIds: [id] }]
// Returns: linked
UNWIND $rows AS row
MATCH (s:Node:Source {id: row.id})
CALL (s) {
  MATCH (s)-[old:SPOKEN_BY]->()
  DELETE old
}
WITH s, row
OPTIONAL MATCH (speaker:Node:Entity {id: row.speakerId})
FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | CREATE (s)-[:SPOKEN_BY]->(speaker))
WITH s, row
CALL (s, row) {
  UNWIND row.relayIds AS relayId
  MATCH (relayed:Node:Source {id: relayId})
  MERGE (s)-[:RELAYS]->(relayed)
}
RETURN count(s) AS linked
