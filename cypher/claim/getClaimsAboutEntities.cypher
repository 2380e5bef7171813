// The claims each entity is the subject or object of, whole, with the records they name (their
// subjects, objects and places, and the sources of their chains), so that one statement answers a
// trace of any depth the trace types allow. An entity in more than $limit claims comes back with
// only its number, so that no request reads a hub's whole record into memory. The number counts
// the claims the caller may see at all (without clearance, those claimPublic lets through), not
// those the lens lets through, and never the identifying claims a caller may not see.
// Parameters: $ids: [entity id], $limit, $view (see fragments/claimVisible), $withNamedRecords
//   (false: entities and sources come back empty, for callers that read only the claims, such as
//   disputes over hundreds of events)
// Returns: id (entity id), total (claims touching it), claims: [claim] (see fragments/claimFields;
//   only those the view lets through; empty when total > $limit), entities: [entity] (their
//   subjects, objects and places: see fragments/entityFields), sources: [source] (the sources of
//   their chains: see fragments/sourceFields), protectedNames: [string] (see
//   fragments/protectedNames; empty for a caller with clearance, who sees every name)
// @when view.cleared
WITH [] AS protectedNames
// @end
// @when !view.cleared
WITH @protectedNames() AS protectedNames
// @end
UNWIND $ids AS id
MATCH (e:Node:Entity {id: id})
WITH protectedNames, e,
     COUNT { (e)<-[:SUBJECT|OBJECT]-(k:Claim) WHERE $view.cleared OR @claimPublic(k) } AS total
CALL (e, total) {
  MATCH (c:Claim)-[:SUBJECT|OBJECT]->(e)
  WHERE total <= $limit AND @claimVisible(c)
  WITH DISTINCT c
  RETURN collect(c) AS found
}
RETURN e.id AS id,
       total,
       [c IN found | @claimFields(c)] AS claims,
// @when !withNamedRecords
       [] AS entities,
       [] AS sources,
// @end
// @when withNamedRecords
       COLLECT {
         UNWIND found AS named_by
         MATCH (named_by)-[:SUBJECT|OBJECT|AT_PLACE]->(named:Entity)
         WITH DISTINCT named
         RETURN @entityFields(named)
       } AS entities,
       COLLECT {
         UNWIND found AS relayed
         MATCH (relayed)-[:ATTRIBUTED_TO]->(source:Source)
         WITH DISTINCT source
         RETURN @sourceFields(source)
       } AS sources,
// @end
       protectedNames
