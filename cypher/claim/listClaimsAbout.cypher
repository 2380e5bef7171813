// listClaims for a filter naming the record the claims are about: starts from that record, so a
// page costs what the record's claims cost, not what the whole graph does.
// Parameters: $filter (with aboutId set), $view (see fragments/claimInFilter), $afterId: id
//   ('' for the first page), $limit (page size + 1)
// Returns: ids (at most $limit, in order)
MATCH (:Node {id: $filter.aboutId})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE c.id > $afterId AND @claimInFilter(c)
WITH DISTINCT c ORDER BY c.id
LIMIT $limit
RETURN collect(c.id) AS ids
