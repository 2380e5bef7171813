// Derives each event's firstDate and lastDate from the times its claims give, for time filters
// and time-ordered pages. The claims stay the truth; these properties are a cache of them.
// sortDate is firstDate, or 9999-12-31 for an undated event, so that one index orders every event.
// Only claims a caller without clearance may see count (see fragments/claimPublic): the dates are
// shared by every caller, and a date only an identifying claim gives would say when the protected
// person was where.
// Parameters: $ids: [event id]
// Returns: refreshed
UNWIND $ids AS id
MATCH (e:Node:Event {id: id})
OPTIONAL MATCH (e)<-[:SUBJECT]-(c:Claim)
  WHERE c.timeStart IS NOT NULL AND c.verification <> 'RETRACTED' AND @claimPublic(c)
WITH e, min(c.timeStart) AS firstDate, max(c.timeEnd) AS lastDate
SET e.firstDate = firstDate, e.lastDate = lastDate, e.sortDate = coalesce(firstDate, date('9999-12-31'))
RETURN count(e) AS refreshed
