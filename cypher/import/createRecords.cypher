// Creates the nodes of records an editor adds, holding only their id and labels, before the
// import statements fill them in. CREATE, not MERGE: the unique constraint on ids then refuses
// an id that exists, or that another transaction is creating at this moment (it waits for that
// one to end), so of two writers of one id exactly one succeeds.
// Parameters: $rows: [{ id, labels: ['Node', 'Source'] | ['Node', 'Claim'] |
//   ['Node', 'Entity', 'Actor'|'Faction'|'Place'|'Event'] }] (from plan-writes.ts, never input text)
// Returns: created
UNWIND $rows AS row
CREATE (n:$(row.labels) {id: row.id, recordedAt: datetime()})
RETURN count(n) AS created
