// The claims each entity is the subject or object of, unless it has more than $limit: then only
// the number, so that no request reads a hub's whole record into memory. Without clearance only
// the claims claimPublic lets through count, so that not even the number of identifying claims
// about a record reaches the caller (in the SCOPE_TOO_LARGE message).
// Parameters: $ids: [entity id], $limit, $cleared: boolean
// Returns: id (entity id), total (claims touching it), refs: [{ claimId, side ('SUBJECT'|'OBJECT') }]
//   (empty when total > $limit)
UNWIND $ids AS id
MATCH (e:Node:Entity {id: id})
WITH e, COUNT { (e)<-[:SUBJECT|OBJECT]-(k:Claim) WHERE $cleared OR @claimPublic(k) } AS total
RETURN e.id AS id,
       total,
       CASE WHEN total > $limit THEN []
            ELSE [(c:Claim)-[r:SUBJECT|OBJECT]->(e) WHERE $cleared OR @claimPublic(c) | { claimId: c.id, side: type(r) }]
       END AS refs
