// One page of sources ordered by id, optionally of some kinds: a keyset page over the unique id
// index, starting after $afterId and stopping after $limit rows.
// Parameters: $kinds: [string]|null, $afterId ('' for the first page), $limit (page size + 1)
// Returns: records: [source] (in order; see fragments/sourceFields)
MATCH (s:Node:Source)
WHERE s.id > $afterId AND ($kinds IS NULL OR s.kind IN $kinds)
WITH s ORDER BY s.id
LIMIT $limit
RETURN collect(@sourceFields(s)) AS records
