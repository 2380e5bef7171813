// Claims by id with everything a trace shows: the chain, the linked records, the claims about it.
// Only the claims the caller may see through the view are returned. A claim whose words would
// identify a protected person, but whose fact was published, reaches a caller without clearance
// with its quote and note withheld: they never leave the database.
// Parameters: $ids: [id], $view (see fragments/claimVisible)
// Returns: id, props (the claim's properties; quote and note null when withheld), quoteWithheld,
//   chainLinks: [{ position, id }], subjectId,
//   objectId, placeIds, aboutIds, commentaryIds, supportLinkIds, contradictionLinkIds (either
//   direction: an editor's link is symmetric)
UNWIND $ids AS id
MATCH (c:Node:Claim {id: id})
WHERE @claimVisible(c)
// @when view.cleared
WITH c, false AS quoteWithheld
// @end
// @when !view.cleared
WITH c, coalesce(c.identifying, false) AS quoteWithheld
// @end
RETURN c.id AS id,
       CASE WHEN quoteWithheld THEN c { .*, quote: null, note: null } ELSE properties(c) END AS props,
       quoteWithheld,
       [(c)-[r:ATTRIBUTED_TO]->(s) | { position: r.position, id: s.id }] AS chainLinks,
       [(c)-[:SUBJECT]->(subject) | subject.id][0] AS subjectId,
       [(c)-[:OBJECT]->(object) | object.id][0] AS objectId,
       [(c)-[:AT_PLACE]->(place) | place.id] AS placeIds,
       [(c)-[:ABOUT]->(target) | target.id] AS aboutIds,
       [(other)-[:ABOUT]->(c) | other.id] AS commentaryIds,
       [(c)-[:SUPPORTS_CLAIM]-(linked) | linked.id] AS supportLinkIds,
       [(c)-[:CONTRADICTS_CLAIM]-(linked) | linked.id] AS contradictionLinkIds
