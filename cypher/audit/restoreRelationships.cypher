// Adds back relationships as snapshots show them (undo), after restoreRecords removed those of
// the restored records. Each relationship comes once, though both its ends may be restored.
// Parameters: $relationships: [{ from, to, type, props: [{ key, value, type }] }]
//   (types checked against a fixed list in src/repositories/record-snapshots.ts)
// Returns: restored
UNWIND $relationships AS rel
MATCH (start:Node {id: rel.from})
MATCH (end:Node {id: rel.to})
CREATE (start)-[r:$(rel.type)]->(end)
WITH r, rel
CALL (r, rel) {
  UNWIND rel.props AS p
  SET r[p.key] = @typedValue(p)
}
RETURN count(r) AS restored
