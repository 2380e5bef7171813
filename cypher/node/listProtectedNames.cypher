// Names and aliases of protected entities and sources, to be redacted from quotes shown to
// callers without clearance; a name its sources published (a first name) is no secret and stays.
// Parameters: none
// Returns: names: [string]
MATCH (n:Node)
WHERE n.protected = true
OPTIONAL MATCH (n)-[:KNOWN_AS]->(alias:Alias)
WITH collect(DISTINCT n.name) AS names, collect(DISTINCT alias.name) AS aliasNames,
     reduce(shown = [], values IN collect(DISTINCT coalesce(n.publishedValues, [])) | shown + values) AS published
RETURN [name IN names + aliasNames WHERE NOT name IN published] AS names
