// The claims each entity is the subject or object of, unless it has more than $limit: then only
// the number, so that no request reads a hub's whole record into memory.
// Parameters: $ids: [entity id], $limit
// Returns: id (entity id), total (claims touching it), refs: [{ claimId, side ('SUBJECT'|'OBJECT') }]
//   (empty when total > $limit)
UNWIND $ids AS id
MATCH (e:Node:Entity {id: id})
WITH e, COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } AS total
RETURN e.id AS id,
       total,
       CASE WHEN total > $limit THEN []
            ELSE [(c:Claim)-[r:SUBJECT|OBJECT]->(e) | { claimId: c.id, side: type(r) }] END AS refs
