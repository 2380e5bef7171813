// A property value put back from a snapshot (undo): __it__ is { value, type }, the type as
// src/repositories/record-snapshots.ts names it; JSON keeps strings, numbers and booleans as they were.
// Parameters: none
// Returns: a value
CASE __it__.type
  WHEN 'INTEGER' THEN toInteger(__it__.value)
  WHEN 'DATE' THEN date(__it__.value)
  WHEN 'DATETIME' THEN datetime(__it__.value)
  WHEN 'POINT' THEN point(__it__.value)
  ELSE __it__.value
END
