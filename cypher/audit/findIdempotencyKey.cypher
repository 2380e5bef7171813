// The answer stored for a caller's idempotency key, if the key was used.
// Parameters: $key (JSON of [principal id, key])
// Returns: fingerprint (hash of the first request), result (JSON), at
MATCH (k:IdempotencyKey {key: $key})
RETURN k.fingerprint AS fingerprint, k.result AS result, k.at AS at
