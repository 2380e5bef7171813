// The fields of source __it__ that a reader of sources needs (src/repositories/node-repository.ts
// toSource), written once for every statement that returns whole sources. Whom a source relays is
// not among them (see source/getRelaysBySources): a monitor may be relayed by thousands of outlets.
// Parameters: none
// Returns: a map { id, name, kind, form, protected, publicLabel, publishedDetails (see
//   fragments/entityFields), author, url, publishedOn, description,
//   reliability: { grade, gradedBy, gradedOn, note } | null, speakerId }
{
  id: __it__.id,
  name: __it__.name,
  kind: __it__.kind,
  form: __it__.form,
  protected: coalesce(__it__.protected, false),
  publicLabel: __it__.publicLabel,
  publishedDetails: [sf_i IN range(0, size(coalesce(__it__.publishedFields, [])) - 1) |
    { field: __it__.publishedFields[sf_i], value: __it__.publishedValues[sf_i] }],
  author: __it__.author,
  url: __it__.url,
  publishedOn: __it__.publishedOn,
  description: __it__.description,
  reliability: CASE WHEN __it__.reliabilityGrade IS NULL THEN null ELSE {
    grade: __it__.reliabilityGrade,
    gradedBy: __it__.reliabilityGradedBy,
    gradedOn: __it__.reliabilityGradedOn,
    note: __it__.reliabilityNote
  } END,
  speakerId: [(__it__)-[:SPOKEN_BY]->(sf_speaker) | sf_speaker.id][0]
}
