// Deletes every record and alias (used by the tests to start from an empty graph).
// Parameters: none
// Returns: deleted
MATCH (n)
WHERE n:Node OR n:Alias
DETACH DELETE n
RETURN count(*) AS deleted
