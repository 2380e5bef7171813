// Totals of the figures (COUNT claims) reported about the events of a scope, added up in the
// database. Per event and measure (measure, category, unit), each independent speaker gives one
// figure: the highest (or, with $latest, the one said last); the event's range runs from the
// lowest of those to the highest. Events are added up, except an event inside another event of
// the scope that has a figure of its own for the same measure (that would count it twice).
// Retracted figures and figures without a number go in no total; with $verifiedOnly only
// verified or corroborated figures do. Figures left out are "set aside".
// A scope is an event with the events inside it, or else the events a place/period filter keeps.
// Parameters: $eventId: id|null, $filter (see fragments/eventInFilter; used when $eventId is
//   null), $view (see fragments/claimVisible), $latest: boolean, $verifiedOnly: boolean,
//   $withClaimIds: boolean (also list the ids of the figures used and set aside)
// Returns: measure, category, unit, low, high, openEnded, independentSpeakers, verified,
//   claimIds: [id]|null, setAsideIds: [id]|null (null unless $withClaimIds), setAsideCount
CALL () {
  // @when eventId
  MATCH (:Node:Event {id: $eventId})<-[:PART_OF*0..10]-(e:Event)
  RETURN e
  // @end
  // @when !eventId
  MATCH (e:Event)
  WHERE @eventInFilter(e)
  RETURN e
  // @end
}
MATCH (e)<-[:SUBJECT]-(k:Claim {predicate: 'COUNT'})
WHERE k.countQualifier IS NOT NULL AND @claimVisible(k)
WITH e, k,
     [k.countMeasure, k.countCategory, k.countUnit] AS measureKey,
     k.countLow IS NOT NULL AND k.verification <> 'RETRACTED'
       AND (NOT $verifiedOnly OR k.verification IN ['VERIFIED', 'CORROBORATED']) AS eligible,
     coalesce(k.saidOn, date(k.recordedAt)) AS reportedOn,
     @claimSpeaker(k) AS speakerId
// Each speaker's pick comes first in its group: the latest (with $latest) or the highest figure,
// then the later and the higher, then the id, so the answer never depends on storage order.
ORDER BY CASE WHEN $latest THEN reportedOn END DESC, k.countLow DESC, reportedOn DESC, k.id
WITH e, measureKey, speakerId,
     collect(CASE WHEN eligible THEN {
       id: k.id, low: k.countLow, high: coalesce(k.countHigh, k.countLow), open: k.countHigh IS NULL,
       verified: k.verification IN ['VERIFIED', 'CORROBORATED'], speakerId: speakerId
     } END)[0] AS pick,
     collect(k.id) AS figureIds
WITH e, measureKey,
     collect(pick) AS picks,
     reduce(ids = [], group IN collect(figureIds) | ids + group) AS figureIds
WITH measureKey,
     collect({ id: e.id, picks: picks, figureIds: figureIds }) AS events
// The events of this measure with a figure of their own, to leave out their parts.
WITH measureKey, events, [event IN events WHERE size(event.picks) > 0 | event.id] AS withFigures
UNWIND events AS event
CALL (event, withFigures) {
  OPTIONAL MATCH (:Node:Event {id: event.id})-[:PART_OF*1..10]->(larger:Event)
  WHERE larger.id IN withFigures
  RETURN count(larger) AS largerWithFigures
}
WITH measureKey, event, largerWithFigures = 0 AND size(event.picks) > 0 AS counted
WITH measureKey, counted, event.picks AS picks, event.figureIds AS figureIds,
     [pick IN event.picks | pick.id] AS pickIds,
     reduce(low = null, p IN event.picks | CASE WHEN low IS NULL OR p.low < low THEN p.low ELSE low END) AS eventLow,
     reduce(high = null, p IN event.picks | CASE WHEN high IS NULL OR p.high > high THEN p.high ELSE high END) AS eventHigh
WITH measureKey,
     sum(CASE WHEN counted THEN eventLow ELSE 0 END) AS low,
     sum(CASE WHEN counted THEN eventHigh ELSE 0 END) AS high,
     collect(CASE WHEN counted THEN picks END) AS countedPicks,
     collect(CASE WHEN counted THEN [id IN figureIds WHERE NOT id IN pickIds] ELSE figureIds END) AS setAsideByEvent
// Lists are flattened by UNWIND: concatenating them one by one would copy them over and over.
CALL (countedPicks) {
  UNWIND countedPicks AS picks
  UNWIND picks AS pick
  RETURN collect(pick) AS used, count(DISTINCT pick.speakerId) AS independentSpeakers
}
CALL (setAsideByEvent) {
  UNWIND setAsideByEvent AS ids
  UNWIND ids AS id
  RETURN collect(id) AS setAsideIds
}
WITH measureKey, low, high, used, independentSpeakers, setAsideIds
WHERE size(used) > 0
RETURN measureKey[0] AS measure,
       measureKey[1] AS category,
       measureKey[2] AS unit,
       low,
       high,
       any(p IN used WHERE p.open) AS openEnded,
       independentSpeakers,
       all(p IN used WHERE p.verified) AS verified,
       size(setAsideIds) AS setAsideCount,
       // @when withClaimIds
       [p IN used | p.id] AS claimIds,
       setAsideIds
       // @end
       // @when !withClaimIds
       null AS claimIds,
       null AS setAsideIds
       // @end
ORDER BY measure, category
