// countClaims for a filter naming the record the claims are about, starting from that record.
// Parameters: $filter (with aboutId set), $view (see fragments/claimInFilter)
// Returns: total
MATCH (:Node {id: $filter.aboutId})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE @claimInFilter(c)
RETURN count(DISTINCT c) AS total
