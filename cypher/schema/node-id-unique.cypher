// Every record (actor, faction, place, event, source, claim) carries :Node and a unique id.
CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE
