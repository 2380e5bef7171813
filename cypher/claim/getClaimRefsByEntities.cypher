// The claims each entity is the subject or object of.
// Parameters: $ids: [entity id]
// Returns: id (entity id), refs: [{ claimId, side ('SUBJECT'|'OBJECT') }]
UNWIND $ids AS id
MATCH (e:Node:Entity {id: id})
RETURN e.id AS id,
       [(c:Claim)-[r:SUBJECT|OBJECT]->(e) | { claimId: c.id, side: type(r) }] AS refs
