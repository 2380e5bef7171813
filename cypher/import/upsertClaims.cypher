// Writes a batch of claims: creates or updates the claim nodes, replaces their links to
// entities and sources (subject, object, places, attribution chain: position 0 is the
// publishing source, the last the original speaker), drops their links to other claims
// (linkClaims writes those once every claim of the dataset exists), and records each
// consecutive pair of a chain as source RELAYS source. Links are replaced, never merged, so
// that an interrupted import run again ends with the same graph as a clean run. Every list is
// unwound once for the whole batch: no subquery runs per row. A relayed pair comes once per
// import (the first batch that shows it).
// Parameters: $claims: [{ id, predicate, role, quote, statement, countValue, countQualifier,
//   countLow, countHigh, countBest, countUnit, countMeasure, countCategory, timeStart, timeEnd,
//   timeAnchor, saidOn (YYYY-MM-DD|null; date(null) is null), timePrecision, timeEdtf,
//   timePhrase, credibility, verification, identifying, factPublished, verificationSteps: [JSON string], note }],
//   $subjects, $objects, $places: [{ claim, target }],
//   $chain: [{ claim, source, position, origin (true for the last) }], $relays: [{ from, to }]
// Returns: written
CALL () {
  UNWIND $claims AS row
  // Merged with its type's labels: an id that belongs to a record of another type is not
  // found, and the node MERGE would create is refused by the unique constraint on ids.
  MERGE (c:Node:Claim {id: row.id})
  ON CREATE SET c.recordedAt = datetime()
  SET c:Claim,
      c.predicate = row.predicate,
      c.role = row.role,
      c.quote = row.quote,
      c.statement = row.statement,
      c.countValue = row.countValue,
      c.countQualifier = row.countQualifier,
      c.countLow = row.countLow,
      c.countHigh = row.countHigh,
      c.countBest = row.countBest,
      c.countUnit = row.countUnit,
      c.countMeasure = row.countMeasure,
      c.countCategory = row.countCategory,
      c.timeStart = date(row.timeStart),
      c.timeEnd = date(row.timeEnd),
      c.timePrecision = row.timePrecision,
      c.timeEdtf = row.timeEdtf,
      c.timePhrase = row.timePhrase,
      c.timeAnchor = date(row.timeAnchor),
      c.saidOn = date(row.saidOn),
      c.credibility = row.credibility,
      c.verification = row.verification,
      c.identifying = row.identifying,
      c.factPublished = row.factPublished,
      c.verificationSteps = row.verificationSteps,
      c.note = row.note
  RETURN collect(c) AS written
}
// A claim just created has no links, and finding none costs next to nothing.
CALL (written) {
  UNWIND written AS c
  MATCH (c)-[old:SUBJECT|OBJECT|AT_PLACE|ATTRIBUTED_TO|ABOUT|SUPPORTS_CLAIM|CONTRADICTS_CLAIM]->()
  DELETE old
}
CALL () {
  UNWIND $subjects AS link
  MATCH (c:Node {id: link.claim})
  MATCH (target:Node {id: link.target})
  CREATE (c)-[:SUBJECT]->(target)
}
CALL () {
  UNWIND $objects AS link
  MATCH (c:Node {id: link.claim})
  MATCH (target:Node {id: link.target})
  CREATE (c)-[:OBJECT]->(target)
}
CALL () {
  UNWIND $places AS link
  MATCH (c:Node {id: link.claim})
  MATCH (place:Node {id: link.target})
  CREATE (c)-[:AT_PLACE]->(place)
}
CALL () {
  UNWIND $chain AS link
  MATCH (c:Node {id: link.claim})
  MATCH (source:Node {id: link.source})
  CREATE (c)-[:ATTRIBUTED_TO {position: toInteger(link.position), publisher: link.position = 0, origin: link.origin}]->(source)
}
CALL () {
  UNWIND $relays AS pair
  MATCH (relaying:Node {id: pair.from})
  MATCH (relayed:Node {id: pair.to})
  MERGE (relaying)-[:RELAYS]->(relayed)
}
RETURN size(written) AS written
