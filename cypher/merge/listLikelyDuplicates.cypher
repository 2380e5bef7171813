// A page of likely duplicates: pairs of entities of one type and kind whose names or aliases are
// alike, found by the name_fulltext index (each entity's name and aliases as a fuzzy query), in
// the order of their ids. Anchors are read in id order, at most $scan per page, so a page costs
// at most $scan index queries however few pairs it finds. Never a pair judged not the same (in
// either entity's `notSame`), never a tombstone (it has no entity label), and no protected
// entity unless the caller is cleared. Places (or anything with a location) within $nearKm of
// each other score one point more.
// Parameters: $type (label | null: every type), $cleared, $afterAnchor (id | null),
//   $afterOther (id | null: resume after every pair of $afterAnchor), $scan, $limit, $nearKm
// Returns: pairs: [{ first, second, score, matched: [name], distanceKm }] (at most $limit,
//   ordered by first then second), scanned (anchors read), lastAnchor (id of the last one read)
MATCH (a:Node:Entity)
WHERE ($afterAnchor IS NULL OR a.id >= $afterAnchor)
  AND ($type IS NULL OR $type IN labels(a))
  AND ($cleared OR coalesce(a.protected, false) = false)
WITH a
ORDER BY a.id
LIMIT toInteger($scan)
WITH collect(a) AS anchors
CALL (anchors) {
  UNWIND anchors AS a
  WITH a, [label IN labels(a) WHERE label IN ['Actor', 'Faction', 'Place', 'Event']][0] AS type
  CALL (a) {
    UNWIND [a.name] + [(a)-[:KNOWN_AS]->(alias:Alias) | alias.name] AS spelling
    // Lucene's operators become spaces: the names are searched for, never parsed as a query.
    WITH reduce(text = toLower(toString(spelling)), c IN ['\\', '+', '-', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', '&', '|'] |
           replace(text, c, ' ')) AS cleaned
    UNWIND split(cleaned, ' ') AS term
    WITH DISTINCT term
    WHERE size(term) > 1
    WITH term
    LIMIT 32
    // Fuzzy (up to two edits) for words long enough that two edits do not match everything.
    RETURN reduce(query = '', t IN collect(term) | query + ' ' + t + CASE WHEN size(t) > 3 THEN '~' ELSE '' END) AS query
  }
  WITH a, type, query
  WHERE trim(query) <> ''
  CALL (a, type, query) {
    CALL db.index.fulltext.queryNodes('name_fulltext', query, { limit: 50 }) YIELD node, score
    WITH CASE WHEN node:Alias THEN head([(node)<-[:KNOWN_AS]-(owner) | owner]) ELSE node END AS b,
         node.name AS matched,
         score
    WHERE b:Entity AND type IN labels(b)
      AND b.id > a.id
      AND ($afterAnchor IS NULL OR a.id > $afterAnchor OR ($afterOther IS NOT NULL AND b.id > $afterOther))
      AND coalesce(b.kind, '') = coalesce(a.kind, '')
      AND coalesce(b.eventType, '') = coalesce(a.eventType, '')
      AND ($cleared OR coalesce(b.protected, false) = false)
      AND NOT b.id IN coalesce(a.notSame, [])
      AND NOT a.id IN coalesce(b.notSame, [])
    WITH b, matched, score
    ORDER BY score DESC
    WITH b, max(score) AS score, collect(DISTINCT matched) AS matched
    WITH b, score, matched,
         CASE WHEN a.location IS NOT NULL AND b.location IS NOT NULL
              THEN point.distance(a.location, b.location) / 1000.0 END AS distanceKm
    RETURN b.id AS second,
           score + CASE WHEN distanceKm <= $nearKm THEN 1.0 ELSE 0.0 END AS score,
           matched,
           distanceKm
  }
  WITH a.id AS first, second, score, matched, distanceKm
  ORDER BY first, second
  LIMIT toInteger($limit)
  RETURN collect({ first: first, second: second, score: score, matched: matched, distanceKm: distanceKm }) AS pairs
}
RETURN pairs, size(anchors) AS scanned, anchors[-1].id AS lastAnchor
