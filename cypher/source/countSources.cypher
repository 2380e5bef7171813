// How many sources (optionally of some kinds) there are: run only when totalCount is asked for.
// Parameters: $kinds: [string]|null
// Returns: total
MATCH (s:Source)
WHERE $kinds IS NULL OR s.kind IN $kinds
RETURN count(s) AS total
