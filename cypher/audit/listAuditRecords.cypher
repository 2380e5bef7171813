// A page of the audit trail, newest first, keyset-paged by (at, id).
// Parameters: $recordId (records written or linked to), $who (principal id), $from, $to
//   (ISO date-times, inclusive), $after ({ at, id } of the last record of the previous page),
//   $limit (one more than the page, to tell whether there is a next)
// Returns: record: { id, at, principalId, principalName, action, recordIds, relatedIds,
//   allRecords, before, after, reason, undoes, undoneBy }
MATCH (a:AuditRecord)
WHERE a.at IS NOT NULL
// @when recordId
  AND ($recordId IN a.recordIds OR $recordId IN a.relatedIds)
// @end
// @when who
  AND a.principalId = $who
// @end
// @when from
  AND a.at >= datetime($from)
// @end
// @when to
  AND a.at <= datetime($to)
// @end
// @when after
  AND (a.at < datetime($after.at) OR (a.at = datetime($after.at) AND a.id < $after.id))
// @end
RETURN a { .* } AS record
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
