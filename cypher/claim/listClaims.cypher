// One page of claims ordered by id, filtered, read through the view. Keyset pagination over the
// unique id index: the page starts after $afterId and stops after $limit rows.
// Parameters: $filter, $view (see fragments/claimInFilter), $afterId: id ('' for the first
//   page), $limit (page size + 1)
// Returns: ids (at most $limit, in order)
MATCH (c:Node:Claim)
WHERE c.id > $afterId AND @claimInFilter(c)
WITH c ORDER BY c.id
LIMIT $limit
RETURN collect(c.id) AS ids
