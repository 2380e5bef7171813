// The fields of claim __it__ that a reader of claims needs (src/repositories/claim-repository.ts
// toClaim), written once for every statement that returns whole claims. A claim whose words would
// identify a protected person, but whose fact was published, reaches a caller without clearance
// with its quote and note withheld: they never leave the database. Variables of the pattern
// comprehensions carry the cf_ prefix so that none can bind to a variable of the statement.
// Parameters: $view.cleared (see fragments/claimVisible)
// Returns: a map { id, props (the claim's properties; quote and note null when withheld),
//   quoteWithheld, chainLinks: [{ position, id }], subjectId, objectId, placeIds, aboutIds,
//   commentaryIds, supportLinkIds, contradictionLinkIds (either direction: an editor's link is
//   symmetric) }
{
  id: __it__.id,
// @when view.cleared
  props: properties(__it__),
  quoteWithheld: false,
// @end
// @when !view.cleared
  props: CASE WHEN coalesce(__it__.identifying, false) THEN __it__ { .*, quote: null, note: null }
              ELSE properties(__it__) END,
  quoteWithheld: coalesce(__it__.identifying, false),
// @end
  chainLinks: [(__it__)-[cf_link:ATTRIBUTED_TO]->(cf_source) | { position: cf_link.position, id: cf_source.id }],
  subjectId: [(__it__)-[:SUBJECT]->(cf_subject) | cf_subject.id][0],
  objectId: [(__it__)-[:OBJECT]->(cf_object) | cf_object.id][0],
  placeIds: [(__it__)-[:AT_PLACE]->(cf_place) | cf_place.id],
  aboutIds: [(__it__)-[:ABOUT]->(cf_target) | cf_target.id],
  commentaryIds: [(cf_other)-[:ABOUT]->(__it__) | cf_other.id],
  supportLinkIds: [(__it__)-[:SUPPORTS_CLAIM]-(cf_linked) | cf_linked.id],
  contradictionLinkIds: [(__it__)-[:CONTRADICTS_CLAIM]-(cf_linked) | cf_linked.id]
}
