// Claims by id with everything a trace shows: the chain, the linked records, the claims about it.
// Only the claims the caller may see through the view are returned.
// Parameters: $ids: [id], $view (see fragments/claimVisible)
// Returns: claim (see fragments/claimFields)
UNWIND $ids AS id
MATCH (c:Node:Claim {id: id})
WHERE @claimVisible(c)
RETURN @claimFields(c) AS claim
