// Sets the containing place of places and the larger event of events (at most one each). The
// old link goes first, so CREATE leaves exactly one; MERGE would lock both ends to look for it.
// Parameters: $rows: [{ id, partOf (id|null) }]
// Returns: linked
UNWIND $rows AS row
MATCH (n:Node:Entity {id: row.id})
CALL (n) {
  MATCH (n)-[old:PART_OF]->()
  DELETE old
}
WITH n, row
OPTIONAL MATCH (container:Node:Entity {id: row.partOf})
FOREACH (_ IN CASE WHEN container IS NULL THEN [] ELSE [1] END | CREATE (n)-[:PART_OF]->(container))
RETURN count(container) AS linked
