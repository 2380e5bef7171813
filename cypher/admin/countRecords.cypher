// How many sources, entities and claims the graph holds.
// Parameters: none
// Returns: sources, entities, claims
RETURN COUNT { (:Source) } AS sources,
       COUNT { (:Entity) } AS entities,
       COUNT { (:Claim) } AS claims
