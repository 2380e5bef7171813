// Ranked search over names and aliases. An alias hit counts for the entity it belongs to; each
// record appears once, with its best-scoring name. Protected records are left out unless the
// caller is cleared.
// Parameters: $query (a Lucene query built by the search service), $types: [label]|null,
//   $cleared: boolean, $limit
// Returns: id, type, matched, score, entity (see fragments/entityFields; null for a source),
//   source (see fragments/sourceFields; null for an entity)
CALL db.index.fulltext.queryNodes('name_fulltext', $query, { limit: 200 }) YIELD node, score
WITH CASE WHEN node:Alias THEN head([(node)<-[:KNOWN_AS]-(owner) | owner]) ELSE node END AS hit,
     node.name AS matched,
     score
WHERE hit IS NOT NULL
  AND ($cleared OR coalesce(hit.protected, false) = false)
WITH hit, matched, score,
     [label IN labels(hit) WHERE label IN ['Actor', 'Faction', 'Place', 'Event', 'Source']][0] AS type
WHERE $types IS NULL OR type IN $types
WITH hit, type, matched, score
ORDER BY score DESC
WITH hit, type, collect({ matched: matched, score: score })[0] AS best
WITH hit, type, best
ORDER BY best.score DESC, hit.id
LIMIT $limit
RETURN hit.id AS id, type, best.matched AS matched, best.score AS score,
       CASE WHEN type = 'Source' THEN null ELSE @entityFields(hit) END AS entity,
       CASE WHEN type = 'Source' THEN @sourceFields(hit) ELSE null END AS source
