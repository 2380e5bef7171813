// Deletes a record with its own links and aliases (the caller checked that nothing depends on it).
// Parameters: $id
// Returns: deleted
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[:KNOWN_AS]->(alias:Alias)
  DETACH DELETE alias
}
DETACH DELETE n
RETURN count(*) AS deleted
