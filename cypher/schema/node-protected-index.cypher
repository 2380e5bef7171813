// Protected records are few: redaction finds their names through this index instead of reading
// every node on each request (see node/listProtectedNames).
CREATE INDEX node_protected IF NOT EXISTS FOR (n:Node) ON (n.protected)
