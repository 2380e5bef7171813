// How many events an events filter keeps: run only when a caller asks for totalCount.
// Parameters: $filter, $view (see fragments/eventInFilter and fragments/claimVisible)
// Returns: total
MATCH (e:Event)
WHERE @eventInFilter(e)
RETURN count(e) AS total
