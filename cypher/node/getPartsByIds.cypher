// For each place or event: the records directly part of it, and the chain of records it is
// part of (nearest first).
// Parameters: $ids: [id]
// Returns: id, partIds, ancestorIds
UNWIND $ids AS id
MATCH (n:Node:Entity {id: id})
OPTIONAL MATCH path = (n)-[:PART_OF*1..10]->(top)
  WHERE NOT (top)-[:PART_OF]->()
WITH n, path
ORDER BY length(path) DESC
WITH n, head(collect(path)) AS longest
RETURN n.id AS id,
       [(part)-[:PART_OF]->(n) | part.id] AS partIds,
       CASE WHEN longest IS NULL THEN [] ELSE [node IN tail(nodes(longest)) | node.id] END AS ancestorIds
