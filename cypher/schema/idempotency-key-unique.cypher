// One stored answer per caller and idempotency key: key = JSON of [principal id, key]. Two
// requests racing with one key cannot both write.
CREATE CONSTRAINT idempotency_key_unique IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.key IS UNIQUE
