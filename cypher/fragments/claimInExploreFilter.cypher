// Whether claim __it__ may be drawn on by a subgraph or a path: kept by the explore filter and
// visible through the view.
// Parameters: $filter: { from: 'YYYY-MM-DD'|null, to: 'YYYY-MM-DD'|null (the claim's time
//   overlaps [from, to]; claims without a time are kept), verification: [status]|null,
//   sourceId: id|null (anywhere in the chain), eventTypes (see entityInExploreFilter) },
//   $view (see claimVisible)
// Returns: a boolean expression (records named by id are matched without a label: see
//   eventInFilter for why)
true
// @when filter.verification
AND __it__.verification IN $filter.verification
// @end
// @when filter.sourceId
AND EXISTS { (__it__)-[:ATTRIBUTED_TO]->(x_source) WHERE x_source.id = $filter.sourceId }
// @end
// @when filter.from
AND (__it__.timeStart IS NULL OR coalesce(__it__.timeEnd, __it__.timeStart) >= date($filter.from))
// @end
// @when filter.to
AND (__it__.timeStart IS NULL OR __it__.timeStart <= date($filter.to))
// @end
AND @claimVisible(__it__)
