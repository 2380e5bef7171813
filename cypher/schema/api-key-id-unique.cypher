// API keys are found by the public part of the key; their secrets are kept only as hashes.
CREATE CONSTRAINT api_key_id_unique IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE
