// Whether entity __it__ may be reached by a subgraph or a path: events only of the filter's types.
// Parameters: $filter: { eventTypes: [event type]|null, ... (see claimInExploreFilter) }
// Returns: a boolean expression
true
// @when filter.eventTypes
AND (NOT __it__:Event OR __it__.eventType IN $filter.eventTypes)
// @end
