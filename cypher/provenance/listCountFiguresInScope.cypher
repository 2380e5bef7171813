// The figures (COUNT claims) reported about the events of a scope, as the totals rules need
// them: one compact row per figure the caller may see, with who ultimately said it and the
// events the figure's event lies inside (to avoid counting a part and its whole twice).
// A scope is an event with the events inside it, or else the events a place/period filter keeps.
// Parameters: $eventId: id|null, $filter (see fragments/eventInFilter; used when $eventId is
//   null), $view (see fragments/claimVisible)
// Returns: id, subjectId, props { count fields, verification, saidOn, recordedAt }, speakerId
//   (the original source's speaker, or that source), ancestorIds: [event id]
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
WITH e, [(e)-[:PART_OF*1..10]->(ancestor:Event) | ancestor.id] AS ancestorIds
MATCH (e)<-[:SUBJECT]-(k:Claim {predicate: 'COUNT'})
WHERE @claimVisible(k)
RETURN k.id AS id,
       e.id AS subjectId,
       k {
         .countValue, .countQualifier, .countLow, .countBest, .countHigh, .countUnit,
         .countMeasure, .countCategory, .verification, .saidOn, .recordedAt
       } AS props,
       [(k)-[:ATTRIBUTED_TO {origin: true}]->(origin)
         | coalesce([(origin)-[:SPOKEN_BY]->(speaker) | speaker.id][0], origin.id)][0] AS speakerId,
       ancestorIds
