// How two entities are connected: the $first simple paths of at most $maxLength edges (claim
// edges the caller may draw on and containment, either way along them), shortest first, then by
// the ids along them.
// First the entities within $maxLength - 1 edges of the target are found, ring by ring, each with
// its distance to the target. Then paths grow from the source one edge a step, only to entities
// near enough to the target to end within $maxLength edges; each step keeps the $candidates
// partial paths that could end soonest (then by ids). A partial path that could end in as few
// edges as the shortest path always can (each of its entities lies one ring nearer the target
// than the one before), so the shortest paths are exact whenever $candidates >= $first; longer
// ones are the first found among the partial paths kept.
// Parameters: $from, $to: entity ids, $maxLength: 1..6, $steps: $maxLength - 1, $first: 1..20,
//   $candidates, $alongEdges (true), $edgePredicates, $filter (events of other types are only
//   passed through as the source or the target), $view (see fragments/entityHops,
//   claimInExploreFilter, entityInExploreFilter, claimVisible)
// Returns: paths: [[entity id]] (each from $from to $to; at most $first)
MATCH (source:Node:Entity {id: $from})
MATCH (target:Node:Entity {id: $to})
WITH source, target, [[target]] AS rings
// One line a step, as many as the longest path allowed, 6, needs (a step past $steps reads
// nothing). A loop (reduce) would hold everything its subqueries read until it ends.
CALL (rings) { UNWIND @nextRing(rings) AS next RETURN collect(DISTINCT next) AS ring }
WITH source, target, rings + [ring] AS rings
CALL (rings) { UNWIND @nextRing(rings) AS next RETURN collect(DISTINCT next) AS ring }
WITH source, target, rings + [ring] AS rings
CALL (rings) { UNWIND @nextRing(rings) AS next RETURN collect(DISTINCT next) AS ring }
WITH source, target, rings + [ring] AS rings
CALL (rings) { UNWIND @nextRing(rings) AS next RETURN collect(DISTINCT next) AS ring }
WITH source, target, rings + [ring] AS rings
CALL (rings) { UNWIND @nextRing(rings) AS next RETURN collect(DISTINCT next) AS ring }
WITH target, {rings: rings + [ring], open: [[source]]} AS walk,
     CASE WHEN source = target THEN [[source]] ELSE [] END AS found
// Again one line a step, up to 6 edges. Grouping merges the copies of a path (one per claim
// behind its last edge). A sort keeps whole rows, and each row here carries the rings: Neo4j
// counts them once per candidate kept, so $candidates stays small.
CALL (walk) { UNWIND @longerPaths(walk) AS g WITH g.path AS path, g.soonest AS soonest, count(*) AS n ORDER BY soonest, [x IN path | x.id] LIMIT $candidates RETURN collect(path) AS grown }
WITH target, walk {.rings, open: [p IN grown WHERE last(p) <> target]} AS walk, found + [p IN grown WHERE last(p) = target] AS found
CALL (walk) { UNWIND @longerPaths(walk) AS g WITH g.path AS path, g.soonest AS soonest, count(*) AS n ORDER BY soonest, [x IN path | x.id] LIMIT $candidates RETURN collect(path) AS grown }
WITH target, walk {.rings, open: [p IN grown WHERE last(p) <> target]} AS walk, found + [p IN grown WHERE last(p) = target] AS found
CALL (walk) { UNWIND @longerPaths(walk) AS g WITH g.path AS path, g.soonest AS soonest, count(*) AS n ORDER BY soonest, [x IN path | x.id] LIMIT $candidates RETURN collect(path) AS grown }
WITH target, walk {.rings, open: [p IN grown WHERE last(p) <> target]} AS walk, found + [p IN grown WHERE last(p) = target] AS found
CALL (walk) { UNWIND @longerPaths(walk) AS g WITH g.path AS path, g.soonest AS soonest, count(*) AS n ORDER BY soonest, [x IN path | x.id] LIMIT $candidates RETURN collect(path) AS grown }
WITH target, walk {.rings, open: [p IN grown WHERE last(p) <> target]} AS walk, found + [p IN grown WHERE last(p) = target] AS found
CALL (walk) { UNWIND @longerPaths(walk) AS g WITH g.path AS path, g.soonest AS soonest, count(*) AS n ORDER BY soonest, [x IN path | x.id] LIMIT $candidates RETURN collect(path) AS grown }
WITH target, walk {.rings, open: [p IN grown WHERE last(p) <> target]} AS walk, found + [p IN grown WHERE last(p) = target] AS found
CALL (walk) { UNWIND @longerPaths(walk) AS g WITH g.path AS path, g.soonest AS soonest, count(*) AS n ORDER BY soonest, [x IN path | x.id] LIMIT $candidates RETURN collect(path) AS grown }
WITH found + [p IN grown WHERE last(p) = target] AS found
UNWIND found AS path
WITH [x IN path | x.id] AS ids, count(*) AS n
ORDER BY size(ids), ids
LIMIT $first
RETURN collect(ids) AS paths
