// Deletes up to $batch records, claims first: run it until it deletes nothing to empty the
// graph. A claim has a handful of relationships, so a batch of claims is a bounded
// transaction; once they are gone, the busiest places and actors have few relationships left,
// and deleting them is bounded too (deleting a town first would delete every claim's link to it
// in one transaction).
// Parameters: $batch
// Returns: deleted (0 when the graph is empty)
CALL () {
  MATCH (c:Claim)
  WITH c LIMIT toInteger($batch)
  DETACH DELETE c
  RETURN count(*) AS claims
}
CALL (claims) {
  WITH claims WHERE claims = 0
  MATCH (n)
  WHERE n:Node OR n:Alias
  WITH n LIMIT toInteger($batch)
  DETACH DELETE n
  RETURN count(*) AS others
}
RETURN claims + others AS deleted
