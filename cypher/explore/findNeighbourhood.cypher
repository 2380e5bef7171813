// The entities within $steps steps of the starting ones, walked breadth first through the claims
// the caller may draw on (see fragments/entityHops): the $limit nearest are kept (by distance,
// then by how many claims tie them to the ring before, then by id), and every distinct entity
// reached is counted, so that the answer says exactly how many it left out.
// The walk reads the claims themselves rather than a layer of entity-to-entity edges kept up to
// date on import: such a layer would hold what everyone may see, while each caller's lens and
// clearance decide which claims, and so which edges, exist for them. The database holds the
// rings (node references) and nothing else grows with the graph.
// Parameters: $ids: [entity id] (the starting entities), $steps: 0..4, $limit: how many entities
//   to keep (at least size($ids)), $alongEdges (false), $edgePredicates, $filter, $view (see
//   fragments/entityHops, claimInExploreFilter, entityInExploreFilter, claimVisible)
// Returns: reachable (distinct entities within $steps steps, the starting ones included),
//   nodes: [{ id, distance }] (the kept ones, at most $limit, nearest first)
MATCH (start:Node:Entity)
WHERE start.id IN $ids
WITH [collect(start)] AS rings, [[]] AS ties
// One line a step, as many as MAX_DEPTH (4) in src/services/exploration.ts (a step past $steps
// reads nothing). A loop (reduce) would hold everything its subqueries read until it ends.
CALL (rings) { UNWIND @nextRing(rings) AS next WITH next, count(*) AS n RETURN collect(next) AS ring, collect(n) AS tied }
WITH rings + [ring] AS rings, ties + [tied] AS ties
CALL (rings) { UNWIND @nextRing(rings) AS next WITH next, count(*) AS n RETURN collect(next) AS ring, collect(n) AS tied }
WITH rings + [ring] AS rings, ties + [tied] AS ties
CALL (rings) { UNWIND @nextRing(rings) AS next WITH next, count(*) AS n RETURN collect(next) AS ring, collect(n) AS tied }
WITH rings + [ring] AS rings, ties + [tied] AS ties
CALL (rings) { UNWIND @nextRing(rings) AS next WITH next, count(*) AS n RETURN collect(next) AS ring, collect(n) AS tied }
WITH rings + [ring] AS rings, ties + [tied] AS ties
UNWIND range(0, size(rings) - 1) AS distance
UNWIND range(0, size(rings[distance]) - 1) AS i
// Grouped, so that the rows sorted next no longer carry the rings (a sort keeps whole rows).
WITH distance, rings[distance][i] AS node, max(coalesce(ties[distance][i], 0)) AS tiedBy
ORDER BY distance, tiedBy DESC, node.id
WITH collect({id: node.id, distance: distance}) AS ranked
RETURN size(ranked) AS reachable, ranked[0..$limit] AS nodes
