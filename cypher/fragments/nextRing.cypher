// The next ring of a breadth-first walk whose rings so far are __it__ (rings[d]: the entities
// first reached in d steps, each once): the entities one step (see entityHops) from the last ring
// that no ring holds yet and the explore filter lets in, once per claim or containment that ties
// them to it. Empty once the walk has taken $steps steps.
// The rings are held as lists, and each is tested with IN, which Neo4j answers from a set it
// builds once per list.
// Parameters: $steps: how many steps the walk takes, $alongEdges (see entityHops),
//   $edgePredicates, $filter, $view
// Returns: a list of entity nodes, with repeats
COLLECT {
  UNWIND CASE WHEN size(__it__) <= $steps THEN last(__it__) ELSE [] END AS r_from
  UNWIND @entityHops(r_from) AS r_to
  WITH r_to
  WHERE none(r_ring IN __it__ WHERE r_to IN r_ring) AND @entityInExploreFilter(r_to)
  RETURN r_to
}
