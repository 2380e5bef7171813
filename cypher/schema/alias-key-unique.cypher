// One alias node per entity and spelling: key = "<entity id>|<spelling>".
CREATE CONSTRAINT alias_key_unique IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE
