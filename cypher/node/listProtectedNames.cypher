// Names and aliases of protected entities and sources, to be redacted from quotes shown to
// callers without clearance.
// Parameters: none
// Returns: names: [string]
MATCH (n:Node)
WHERE n.protected = true
OPTIONAL MATCH (n)-[:KNOWN_AS]->(alias:Alias)
WITH collect(DISTINCT n.name) AS names, collect(DISTINCT alias.name) AS aliasNames
RETURN names + aliasNames AS names
