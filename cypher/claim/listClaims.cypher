// One page of claims ordered by id, filtered, with the total.
// Parameters: $predicates: [string]|null, $aboutId|null (subject or object), $sourceId|null
//   (anywhere in the chain), $verification: [string]|null, $firstHandOnly: boolean,
//   $cleared: boolean (identifying claims only for cleared callers), $afterId|null,
//   $limit (page size + 1)
// Returns: total, ids
MATCH (c:Claim)
WHERE ($predicates IS NULL OR c.predicate IN $predicates)
  AND ($verification IS NULL OR c.verification IN $verification)
  AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:SUBJECT|OBJECT]->(:Node {id: $aboutId}) })
  AND ($sourceId IS NULL OR EXISTS { MATCH (c)-[:ATTRIBUTED_TO]->(:Node:Source {id: $sourceId}) })
  AND (NOT $firstHandOnly OR COUNT { (c)-[:ATTRIBUTED_TO]->() } = 1)
  AND ($cleared OR coalesce(c.identifying, false) = false)
WITH c ORDER BY c.id
WITH collect(c.id) AS matching
RETURN size(matching) AS total,
       [id IN matching WHERE $afterId IS NULL OR id > $afterId][0..$limit] AS ids
