// Records an editor's judgement that one claim supports or contradicts another.
// Parameters: $fromId, $toId, $relation ('SUPPORTS'|'CONTRADICTS', checked by the caller)
// Returns: linked (1 when both claims exist)
MATCH (from:Node:Claim {id: $fromId})
MATCH (to:Node:Claim {id: $toId})
FOREACH (_ IN CASE WHEN $relation = 'SUPPORTS' THEN [1] ELSE [] END | MERGE (from)-[:SUPPORTS_CLAIM]->(to))
FOREACH (_ IN CASE WHEN $relation = 'CONTRADICTS' THEN [1] ELSE [] END | MERGE (from)-[:CONTRADICTS_CLAIM]->(to))
RETURN count(*) AS linked
