// Whether claim __it__ is kept by a claims filter and may be seen through the view.
// Parameters: $filter: { predicates: [predicate]|null, verification: [status]|null,
//   aboutId: id|null (the subject or the object), sourceId: id|null (anywhere in the chain),
//   firstHandOnly: boolean }, $view (see claimVisible)
// Returns: a boolean expression
($filter.predicates IS NULL OR __it__.predicate IN $filter.predicates)
AND ($filter.verification IS NULL OR __it__.verification IN $filter.verification)
AND ($filter.aboutId IS NULL OR EXISTS { (__it__)-[:SUBJECT|OBJECT]->(:Node {id: $filter.aboutId}) })
AND ($filter.sourceId IS NULL
     OR EXISTS { (__it__)-[:ATTRIBUTED_TO]->(:Node:Source {id: $filter.sourceId}) })
AND (NOT $filter.firstHandOnly OR COUNT { (__it__)-[:ATTRIBUTED_TO]->() } = 1)
AND @claimVisible(__it__)
