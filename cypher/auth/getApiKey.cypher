// The key with this public id, for checking a presented secret against its hash.
// Parameters: $id
// Returns: id, name, role, cleared, secretHash, revokedAt (at most one row)
MATCH (k:ApiKey {id: $id})
RETURN k.id AS id, k.name AS name, k.role AS role, k.cleared AS cleared, k.secretHash AS secretHash,
       toString(k.revokedAt) AS revokedAt
