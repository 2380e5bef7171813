// The entities one step from entity __it__ in a neighbourhood: through each claim the entity is
// the subject or object of (and the caller may draw on), every end of the edges that claim gives
// (see claimEdgeEnd: its subject, its object, its places); and the places or events it is part of
// or that are part of it. An entity comes once per claim (or containment) that ties it to __it__,
// so that the walk can rank the nodes it reaches by how much ties them in.
// Parameters: $edgePredicates (see claimEdgeEnd), $filter (see claimInExploreFilter), $view
// Returns: a list of entity nodes, with repeats, __it__ itself left out
COLLECT {
  MATCH (__it__)<-[h_in:SUBJECT|OBJECT]-(h_claim:Claim)-[h_out:SUBJECT|OBJECT|AT_PLACE]->(h_to:Entity)
  WHERE (@claimEdgeEnd(h_out) OR (type(h_out) = 'SUBJECT' AND @claimEdgeEnd(h_in)))
    AND @claimInExploreFilter(h_claim)
  RETURN h_to
  UNION ALL
  MATCH (__it__)-[:PART_OF]-(h_to:Entity)
  RETURN h_to
}
