// Stores a new API key: its public id, the SHA-256 of its secret (never the secret), its role
// and clearance, and who created it. Not a :Node, so no graph query ever reaches it.
// Parameters: $id, $name, $role, $cleared, $secretHash, $createdBy
// Returns: the stored key (without its hash)
CREATE (k:ApiKey {
  id: $id,
  name: $name,
  role: $role,
  cleared: $cleared,
  secretHash: $secretHash,
  createdBy: $createdBy,
  createdAt: datetime()
})
RETURN k.id AS id, k.name AS name, k.role AS role, k.cleared AS cleared, k.createdBy AS createdBy,
       toString(k.createdAt) AS createdAt, null AS revokedAt, null AS revokedBy
