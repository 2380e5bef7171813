// One page of sources ordered by id, optionally of some kinds, with the total.
// Parameters: $kinds: [string]|null, $afterId|null, $limit (page size + 1)
// Returns: total, ids
MATCH (s:Source)
WHERE $kinds IS NULL OR s.kind IN $kinds
WITH s ORDER BY s.id
WITH collect(s.id) AS matching
RETURN size(matching) AS total,
       [id IN matching WHERE $afterId IS NULL OR id > $afterId][0..$limit] AS ids
