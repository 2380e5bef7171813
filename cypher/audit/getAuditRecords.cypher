// Audit records by id.
// Parameters: $ids: [audit id]
// Returns: record (see listAuditRecords)
UNWIND $ids AS id
MATCH (a:AuditRecord {id: id})
RETURN a { .* } AS record
