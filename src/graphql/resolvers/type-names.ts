/** GraphQL's upper-case type enums and the records' type names, in one table. */
export const TYPE_BY_ENUM = {
  ACTOR: 'Actor',
  FACTION: 'Faction',
  PLACE: 'Place',
  EVENT: 'Event',
  SOURCE: 'Source',
  CLAIM: 'Claim',
} as const;

export type TypeEnum = keyof typeof TYPE_BY_ENUM;
export type TypeName = (typeof TYPE_BY_ENUM)[TypeEnum];

export function enumOfType(type: TypeName): TypeEnum {
  return type.toUpperCase() as TypeEnum;
}
