// Identifying claims are few: the start-up migration that keeps event dates free of them finds
// them through this index instead of reading every claim (see migrations/event-dates-public).
CREATE INDEX claim_identifying IF NOT EXISTS FOR (c:Claim) ON (c.identifying)
