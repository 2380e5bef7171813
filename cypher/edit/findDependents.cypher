// What keeps a record from being deleted: records that point at it (claims about an entity or
// published by a source, sources relaying it or spoken by it, places and events inside it) and
// entities whose spellings it is cited for. Its own links (a claim's subject, chain...) go with it.
// Parameters: $id, $limit
// Returns: id, relation
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (other:Node)-[r]->(n)
  WHERE other <> n
  RETURN other.id AS id, type(r) AS relation
  UNION
  MATCH (entity:Node)-[:KNOWN_AS]->(:Alias)-[:USED_BY]->(n)
  WHERE entity <> n
  RETURN entity.id AS id, 'ALIAS_USED_BY' AS relation
}
RETURN id, relation
ORDER BY id, relation
LIMIT toInteger($limit)
