// Names and aliases of protected entities and sources, to be redacted from quotes shown to
// callers without clearance; a name its sources published (a first name) is no secret and stays.
// The fragment is about no variable: write @protectedNames().
// Parameters: none
// Returns: a list of strings
COLLECT {
  MATCH (pn_node:Node)
  WHERE pn_node.protected = true
  OPTIONAL MATCH (pn_node)-[:KNOWN_AS]->(pn_alias:Alias)
  WITH collect(DISTINCT pn_node.name) AS pn_names, collect(DISTINCT pn_alias.name) AS pn_aliases,
       reduce(pn_shown = [], pn_values IN collect(DISTINCT coalesce(pn_node.publishedValues, [])) | pn_shown + pn_values) AS pn_published
  UNWIND pn_names + pn_aliases AS pn_name
  WITH DISTINCT pn_name, pn_published
  WHERE NOT pn_name IN pn_published
  RETURN pn_name
}
