// One page of events in time order (sortDate, then id; undated events sort last), filtered.
// Keyset pagination served by the event_sort index: the page starts at the last row's key and
// stops after $limit rows, so page 1000 costs what page 1 does.
// Parameters: $filter, $view (see fragments/eventInFilter and fragments/claimVisible),
//   $afterDate: 'YYYY-MM-DD' (the last row's sort date; '0001-01-01' for the first page),
//   $afterId: id|null (the last row's id; null for the first page), $limit (page size + 1)
// Returns: ids: [event id] (at most $limit, in order)
MATCH (e:Event)
WHERE e.sortDate >= date($afterDate)
  AND ($afterId IS NULL OR e.sortDate > date($afterDate) OR e.id > $afterId)
  AND @eventInFilter(e)
WITH e ORDER BY e.sortDate, e.id
LIMIT $limit
RETURN collect(e.id) AS ids
