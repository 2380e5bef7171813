// The fields of entity __it__ that a reader of entities needs (src/repositories/node-repository.ts
// toEntity), written once for every statement that returns whole entities. Variables of the
// pattern comprehensions carry the ef_ prefix so that none can bind to a variable of the statement.
// Parameters: none
// Returns: a map { id, type, name, description, kind, eventType, protected, publicLabel,
//   publishedDetails: [{ field, value }] (what its sources published of a protected record),
//   location, partOfId, firstDate, lastDate, aliases: [{ name, sourceIds }] }
{
  id: __it__.id,
  type: [ef_label IN labels(__it__) WHERE ef_label IN ['Actor', 'Faction', 'Place', 'Event']][0],
  name: __it__.name,
  description: __it__.description,
  kind: __it__.kind,
  eventType: __it__.eventType,
  protected: coalesce(__it__.protected, false),
  publicLabel: __it__.publicLabel,
  publishedDetails: [ef_i IN range(0, size(coalesce(__it__.publishedFields, [])) - 1) |
    { field: __it__.publishedFields[ef_i], value: __it__.publishedValues[ef_i] }],
  location: __it__.location,
  partOfId: [(__it__)-[:PART_OF]->(ef_container) | ef_container.id][0],
  firstDate: __it__.firstDate,
  lastDate: __it__.lastDate,
  aliases: [(__it__)-[:KNOWN_AS]->(ef_alias:Alias) |
    { name: ef_alias.name, sourceIds: [(ef_alias)-[:USED_BY]->(ef_user) | ef_user.id] }]
}
