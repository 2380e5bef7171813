// How many claims a claims filter keeps through the view: run only when totalCount is asked for.
// Parameters: $filter, $view (see fragments/claimInFilter)
// Returns: total
MATCH (c:Node:Claim)
WHERE @claimInFilter(c)
RETURN count(c) AS total
