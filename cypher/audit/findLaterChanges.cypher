// The changes after an audited one that touch what it wrote: records it wrote that they wrote or
// link to, or records it linked to that they wrote (two claims citing one place do not depend on
// each other). An import too large to list its records touches everything.
// Parameters: $id (audit id)
// Returns: id, action, at, principalName, undoes, undoneBy
MATCH (change:AuditRecord {id: $id})
MATCH (later:AuditRecord)
WHERE later.at > change.at
  AND (later.allRecords
    OR any(id IN later.recordIds WHERE id IN change.recordIds OR id IN change.relatedIds)
    OR any(id IN later.relatedIds WHERE id IN change.recordIds))
RETURN later.id AS id, later.action AS action, later.at AS at, later.principalName AS principalName,
       later.undoes AS undoes, later.undoneBy AS undoneBy
ORDER BY later.at
