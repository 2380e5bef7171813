// Sources by id, with their speaker (whom they relay is read only when asked: see
// getRelaysBySources, as a monitor may be relayed by thousands of outlets).
// Parameters: $ids: [id]
// Returns: source (see fragments/sourceFields)
UNWIND $ids AS id
MATCH (s:Node:Source {id: id})
RETURN @sourceFields(s) AS source
