// Events dated by an identifying claim before dates were derived from public claims only get
// their dates again (see event/refreshEventDates and fragments/claimPublic, whose predicate is
// written out here: migrations run as written). On a current graph it sets the same values.
MATCH (hidden:Claim)-[:SUBJECT]->(e:Event)
WHERE hidden.identifying = true AND hidden.timeStart IS NOT NULL
  AND coalesce(hidden.factPublished, false) = false
WITH DISTINCT e
OPTIONAL MATCH (e)<-[:SUBJECT]-(c:Claim)
  WHERE c.timeStart IS NOT NULL AND c.verification <> 'RETRACTED'
    AND (coalesce(c.identifying, false) = false OR coalesce(c.factPublished, false))
WITH e, min(c.timeStart) AS firstDate, max(c.timeEnd) AS lastDate
SET e.firstDate = firstDate, e.lastDate = lastDate, e.sortDate = coalesce(firstDate, date('9999-12-31'))
