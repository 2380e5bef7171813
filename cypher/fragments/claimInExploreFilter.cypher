// Whether claim __it__ may be drawn on by a subgraph or a path: kept by the explore filter and
// visible through the view.
// Parameters: $filter: { from: 'YYYY-MM-DD'|null, to: 'YYYY-MM-DD'|null (the claim's time
//   overlaps [from, to]; claims without a time are kept), verification: [status]|null,
//   sourceId: id|null (anywhere in the chain), eventTypes (see entityInExploreFilter) },
//   $view (see claimVisible)
// Returns: a boolean expression
($filter.verification IS NULL OR __it__.verification IN $filter.verification)
AND ($filter.sourceId IS NULL
     OR EXISTS { (__it__)-[:ATTRIBUTED_TO]->(:Node:Source {id: $filter.sourceId}) })
AND (__it__.timeStart IS NULL
     OR (($filter.from IS NULL OR coalesce(__it__.timeEnd, __it__.timeStart) >= date($filter.from))
         AND ($filter.to IS NULL OR __it__.timeStart <= date($filter.to))))
AND @claimVisible(__it__)
