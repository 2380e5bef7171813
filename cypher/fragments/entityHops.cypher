// The entities one step from entity __it__ in a walk, once per claim (or containment) that makes
// the step, so that a walk can count what ties an entity in. Only claims the caller may draw on
// count (see claimInExploreFilter), and PART_OF links either way always do.
// A neighbourhood ($alongEdges false) steps through each claim __it__ is the subject or object
// of, to every end of the edges the claim gives (see claimEdgeEnd): its subject, its object, its
// places. A path ($alongEdges true) steps along edges only, either way along them: from a claim's
// subject to the object or a place it gives an edge to, and back.
// Parameters: $alongEdges: boolean, $edgePredicates (see claimEdgeEnd), $filter, $view
// Returns: a list of entity nodes, with repeats (claim steps first, then containment)
COLLECT {
  // @when !alongEdges
  MATCH (__it__)<-[h_in:SUBJECT|OBJECT]-(h_claim:Claim)-[h_out:SUBJECT|OBJECT|AT_PLACE]->(h_to:Entity)
  WHERE (@claimEdgeEnd(h_out) OR (type(h_out) = 'SUBJECT' AND @claimEdgeEnd(h_in)))
  // @end
  // @when alongEdges
  MATCH (__it__)<-[h_in:SUBJECT|OBJECT|AT_PLACE]-(h_claim:Claim)-[h_out:SUBJECT|OBJECT|AT_PLACE]->(h_to:Entity)
  WHERE ((type(h_in) = 'SUBJECT' AND @claimEdgeEnd(h_out)) OR (type(h_out) = 'SUBJECT' AND @claimEdgeEnd(h_in)))
  // @end
    AND @claimInExploreFilter(h_claim)
  RETURN h_to
} + COLLECT { MATCH (__it__)-[:PART_OF]-(h_part:Entity) RETURN h_part }
