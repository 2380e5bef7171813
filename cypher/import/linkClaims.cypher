// Replaces the links of claims: subject, object, places, the claims they are about, and the
// attribution chain (position 0 is the publishing source, the last is the original speaker).
// Each consecutive pair of the chain is also recorded as source RELAYS source. Editors' links
// (SUPPORTS_CLAIM, CONTRADICTS_CLAIM) a claim declares are replaced too.
// Parameters: $rows: [{ id, subjectId, objectId, placeIds: [id], aboutIds: [id],
//   supportIds: [id], contradictIds: [id], chain: [id] }]
// Returns: linked
UNWIND $rows AS row
MATCH (c:Node:Claim {id: row.id})
CALL (c) {
  MATCH (c)-[old:SUBJECT|OBJECT|AT_PLACE|ABOUT|ATTRIBUTED_TO|SUPPORTS_CLAIM|CONTRADICTS_CLAIM]->()
  DELETE old
}
CALL (c, row) {
  MATCH (subject:Node {id: row.subjectId})
  CREATE (c)-[:SUBJECT]->(subject)
}
CALL (c, row) {
  MATCH (object:Node {id: row.objectId})
  CREATE (c)-[:OBJECT]->(object)
}
CALL (c, row) {
  UNWIND row.placeIds AS placeId
  MATCH (place:Node:Place {id: placeId})
  CREATE (c)-[:AT_PLACE]->(place)
}
CALL (c, row) {
  UNWIND row.aboutIds AS aboutId
  MATCH (target:Node:Claim {id: aboutId})
  CREATE (c)-[:ABOUT]->(target)
}
CALL (c, row) {
  UNWIND row.supportIds AS supportedId
  MATCH (supported:Node:Claim {id: supportedId})
  CREATE (c)-[:SUPPORTS_CLAIM]->(supported)
}
CALL (c, row) {
  UNWIND row.contradictIds AS contradictedId
  MATCH (contradicted:Node:Claim {id: contradictedId})
  CREATE (c)-[:CONTRADICTS_CLAIM]->(contradicted)
}
CALL (c, row) {
  UNWIND range(0, size(row.chain) - 1) AS position
  MATCH (source:Node:Source {id: row.chain[position]})
  CREATE (c)-[:ATTRIBUTED_TO {
    position: position,
    publisher: position = 0,
    origin: position = size(row.chain) - 1
  }]->(source)
}
CALL (row) {
  UNWIND range(0, size(row.chain) - 2) AS position
  MATCH (relaying:Node:Source {id: row.chain[position]})
  MATCH (relayed:Node:Source {id: row.chain[position + 1]})
  MERGE (relaying)-[:RELAYS]->(relayed)
}
RETURN count(c) AS linked
