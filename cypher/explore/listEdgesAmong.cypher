// The edges among some entities: from the claims the caller may draw on (through the view and the
// explore filter), one edge per relation, subject, target and role, with the claims behind it and
// how many independent original speakers made them; and containment (PART_OF, from the
// gazetteer, with no claims). See fragments/claimEdgeEnd for the edges a claim gives.
// Parameters: $ids: [entity id], $edgePredicates, $filter (see fragments/claimInExploreFilter),
//   $view (see fragments/claimVisible)
// Returns: one row per edge: source, target, relation, role (null for OCCURRED_IN from a claim's
//   places, and for PART_OF), claimIds (by id), independentSources
MATCH (node:Node:Entity)
WHERE node.id IN $ids
WITH collect(node) AS nodes
CALL (nodes) {
  UNWIND nodes AS source
  MATCH (source)<-[:SUBJECT]-(claim:Claim)-[link:OBJECT|AT_PLACE]->(target:Entity)
  WHERE target IN nodes AND @claimEdgeEnd(link) AND @claimInExploreFilter(claim)
  WITH source, target, claim,
       CASE type(link) WHEN 'OBJECT' THEN claim.predicate ELSE 'OCCURRED_IN' END AS relation,
       CASE type(link) WHEN 'OBJECT' THEN claim.role END AS role
  ORDER BY claim.id
  RETURN source.id AS source, target.id AS target, relation, role,
         collect(claim.id) AS claimIds, count(DISTINCT @claimSpeaker(claim)) AS independentSources
  UNION ALL
  UNWIND nodes AS part
  MATCH (part)-[:PART_OF]->(whole)
  WHERE whole IN nodes
  RETURN part.id AS source, whole.id AS target, 'PART_OF' AS relation, null AS role,
         [] AS claimIds, 0 AS independentSources
}
RETURN source, target, relation, role, claimIds, independentSources
