// Whom each source relays, and who relays it.
// Parameters: $ids: [source id]
// Returns: id, relayIds: [source id], relayedByIds: [source id]
UNWIND $ids AS id
MATCH (s:Node:Source {id: id})
RETURN s.id AS id,
       [(s)-[:RELAYS]->(relayed) | relayed.id] AS relayIds,
       [(relaying)-[:RELAYS]->(s) | relaying.id] AS relayedByIds
