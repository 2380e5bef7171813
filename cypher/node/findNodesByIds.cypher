// Which of the given ids exist already, as what, and (for sources) when they were published:
// used to check references and to date claims before an import writes anything.
// Parameters: $ids: [id]
// Returns: id, type ('Actor'|'Faction'|'Place'|'Event'|'Source'|'Claim'; null for an entity merged
// into another), publishedOn, mergedInto (the id it was merged into)
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id,
       [label IN labels(n) WHERE label IN ['Actor', 'Faction', 'Place', 'Event', 'Source', 'Claim']][0] AS type,
       n.publishedOn AS publishedOn,
       head([(n)-[:MERGED_INTO]->(kept) | kept.id]) AS mergedInto
