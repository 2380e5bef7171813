// Claims by id with everything a trace shows: the chain, the linked records, the claims about it.
// Only the claims the caller may see through the view are returned.
// Parameters: $ids: [id], $view (see fragments/claimVisible)
// Returns: id, props (the claim's properties), chainLinks: [{ position, id }], subjectId,
//   objectId, placeIds, aboutIds, commentaryIds, supportLinkIds, contradictionLinkIds (either
//   direction: an editor's link is symmetric)
UNWIND $ids AS id
MATCH (c:Node:Claim {id: id})
WHERE @claimVisible(c)
RETURN c.id AS id,
       properties(c) AS props,
       [(c)-[r:ATTRIBUTED_TO]->(s) | { position: r.position, id: s.id }] AS chainLinks,
       [(c)-[:SUBJECT]->(subject) | subject.id][0] AS subjectId,
       [(c)-[:OBJECT]->(object) | object.id][0] AS objectId,
       [(c)-[:AT_PLACE]->(place) | place.id] AS placeIds,
       [(c)-[:ABOUT]->(target) | target.id] AS aboutIds,
       [(other)-[:ABOUT]->(c) | other.id] AS commentaryIds,
       [(c)-[:SUPPORTS_CLAIM]-(linked) | linked.id] AS supportLinkIds,
       [(c)-[:CONTRADICTS_CLAIM]-(linked) | linked.id] AS contradictionLinkIds
