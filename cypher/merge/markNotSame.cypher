// Records an editor's judgement that two entities are different (the caller checked the pair):
// each lists the other in `notSame`, so likelyDuplicates never pairs them again and
// mergeEntities refuses them. A property rather than a relationship: no walk of the graph
// (neighbourhoods, paths, traces) should treat a judgement as a link between the two.
// Parameters: $a, $b
// Returns: marked
MATCH (a:Node:Entity {id: $a})
MATCH (b:Node:Entity {id: $b})
SET a.notSame = coalesce(a.notSame, []) + b.id,
    b.notSame = coalesce(b.notSame, []) + a.id
RETURN count(*) AS marked
