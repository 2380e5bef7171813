// Links claims to the claims they are about, support or contradict (as their dataset says),
// once every claim of the dataset exists. upsertClaims dropped the old links of these claims,
// so creating them again leaves no duplicates.
// Parameters: $about, $supports, $contradicts: [{ claim, target }]
// Returns: linked
CALL () {
  UNWIND $about AS link
  MATCH (c:Node {id: link.claim})
  MATCH (target:Node {id: link.target})
  CREATE (c)-[:ABOUT]->(target)
}
CALL () {
  UNWIND $supports AS link
  MATCH (c:Node {id: link.claim})
  MATCH (supported:Node {id: link.target})
  CREATE (c)-[:SUPPORTS_CLAIM]->(supported)
}
CALL () {
  UNWIND $contradicts AS link
  MATCH (c:Node {id: link.claim})
  MATCH (contradicted:Node {id: link.target})
  CREATE (c)-[:CONTRADICTS_CLAIM]->(contradicted)
}
RETURN size($about) + size($supports) + size($contradicts) AS linked
