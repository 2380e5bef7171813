// Removes an editor's judgement that one claim supports or contradicts another, whichever way it
// was recorded (the link reads the same both ways).
// Parameters: $fromId, $toId, $type ('SUPPORTS_CLAIM'|'CONTRADICTS_CLAIM', from a fixed list)
// Returns: unlinked
MATCH (:Node:Claim {id: $fromId})-[r:SUPPORTS_CLAIM|CONTRADICTS_CLAIM]-(:Node:Claim {id: $toId})
WHERE type(r) = $type
DELETE r
RETURN count(r) AS unlinked
