// For each source: the claims published in it (position 0 of their chain) and the claims it
// makes as original speaker (last position).
// Parameters: $ids: [source id]
// Returns: id, published: [claim id], asserted: [claim id]
UNWIND $ids AS id
MATCH (s:Node:Source {id: id})
RETURN s.id AS id,
       [(c:Claim)-[r:ATTRIBUTED_TO {publisher: true}]->(s) | c.id] AS published,
       [(c:Claim)-[r:ATTRIBUTED_TO {origin: true}]->(s) | c.id] AS asserted
