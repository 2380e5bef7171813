// The paths one edge longer than the open partial paths of walk __it__ that can still reach the
// target within $maxLength edges: __it__.open holds partial paths (lists of entity nodes) from the
// source, __it__.rings the entities around the target by distance (see nextRing). A path never
// visits an entity twice.
// Parameters: $maxLength, $alongEdges (true), $edgePredicates, $filter, $view
// Returns: a list of { path: [entity node], soonest: the fewest edges it can reach the target in }
//   (a path comes once per claim or containment behind its last edge)
COLLECT {
  UNWIND __it__.open AS g_open
  WITH g_open, last(g_open) AS g_last
  UNWIND @entityHops(g_last) AS g_next
  WITH g_open, g_next, [d IN range(0, size(__it__.rings) - 1) WHERE g_next IN __it__.rings[d]][0] AS g_left
  WHERE NOT g_next IN g_open AND size(g_open) + g_left <= $maxLength
  RETURN {path: g_open + g_next, soonest: size(g_open) + g_left}
}
