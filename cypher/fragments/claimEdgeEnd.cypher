// Whether link __it__ from a claim (OBJECT or AT_PLACE) ends at the target of a graph edge the
// claim gives from its subject. A claim whose predicate links two entities ($edgePredicates)
// gives an edge from its subject to its object; any claim but an OCCURRED_IN one (whose object is
// the place already) gives an OCCURRED_IN edge from its subject to each of its places.
// Parameters: $edgePredicates: [predicate] (ENTITY_OBJECT_PREDICATES in src/domain/vocabulary.ts)
// Returns: a boolean expression (false for any other link)
CASE type(__it__)
  WHEN 'OBJECT' THEN startNode(__it__).predicate IN $edgePredicates
  WHEN 'AT_PLACE' THEN startNode(__it__).predicate <> 'OCCURRED_IN'
  ELSE false
END
