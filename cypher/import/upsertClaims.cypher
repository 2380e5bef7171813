// Creates or updates claim nodes; their links are written by linkClaims once every claim exists.
// Parameters: $rows: [{ id, predicate, role, quote, statement, countValue, countQualifier,
//   countLow, countHigh, countBest, countUnit, countMeasure, countCategory, timeStart, timeEnd
//   (YYYY-MM-DD|null), timePrecision, timeEdtf, timePhrase, timeAnchor, saidOn, credibility,
//   verification, identifying, verificationSteps: [JSON string], note }]
// Returns: created (number of new claims)
UNWIND $rows AS row
MERGE (c:Node {id: row.id})
ON CREATE SET c.recordedAt = datetime(), c._created = true
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
    c.timeStart = CASE WHEN row.timeStart IS NULL THEN null ELSE date(row.timeStart) END,
    c.timeEnd = CASE WHEN row.timeEnd IS NULL THEN null ELSE date(row.timeEnd) END,
    c.timePrecision = row.timePrecision,
    c.timeEdtf = row.timeEdtf,
    c.timePhrase = row.timePhrase,
    c.timeAnchor = CASE WHEN row.timeAnchor IS NULL THEN null ELSE date(row.timeAnchor) END,
    c.saidOn = CASE WHEN row.saidOn IS NULL THEN null ELSE date(row.saidOn) END,
    c.credibility = row.credibility,
    c.verification = row.verification,
    c.identifying = row.identifying,
    c.verificationSteps = row.verificationSteps,
    c.note = row.note
WITH c, coalesce(c._created, false) AS created
REMOVE c._created
RETURN count(CASE WHEN created THEN 1 END) AS created
