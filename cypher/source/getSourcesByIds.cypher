// Sources by id, with their speaker (whom they relay is read only when asked: see
// getRelaysBySources, as a monitor may be relayed by thousands of outlets).
// Parameters: $ids: [id]
// Returns: id, name, kind, form, protected, publicLabel, publishedDetails (see
//   node/getEntitiesByIds), author, url, publishedOn, description,
//   reliability { grade, gradedBy, gradedOn, note } | null, speakerId
UNWIND $ids AS id
MATCH (s:Node:Source {id: id})
RETURN s.id AS id,
       s.name AS name,
       s.kind AS kind,
       s.form AS form,
       coalesce(s.protected, false) AS protected,
       s.publicLabel AS publicLabel,
       [i IN range(0, size(coalesce(s.publishedFields, [])) - 1) |
         { field: s.publishedFields[i], value: s.publishedValues[i] }] AS publishedDetails,
       s.author AS author,
       s.url AS url,
       s.publishedOn AS publishedOn,
       s.description AS description,
       CASE WHEN s.reliabilityGrade IS NULL THEN null ELSE {
         grade: s.reliabilityGrade,
         gradedBy: s.reliabilityGradedBy,
         gradedOn: s.reliabilityGradedOn,
         note: s.reliabilityNote
       } END AS reliability,
       [(s)-[:SPOKEN_BY]->(speaker) | speaker.id][0] AS speakerId
