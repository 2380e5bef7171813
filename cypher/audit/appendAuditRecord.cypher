// Appends a record to the audit trail, in the transaction of the write it describes. An undo
// also marks the change it reverted; undoing an undo clears that mark on the original change,
// which then stands again. `at` is the clock when this statement runs, the last of its write:
// a later change of the same records waited for this one to commit, so its `at` is later.
// Parameters: $id, $principalId, $principalName, $action, $recordIds: [id] (the records
//   written), $relatedIds: [id] (records they link to), $allRecords (an import too large to
//   list its ids), $before, $after (JSON strings | null), $reason, $undoes (audit id | null)
// Returns: id, at
CREATE (a:AuditRecord {
  id: $id,
  at: datetime.realtime(),
  principalId: $principalId,
  principalName: $principalName,
  action: $action,
  recordIds: $recordIds,
  relatedIds: $relatedIds,
  allRecords: $allRecords,
  before: $before,
  after: $after,
  reason: $reason,
  undoes: $undoes
})
WITH a
CALL (a) {
  MATCH (undone:AuditRecord {id: a.undoes})
  SET undone.undoneBy = a.id
  WITH undone
  MATCH (original:AuditRecord {id: undone.undoes})
  WHERE original.undoneBy = undone.id
  SET original.undoneBy = null
}
RETURN a.id AS id, a.at AS at
