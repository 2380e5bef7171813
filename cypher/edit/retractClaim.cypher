// Marks a claim retracted, keeping it: its verification becomes RETRACTED (totals and event
// dates then set it aside), with who retracted it, when and why.
// Parameters: $id, $principalId, $principalName, $reason
// Returns: id
MATCH (c:Node:Claim {id: $id})
SET c.verification = 'RETRACTED',
    c.retractedAt = datetime(),
    c.retractedBy = $principalId,
    c.retractedByName = $principalName,
    c.retractionReason = $reason
RETURN c.id AS id
