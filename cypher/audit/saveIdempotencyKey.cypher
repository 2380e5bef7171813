// Stores the answer to a request sent with an idempotency key, in the request's write
// transaction: the key exists exactly when the write committed. CREATE: the unique constraint
// refuses a second request racing with the same key.
// Parameters: $key (JSON of [principal id, key]), $principalId, $fingerprint, $result (JSON), $auditId
// Returns: key
CREATE (k:IdempotencyKey {key: $key, principalId: $principalId, fingerprint: $fingerprint,
                          result: $result, auditId: $auditId, at: datetime()})
RETURN k.key AS key
