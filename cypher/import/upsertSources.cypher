// Creates or updates sources.
// Parameters: $rows: [{ id, name, kind, form, author, url, publishedOn (YYYY-MM-DD|null),
//   description, protected, publicLabel, publishedFields, publishedValues (see upsertEntities),
//   reliabilityGrade, reliabilityGradedBy,
//   reliabilityGradedOn, reliabilityNote }]
// Returns: written
UNWIND $rows AS row
// Merged with its type's labels: an id that belongs to a record of another type is not found,
// and the node MERGE would create is refused by the unique constraint on ids, naming the id.
MERGE (s:Node:Source {id: row.id})
ON CREATE SET s.recordedAt = datetime()
SET s:Source,
    s.name = row.name,
    s.kind = row.kind,
    s.form = row.form,
    s.author = row.author,
    s.url = row.url,
    s.publishedOn = CASE WHEN row.publishedOn IS NULL THEN null ELSE date(row.publishedOn) END,
    s.description = row.description,
    s.protected = row.protected,
    s.publicLabel = row.publicLabel,
    s.publishedFields = row.publishedFields,
    s.publishedValues = row.publishedValues,
    s.reliabilityGrade = row.reliabilityGrade,
    s.reliabilityGradedBy = row.reliabilityGradedBy,
    s.reliabilityGradedOn = CASE WHEN row.reliabilityGradedOn IS NULL THEN null ELSE date(row.reliabilityGradedOn) END,
    s.reliabilityNote = row.reliabilityNote
RETURN count(*) AS written
