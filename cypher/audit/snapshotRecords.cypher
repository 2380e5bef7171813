// Records as they are, for the audit trail and for undo: labels, properties with their types,
// relationships both ways and an entity's aliases. Taken inside the write's transaction; with
// $lock, taking each record's write lock first, so that no other writer changes a record between
// this snapshot and the write (the second waits for the first to commit).
// Parameters: $ids: [id], $lock: boolean
// Returns: id, labels (null: no such record), props, outgoing, incoming, aliases: see
//   src/repositories/record-snapshots.ts (props: [{ key, value, type }])
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
// @when lock
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | SET n.id = n.id)
// @end
RETURN id,
       labels(n) AS labels,
       [key IN keys(n) | { key: key, value: n[key], type: valueType(n[key]) }] AS props,
       [(n)-[r]->(other:Node) | { type: type(r), other: other.id,
          props: [key IN keys(r) | { key: key, value: r[key], type: valueType(r[key]) }] }] AS outgoing,
       [(other:Node)-[r]->(n) | { type: type(r), other: other.id,
          props: [key IN keys(r) | { key: key, value: r[key], type: valueType(r[key]) }] }] AS incoming,
       [(n)-[:KNOWN_AS]->(alias:Alias) | { key: alias.key, name: alias.name,
          usedBy: [(alias)-[u:USED_BY]->(s:Node) | { source: s.id, note: u.note }] }] AS aliases
