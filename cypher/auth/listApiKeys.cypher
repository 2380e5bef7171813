// Every API key, newest first, without hashes: the admin's inventory.
// Parameters: none
// Returns: id, name, role, cleared, createdBy, createdAt, revokedAt, revokedBy
MATCH (k:ApiKey)
RETURN k.id AS id, k.name AS name, k.role AS role, k.cleared AS cleared, k.createdBy AS createdBy,
       toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt, k.revokedBy AS revokedBy
ORDER BY k.createdAt DESC, k.id
