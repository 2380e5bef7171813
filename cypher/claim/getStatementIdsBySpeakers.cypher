// What an actor or faction itself claims: claims whose original speaker is a source spoken by
// it, and STATED claims it is the subject of.
// Parameters: $ids: [actor or faction id]
// Returns: id, claimIds, sourceIds (sources spoken by it)
UNWIND $ids AS id
MATCH (e:Node:Entity {id: id})
WITH e,
     [(s:Source)-[:SPOKEN_BY]->(e) | s.id] AS sourceIds,
     [(c:Claim)-[:ATTRIBUTED_TO {origin: true}]->(:Source)-[:SPOKEN_BY]->(e) | c.id] AS spoken,
     [(c:Claim {predicate: 'STATED'})-[:SUBJECT]->(e) | c.id] AS stated
RETURN e.id AS id,
       sourceIds,
       spoken + [claimId IN stated WHERE NOT claimId IN spoken] AS claimIds
