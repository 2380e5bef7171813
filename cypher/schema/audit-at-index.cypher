// The audit trail is read newest first, and an undo looks for the changes after one.
CREATE RANGE INDEX audit_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at)
