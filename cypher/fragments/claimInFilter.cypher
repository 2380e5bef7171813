// Whether claim __it__ is kept by a claims filter and may be seen through the view.
// Parameters: $filter: { predicates: [predicate]|null, verification: [status]|null,
//   aboutId: id|null (the subject or the object), sourceId: id|null (anywhere in the chain),
//   firstHandOnly: boolean }, $view (see claimVisible)
// Returns: a boolean expression (records named by id are matched without a label: see
//   eventInFilter for why)
true
// @when filter.predicates
AND __it__.predicate IN $filter.predicates
// @end
// @when filter.verification
AND __it__.verification IN $filter.verification
// @end
// @when filter.aboutId
AND EXISTS { (__it__)-[:SUBJECT|OBJECT]->(c_about) WHERE c_about.id = $filter.aboutId }
// @end
// @when filter.sourceId
AND EXISTS { (__it__)-[:ATTRIBUTED_TO]->(c_source) WHERE c_source.id = $filter.sourceId }
// @end
// @when filter.firstHandOnly
AND COUNT { (__it__)-[:ATTRIBUTED_TO]->() } = 1
// @end
AND @claimVisible(__it__)
