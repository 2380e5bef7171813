// Names and aliases of protected entities and sources, to be redacted from quotes shown to
// callers without clearance (see fragments/protectedNames).
// Parameters: none
// Returns: names: [string]
RETURN @protectedNames() AS names
