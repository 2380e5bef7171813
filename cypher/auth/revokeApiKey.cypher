// Revokes a key for good (a revoked key is kept, so the audit trail can still name it).
// Revoking twice keeps the first revocation.
// Parameters: $id, $revokedBy
// Returns: the key as it now is (no row: no such key)
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime()),
    k.revokedBy = coalesce(k.revokedBy, $revokedBy)
RETURN k.id AS id, k.name AS name, k.role AS role, k.cleared AS cleared, k.createdBy AS createdBy,
       toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt, k.revokedBy AS revokedBy
