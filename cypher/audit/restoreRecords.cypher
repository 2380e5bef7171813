// Puts records back as snapshots show them (undo). A record with no snapshot (labels null) is
// deleted with its aliases; any other is created if missing and given exactly the snapshot's
// labels and properties. Every relationship and alias of these records is removed:
// restoreRelationships and restoreAliases add back those of the snapshots.
// Parameters: $records: [{ id, labels: [label] | null, props: [{ key, value, type }] }]
//   (labels checked against a fixed list in src/repositories/record-snapshots.ts)
// Returns: restored
UNWIND $records AS record
CALL (record) {
  MATCH (gone:Node {id: record.id})
  WHERE record.labels IS NULL
  CALL (gone) {
    MATCH (gone)-[:KNOWN_AS]->(alias:Alias)
    DETACH DELETE alias
  }
  DETACH DELETE gone
}
CALL (record) {
  WITH record
  WHERE record.labels IS NOT NULL
  MERGE (n:Node {id: record.id})
  REMOVE n:Source:Claim:Entity:Actor:Faction:Place:Event:Merged
  SET n:$(record.labels)
  SET n = {}
  WITH n, record
  CALL (n) {
    MATCH (n)-[r]-(:Node)
    DELETE r
  }
  CALL (n) {
    MATCH (n)-[:KNOWN_AS]->(alias:Alias)
    DETACH DELETE alias
  }
  CALL (n, record) {
    UNWIND record.props AS p
    SET n[p.key] = @typedValue(p)
  }
}
RETURN count(record) AS restored
