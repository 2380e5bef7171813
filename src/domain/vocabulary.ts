/**
 * The controlled vocabularies of the model. The GraphQL enums in schema/ mirror these lists;
 * a unit test keeps the two in step.
 */

export const SOURCE_KINDS = [
  'MEDIA',
  'MONITOR',
  'WITNESS',
  'OFFICIAL',
  'ARMED_GROUP',
  'SOCIAL_MEDIA',
  'UNNAMED',
] as const;

/** How a source reached the record: a published article, a monitor's report, testimony, hearsay... */
export const SOURCE_FORMS = ['ARTICLE', 'REPORT', 'TESTIMONY', 'STATEMENT', 'POST', 'HEARSAY'] as const;

/** Admiralty source reliability: A completely reliable ... E unreliable, F cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export const ACTOR_KINDS = ['PERSON', 'ORGANISATION'] as const;

export const FACTION_KINDS = [
  'ARMED_GROUP',
  'STATE_FORCES',
  'GOVERNMENT',
  'POLITICAL_MOVEMENT',
  'COMMUNITY',
  'OTHER',
] as const;

export const PLACE_KINDS = [
  'COUNTRY',
  'REGION',
  'GOVERNORATE',
  'DISTRICT',
  'CITY',
  'TOWN',
  'NEIGHBOURHOOD',
  'SITE',
] as const;

/** A small event taxonomy in the spirit of ACLED's sub-event types. */
export const EVENT_TYPES = [
  'VIOLENCE_AGAINST_CIVILIANS',
  'ARMED_CLASH',
  'AMBUSH',
  'LOOTING',
  'ARREST',
  'RELEASE',
  'DISPLACEMENT',
  'PROTEST',
  'ANNOUNCEMENT',
  'CHANGE_OF_GOVERNMENT',
  'SECURITY_OPERATION',
  'MOBILISATION',
  'PROTECTION',
  'DISMISSAL',
  'OTHER',
] as const;

/**
 * What a claim asserts. Entity-to-entity predicates need an object; COUNT needs a count;
 * CONFIRMS, CANNOT_VERIFY and DISPUTES are claims about other claims and need `about`.
 */
export const PREDICATES = [
  'OCCURRED',
  'PARTICIPATED_IN',
  'OCCURRED_IN',
  'OCCURRED_ON',
  'COUNT',
  'MEMBER_OF',
  'LEADS',
  'LOCATED_IN',
  'BLAMED_FOR',
  'OPPOSES',
  'SUPPORTS',
  'STATED',
  'DESCRIBED_AS',
  'CONFIRMS',
  'CANNOT_VERIFY',
  'DISPUTES',
] as const;

export const ROLES = [
  'PERPETRATOR',
  'VICTIM',
  'TARGET',
  'WITNESS',
  'PROTECTOR',
  'RESPONDER',
  'ORGANISER',
  'SPEAKER',
  'PARTICIPANT',
  'AFFECTED',
] as const;

export const COUNT_MEASURES = [
  'KILLED',
  'INJURED',
  'CASUALTIES',
  'DISPLACED',
  'DETAINED',
  'DISMISSED',
  'AFFECTED',
  'OTHER',
] as const;

export const COUNT_UNITS = ['PEOPLE', 'PERCENT', 'HOUSEHOLDS', 'OTHER'] as const;

/** How a loosely reported number is qualified in the text: "more than 740", "dozens". */
export const COUNT_QUALIFIERS = [
  'EXACT',
  'ABOUT',
  'MORE_THAN',
  'AT_LEAST',
  'LESS_THAN',
  'AT_MOST',
  'SEVERAL',
  'DOZENS',
  'HUNDREDS',
  'THOUSANDS',
] as const;

export const VERIFICATION_STATUSES = [
  'UNVERIFIED',
  'CORROBORATED',
  'DISPUTED',
  'VERIFIED',
  'RETRACTED',
] as const;

export const TIME_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceForm = (typeof SOURCE_FORMS)[number];
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type FactionKind = (typeof FACTION_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Predicate = (typeof PREDICATES)[number];
export type Role = (typeof ROLES)[number];
export type CountMeasure = (typeof COUNT_MEASURES)[number];
export type CountUnit = (typeof COUNT_UNITS)[number];
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** Predicates whose claim links a subject entity to an object entity. */
export const ENTITY_OBJECT_PREDICATES: readonly Predicate[] = [
  'PARTICIPATED_IN',
  'OCCURRED_IN',
  'MEMBER_OF',
  'LEADS',
  'LOCATED_IN',
  'BLAMED_FOR',
  'OPPOSES',
  'SUPPORTS',
];

/** Predicates that are claims about other claims. */
export const CLAIM_ABOUT_PREDICATES: readonly Predicate[] = ['CONFIRMS', 'CANNOT_VERIFY', 'DISPUTES'];

export const ENTITY_TYPES = ['Actor', 'Faction', 'Place', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
