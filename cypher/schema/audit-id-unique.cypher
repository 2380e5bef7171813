// One audit record per id: `audit:<uuid>`.
CREATE CONSTRAINT audit_id_unique IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.id IS UNIQUE
