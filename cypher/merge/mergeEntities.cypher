// Merges one entity into another of the same type (the caller checked the pair): every
// relationship of `absorb` (claims about it, places and events inside it, sources it spoke) moves
// to `keep` with its properties; its aliases and its name become aliases of `keep`, keeping the
// sources that used them; its not-same judgements pass to `keep`. `absorb` stays as a tombstone
// (:Node:Merged, no entity labels, so no list, search or count sees it) pointing MERGED_INTO
// `keep`, so its id keeps resolving and is never reused. A link between the two is dropped (it
// would point at itself). The audit trail's snapshots of both hold all of it, for undo.
// Parameters: $keep, $absorb
// Returns: moved (relationships moved)
MATCH (keep:Node:Entity {id: $keep})
MATCH (absorb:Node:Entity {id: $absorb})
CALL (keep, absorb) {
  MATCH (keep)-[between]-(absorb)
  DELETE between
}
CALL (keep, absorb) {
  MATCH (absorb)-[r]->(other:Node)
  CREATE (keep)-[moved:$(type(r))]->(other)
  SET moved = properties(r)
  DELETE r
  RETURN count(moved) AS outgoing
}
CALL (keep, absorb) {
  MATCH (other:Node)-[r]->(absorb)
  CREATE (other)-[moved:$(type(r))]->(keep)
  SET moved = properties(r)
  DELETE r
  RETURN count(moved) AS incoming
}
CALL (keep, absorb) {
  MATCH (absorb)-[:KNOWN_AS]->(old:Alias)
  MERGE (alias:Alias {key: keep.id + '|' + old.name})
  SET alias.name = old.name
  MERGE (keep)-[:KNOWN_AS]->(alias)
  WITH old, alias
  CALL (old, alias) {
    MATCH (old)-[use:USED_BY]->(source:Node)
    MERGE (alias)-[kept:USED_BY]->(source)
    SET kept.note = coalesce(kept.note, use.note)
  }
  DETACH DELETE old
}
CALL (keep, absorb) {
  WITH keep, absorb
  WHERE absorb.name <> keep.name
  MERGE (alias:Alias {key: keep.id + '|' + absorb.name})
  SET alias.name = absorb.name
  MERGE (keep)-[:KNOWN_AS]->(alias)
}
WITH keep, absorb, outgoing + incoming AS moved
WITH keep, absorb, moved,
     [id IN coalesce(keep.notSame, []) + coalesce(absorb.notSame, []) WHERE id <> keep.id] AS notSame
SET keep.notSame = CASE WHEN size(notSame) = 0 THEN null
                        ELSE reduce(ids = [], id IN notSame | CASE WHEN id IN ids THEN ids ELSE ids + id END) END
REMOVE absorb:Entity:Actor:Faction:Place:Event
SET absorb:Merged
CREATE (absorb)-[:MERGED_INTO]->(keep)
RETURN moved
