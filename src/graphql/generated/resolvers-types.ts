import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  NodeRecord,
  EntityRecord,
  SourceRecord,
  ClaimRecord,
  AliasRecord,
  SearchHitRecord,
  VerificationStepRecord,
  CountRecord,
} from '../../repositories/records.js';
import type {
  ParticipationModel,
  EventRoleModel,
  PlaceAssertionModel,
  TimeAssertionModel,
  AccusationModel,
  MembershipModel,
} from '../../services/trace.js';
import type { SupportModel, SpeakerGroup, DisputeModel } from '../../services/corroboration.js';
import type { AccusedSideModel } from '../../services/provenance.js';
import type { TotalModel } from '../../services/totals.js';
import type { GraphNodeModel, GraphEdgeModel, SubgraphModel, PathModel } from '../../services/exploration.js';
import type {
  EntityConnectionModel,
  SourceConnectionModel,
  ClaimConnectionModel,
} from '../../services/pagination.js';
import type { AuditEntry } from '../../repositories/audit-repository.js';
import type { AuditRecordConnectionModel } from '../../services/audit-trail.js';
import type { DuplicatePairModel, DuplicatePairConnectionModel } from '../../services/duplicates.js';
import type { RequestContext } from '../../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string };
  /** A point in time, ISO 8601 with a zone. */
  DateTime: { input: string; output: string };
  /** A whole number up to 2^53 - 1: counts that must never overflow a 32-bit Int. */
  SafeInt: { input: number; output: number };
};

/** Roles, lowest first. Anonymous callers read as VIEWER when CLAIMGRAPH_ANONYMOUS_READ is on. */
export type AccessRole =
  /** An editor who also reads the audit trail and undoes anyone's change. */
  | 'ADMIN'
  /** A viewer who also adds sources, entities and claims. */
  | 'ANALYST'
  /** An analyst who also corrects, retracts, deletes, links and merges records, and undoes their own changes. */
  | 'EDITOR'
  /** Reads the graph: queries, traces, exploration and exports. */
  | 'VIEWER';

/** An accusation: `accused` is held responsible for `event` by the original speaker of `claims`. */
export type Accusation = {
  __typename?: 'Accusation';
  accused: Agent;
  /** The original speaker of the accusing claims. */
  accuser: Source;
  claims: Array<Claim>;
  event: Event;
};

/** An accusation: `accused` is held responsible for `event` by the original speaker of `claims`. */
export type AccusationClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * An actor or faction held responsible for an event (as perpetrator or by blame), with the claims
 * and their independent support.
 */
export type AccusedSide = {
  __typename?: 'AccusedSide';
  accused: Agent;
  claims: Array<Claim>;
  support: Support;
};

/** A person or organisation that acts or speaks. */
export type Actor = Entity &
  Node & {
    __typename?: 'Actor';
    /** Who holds the actor responsible for what: perpetrator and blame claims, grouped by accuser. */
    accusations: Array<Accusation>;
    aliases: Array<Alias>;
    claims: Array<Claim>;
    description?: Maybe<Scalars['String']['output']>;
    /** The events the actor is reported in, in each role, with the claims behind each. */
    events: Array<EventRole>;
    id: Scalars['ID']['output'];
    kind: ActorKind;
    /** Factions the actor is reported to belong to, with the claims. */
    memberships: Array<Membership>;
    name: Scalars['String']['output'];
    protected: Scalars['Boolean']['output'];
    publishedDetails: Array<PublishedDetail>;
    /** Sources whose words are the actor's. */
    sources: Array<Source>;
    /** What the actor itself claims, as the original speaker of sources. */
    statements: Array<Claim>;
  };

/** A person or organisation that acts or speaks. */
export type ActorClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type ActorKind = 'ORGANISATION' | 'PERSON';

export type Agent = Actor | Faction;

/** Another spelling of an entity's name, with the sources that used it. */
export type Alias = {
  __typename?: 'Alias';
  name: Scalars['String']['output'];
  usedBy: Array<Source>;
};

export type AliasInput = {
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source that used this spelling. */
  source: Scalars['ID']['input'];
};

/** What a change in the audit trail did. */
export type AuditAction =
  /** `addClaim` */
  | 'ADD_CLAIM'
  /** `addEntity` */
  | 'ADD_ENTITY'
  /** `addSource` */
  | 'ADD_SOURCE'
  /** `deleteRecord` */
  | 'DELETE_RECORD'
  /** A dataset imported (`npm run import`): `recordIds` are the records it defines; it cannot be undone. */
  | 'IMPORT'
  /** `linkClaims` */
  | 'LINK_CLAIMS'
  /** `markNotSame`: `recordIds` are the two entities judged different. */
  | 'MARK_NOT_SAME'
  /** `mergeEntities`: `recordIds` are the entity kept and the one merged into it. */
  | 'MERGE_ENTITIES'
  /** `retractClaim` */
  | 'RETRACT_CLAIM'
  /** `undo`: `undoes` names the change reverted. */
  | 'UNDO'
  /** `unlinkClaims` */
  | 'UNLINK_CLAIMS'
  /** `updateClaim` */
  | 'UPDATE_CLAIM';

/** Who made a change: the caller's stable id (`key:<id>`, `jwt:<subject>`, `token:editor`) and name. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** Stable id of the caller: filter `auditTrail(who:)` by it. */
  id: Scalars['ID']['output'];
  /** Human-readable name of the caller. */
  name: Scalars['String']['output'];
};

/** One change to the graph, recorded in the transaction that made it. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** What kind of change it was. */
  action: AuditAction;
  /** The same records as the change left them (JSON as `before`); for an import, its summary. */
  after?: Maybe<Scalars['String']['output']>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /**
   * The records it wrote as they were before, as a JSON object keyed by id (null: the record did not
   * exist): `labels`, `props` (each `{ value, type? }`), `outgoing` and `incoming` relationships
   * (`{ type, other, props }`) and an entity's `aliases`. Null for an import.
   */
  before?: Maybe<Scalars['String']['output']>;
  /** `audit:<uuid>`: pass it to `undo` to revert the change. */
  id: Scalars['ID']['output'];
  /** Why, as the caller said. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The records it wrote. */
  recordIds: Array<Scalars['ID']['output']>;
  /** Records the written ones link to (a claim's subject, chain, places...), before or after. */
  relatedIds: Array<Scalars['ID']['output']>;
  /** For an undo: the change it reverted. */
  undoes?: Maybe<Scalars['ID']['output']>;
  /** The undo that reverted this change, if it has been undone (and that undo not undone itself). */
  undoneBy?: Maybe<Scalars['ID']['output']>;
  /** Who made it. */
  who: AuditActor;
};

/** The audit trail, newest first, a page at a time. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** The changes of this page. */
  edges: Array<AuditRecordEdge>;
  /** Whether there are more, and the cursor to read them. */
  pageInfo: PageInfo;
};

/** A page of the audit trail. */
export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  /** Pass as `after` to read the records after this one. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: AuditRecord;
};

/** What a change did. */
export type Change = {
  __typename?: 'Change';
  /** Its audit record: pass it to `undo` to revert the change. */
  auditId: Scalars['ID']['output'];
  /** The records it wrote. */
  recordIds: Array<Scalars['ID']['output']>;
};

/**
 * One assertion by one source, with the verbatim quote that carries it and the chain of sources
 * it came through.
 */
export type Claim = Node & {
  __typename?: 'Claim';
  /** The claims this claim is about (for CONFIRMS, CANNOT_VERIFY, DISPUTES). */
  about: Array<Claim>;
  /** Publisher first, original speaker last: the BBC reports what Fares says. */
  chain: Array<Source>;
  /** Claims about this claim: confirmations, failed verifications, disputes. */
  commentary: Array<Claim>;
  /** Claims an editor linked to this one as contradicting it. */
  contradictedBy: Array<Claim>;
  count?: Maybe<Count>;
  /** Admiralty credibility, 1 (confirmed) to 6 (cannot be judged). */
  credibility: Scalars['Int']['output'];
  /** True when the publisher is the original speaker. */
  firstHand: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  object?: Maybe<Node>;
  /** The original speaker (last link of the chain). */
  originalSource: Source;
  places: Array<Place>;
  predicate: Predicate;
  /** The source the quote was published in (first link of the chain). */
  publishedIn: Source;
  /** The verbatim words; withheld (null) when they would identify a protected source. */
  quote?: Maybe<Scalars['String']['output']>;
  /**
   * True when the quote (and note) are withheld from a caller without clearance: the claim would
   * identify a protected person by its words, but the fact it states was published, so it keeps its
   * place with the protected party shown by its public label. Show "quote withheld" instead of a quote.
   */
  quoteWithheld: Scalars['Boolean']['output'];
  /** When it entered the graph. */
  recordedAt: Scalars['DateTime']['output'];
  role?: Maybe<Role>;
  /** When it was said. */
  saidOn?: Maybe<Scalars['Date']['output']>;
  /** What was said or described, in the dataset's words. */
  statement?: Maybe<Scalars['String']['output']>;
  subject?: Maybe<Node>;
  /** The claims and independent speakers for and against this claim's fact. */
  support: Support;
  /** Claims an editor linked to this one as supporting it. */
  supportedBy: Array<Claim>;
  time?: Maybe<TimeSpan>;
  verification: VerificationStatus;
  verificationSteps: Array<VerificationStep>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  /** Every claim the filter and lens keep, on all pages: counted by a statement of its own, only when selected, so leave it out of page-by-page walks. */
  totalCount: Scalars['SafeInt']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  /** Claims whose subject or object is this entity. */
  about?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims whose publisher is the original speaker. */
  firstHandOnly?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<Predicate>>;
  /** Claims whose attribution chain includes this source. */
  source?: InputMaybe<Scalars['ID']['input']>;
  verification?: InputMaybe<Array<VerificationStatus>>;
};

export type ClaimInput = {
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Publisher first, original speaker last. */
  chain: Array<Scalars['ID']['input']>;
  count?: InputMaybe<CountInput>;
  credibility?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  identifying?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  object?: InputMaybe<Scalars['ID']['input']>;
  places?: InputMaybe<Array<Scalars['ID']['input']>>;
  predicate: Predicate;
  quote: Scalars['String']['input'];
  role?: InputMaybe<Role>;
  saidOn?: InputMaybe<Scalars['Date']['input']>;
  statement?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
  time?: InputMaybe<TimeInput>;
  verification?: InputMaybe<VerificationStatus>;
};

export type ClaimRelation = 'CONTRADICTS' | 'SUPPORTS';

/** A reported number as a range: "more than 740" is low 741, no high, qualifier MORE_THAN. */
export type Count = {
  __typename?: 'Count';
  best?: Maybe<Scalars['Float']['output']>;
  /**
   * The numbers the figure allows as two bounds, each saying whether it is itself included, and
   * whether the range is open: the way to draw or compare figures without reading the qualifier.
   */
  bounds: CountBounds;
  /** Who was counted: civilians, security forces... */
  category?: Maybe<Scalars['String']['output']>;
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  measure: CountMeasure;
  qualifier: CountQualifier;
  unit: CountUnit;
  /** The number as written, if any. */
  value?: Maybe<Scalars['Float']['output']>;
};

/**
 * The numbers a reported figure allows. "More than 740" is lower 740 not included, no upper bound
 * (openEnded); "at least 23" is lower 23 included, open-ended; "less than 10%" is lower 0 and
 * upper 10 not included; "about 100" is 90 to 110, both included; a range the source gave
 * ("between 10 and 20") is included at both ends. Count's low and high say the same in whole steps
 * ("more than 740 people" has low 741).
 */
export type CountBounds = {
  __typename?: 'CountBounds';
  /** The smallest number allowed; null when neither the words nor the source set one. */
  lower?: Maybe<Scalars['Float']['output']>;
  /** Whether lower itself is allowed: false for "more than"; false when lower is null. */
  lowerInclusive: Scalars['Boolean']['output'];
  /** True when the source set no upper limit, so upper is null: the figure may be any size above lower. */
  openEnded: Scalars['Boolean']['output'];
  /** The largest number allowed; null when the range is open-ended ("more than 740", "at least 23"). */
  upper?: Maybe<Scalars['Float']['output']>;
  /** Whether upper itself is allowed: false for "less than"; false when upper is null. */
  upperInclusive: Scalars['Boolean']['output'];
};

export type CountInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  high?: InputMaybe<Scalars['Float']['input']>;
  low?: InputMaybe<Scalars['Float']['input']>;
  measure: CountMeasure;
  qualifier: CountQualifier;
  unit?: InputMaybe<CountUnit>;
  value?: InputMaybe<Scalars['Float']['input']>;
};

export type CountMeasure =
  'AFFECTED' | 'CASUALTIES' | 'DETAINED' | 'DISMISSED' | 'DISPLACED' | 'INJURED' | 'KILLED' | 'OTHER';

export type CountQualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'DOZENS'
  | 'EXACT'
  | 'HUNDREDS'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'SEVERAL'
  | 'THOUSANDS';

export type CountUnit = 'HOUSEHOLDS' | 'OTHER' | 'PEOPLE' | 'PERCENT';

/**
 * Claims that fill the same slot with incompatible values, or that explicitly dispute or
 * contradict each other: each side with its support. A side gathers claims joined by agreement
 * (each agrees with at least one other on its side). Never silently resolved.
 */
export type Dispute = {
  __typename?: 'Dispute';
  predicate: Predicate;
  sides: Array<Support>;
  subject?: Maybe<Node>;
};

/** Two entities that may be one, and why they were suggested. */
export type DuplicatePair = {
  __typename?: 'DuplicatePair';
  /** Kilometres between the two, when both have a location. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** The entity with the lower id: pass it to `mergeEntities(keep:)` or `markNotSame(a:)`. */
  first: Entity;
  /** Why the pair is listed, in words to show a reviewer (the alike names; the distance when both have a location). */
  reasons: Array<Scalars['String']['output']>;
  /** How alike the two are: name similarity from the fulltext index, plus one when they are nearby. Higher is likelier; compare within one list only. */
  score: Scalars['Float']['output'];
  /** The other entity. */
  second: Entity;
};

/** A page of likely duplicates. */
export type DuplicatePairConnection = {
  __typename?: 'DuplicatePairConnection';
  /** The pairs of this page. */
  edges: Array<DuplicatePairEdge>;
  /** Whether more pairs may follow, and the cursor to read them. */
  pageInfo: PageInfo;
};

export type DuplicatePairEdge = {
  __typename?: 'DuplicatePairEdge';
  /** Pass as `after` to read the pairs after this one. */
  cursor: Scalars['String']['output'];
  /** The pair. */
  node: DuplicatePair;
};

/** What actors, factions, places and events have in common. */
export type Entity = {
  aliases: Array<Alias>;
  /**
   * The claims this entity is the subject or object of; `source` keeps those whose attribution
   * chain includes that source, `predicates` those with one of the predicates.
   */
  claims: Array<Claim>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Canonical name; a protected entity shows its public label instead unless the caller has clearance. */
  name: Scalars['String']['output'];
  /** True when the entity is protected (its identifying details are withheld without clearance). */
  protected: Scalars['Boolean']['output'];
  /**
   * What the sources of a protected record published of it (a first name, a town), shown to every
   * caller beside the public label; empty for records that are not protected (they show everything).
   */
  publishedDetails: Array<PublishedDetail>;
};

/** What actors, factions, places and events have in common. */
export type EntityClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  /** Every record of the type, on all pages: counted by a statement of its own, only when selected. */
  totalCount: Scalars['SafeInt']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/**
 * An actor, faction, place or event. Give the kind field that matches `type`: `actorKind`,
 * `factionKind`, `placeKind` or `eventType`.
 */
export type EntityInput = {
  actorKind?: InputMaybe<ActorKind>;
  aliases?: InputMaybe<Array<AliasInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  eventType?: InputMaybe<EventType>;
  factionKind?: InputMaybe<FactionKind>;
  id: Scalars['ID']['input'];
  location?: InputMaybe<LocationInput>;
  name: Scalars['String']['input'];
  partOf?: InputMaybe<Scalars['ID']['input']>;
  placeKind?: InputMaybe<PlaceKind>;
  protected?: InputMaybe<Scalars['Boolean']['input']>;
  publicLabel?: InputMaybe<Scalars['String']['input']>;
  type: EntityType;
};

export type EntityType = 'ACTOR' | 'EVENT' | 'FACTION' | 'PLACE';

/**
 * Something that happened. Everything about it (who took part in which role, where, when, how
 * many died, who is blamed) is a claim, shown with its source.
 */
export type Event = Entity &
  Node & {
    __typename?: 'Event';
    /** Who is held responsible, each side with its independent support. */
    accused: Array<AccusedSide>;
    aliases: Array<Alias>;
    /** Who is held responsible, by whom. */
    blame: Array<Accusation>;
    claims: Array<Claim>;
    /** Casualty figures and other numbers, each a claim. */
    counts: Array<Claim>;
    description?: Maybe<Scalars['String']['output']>;
    eventType: EventType;
    /**
     * The earliest and latest dates its time claims give; only claims a caller without clearance may
     * see count, so a date only an identifying claim gives is not among them (see `times`).
     */
    firstDate?: Maybe<Scalars['Date']['output']>;
    id: Scalars['ID']['output'];
    lastDate?: Maybe<Scalars['Date']['output']>;
    /** Where to draw it: the first of its places that has coordinates (or whose container has). */
    location?: Maybe<Location>;
    name: Scalars['String']['output'];
    partOf?: Maybe<Event>;
    /** Who took part in which role, according to whom. `source` keeps claims whose chain includes that source. */
    participants: Array<Participation>;
    /** Where it happened, according to whom. */
    places: Array<PlaceAssertion>;
    protected: Scalars['Boolean']['output'];
    publishedDetails: Array<PublishedDetail>;
    /** Claims that the event happened, as described. */
    reports: Array<Claim>;
    subEvents: Array<Event>;
    /** When it happened, according to whom. */
    times: Array<TimeAssertion>;
  };

/**
 * Something that happened. Everything about it (who took part in which role, where, when, how
 * many died, who is blamed) is a claim, shown with its source.
 */
export type EventClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Something that happened. Everything about it (who took part in which role, where, when, how
 * many died, who is blamed) is a claim, shown with its source.
 */
export type EventParticipantsArgs = {
  role?: InputMaybe<Role>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  /** Every event the filter and lens keep, on all pages: counted by a statement of its own, only when selected, so leave it out of page-by-page walks. */
  totalCount: Scalars['SafeInt']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** Filters for event lists; all given filters must hold. */
export type EventFilter = {
  /** Events whose reported time overlaps [from, to]. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Events an actor or faction is reported to take part in or is blamed for. */
  involving?: InputMaybe<Scalars['ID']['input']>;
  /** Events at a place within this distance of the point. */
  near?: InputMaybe<Near>;
  /** Events in this place or in any place inside it. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Events with at least one claim whose attribution chain includes this source. */
  source?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<EventType>>;
};

export type EventRole = {
  __typename?: 'EventRole';
  claims: Array<Claim>;
  event: Event;
  role: Role;
};

export type EventRoleClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type EventType =
  | 'AMBUSH'
  | 'ANNOUNCEMENT'
  | 'ARMED_CLASH'
  | 'ARREST'
  | 'CHANGE_OF_GOVERNMENT'
  | 'DISMISSAL'
  | 'DISPLACEMENT'
  | 'LOOTING'
  | 'MOBILISATION'
  | 'OTHER'
  | 'PROTECTION'
  | 'PROTEST'
  | 'RELEASE'
  | 'SECURITY_OPERATION'
  | 'VIOLENCE_AGAINST_CIVILIANS';

/**
 * What a subgraph or path may draw on: claims in a time window, of some verification statuses or
 * from one source, and events of some types.
 */
export type ExploreFilter = {
  /** Events of other types are left out. */
  eventTypes?: InputMaybe<Array<EventType>>;
  /** Claims about times overlapping [from, to] (claims without a time are kept). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only claims whose attribution chain includes this source. */
  source?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  verification?: InputMaybe<Array<VerificationStatus>>;
};

/** A collective that actors belong to or act for: an armed group, security forces, a community. */
export type Faction = Entity &
  Node & {
    __typename?: 'Faction';
    accusations: Array<Accusation>;
    aliases: Array<Alias>;
    claims: Array<Claim>;
    description?: Maybe<Scalars['String']['output']>;
    events: Array<EventRole>;
    id: Scalars['ID']['output'];
    kind: FactionKind;
    /** Actors and factions reported to belong to this faction. */
    members: Array<Membership>;
    memberships: Array<Membership>;
    name: Scalars['String']['output'];
    protected: Scalars['Boolean']['output'];
    publishedDetails: Array<PublishedDetail>;
    /** What the faction itself claims, through the sources that speak for it. */
    statements: Array<Claim>;
  };

/** A collective that actors belong to or act for: an armed group, security forces, a community. */
export type FactionClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type FactionKind =
  'ARMED_GROUP' | 'COMMUNITY' | 'GOVERNMENT' | 'OTHER' | 'POLITICAL_MOVEMENT' | 'STATE_FORCES';

/**
 * An edge derived from claims (or, for PART_OF, from the gazetteer), with how many claims and
 * independent original speakers support it.
 */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  claimCount: Scalars['Int']['output'];
  claims: Array<Claim>;
  /** Stable: relation, source, target (and role). */
  id: Scalars['ID']['output'];
  independentSources: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  /** PARTICIPATED_IN, OCCURRED_IN, BLAMED_FOR, MEMBER_OF, LEADS, LOCATED_IN, OPPOSES, SUPPORTS or PART_OF. */
  relation: Scalars['String']['output'];
  role?: Maybe<Role>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
};

/** A node of a subgraph, with what visualisation tools need to draw it. */
export type GraphNode = {
  __typename?: 'GraphNode';
  firstDate?: Maybe<Scalars['Date']['output']>;
  /** The record's stable id. */
  id: Scalars['ID']['output'];
  /** The actor, faction or place kind, or the event type. */
  kind?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  lastDate?: Maybe<Scalars['Date']['output']>;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  record: Node;
  type: NodeType;
};

export type GraphPath = {
  __typename?: 'GraphPath';
  hops: Array<PathHop>;
  length: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
};

/** An independent original speaker behind some claims: relays of one original count once. */
export type IndependentSpeaker = {
  __typename?: 'IndependentSpeaker';
  /** The claims that come from this speaker, through whichever publishers relayed them. */
  claims: Array<Claim>;
  /** The original source (last link of the chains). */
  originalSource: Source;
  /** The sources that relayed these claims, other than the original one. */
  relayedThrough: Array<Source>;
  /** Who speaks through it, where known. */
  speaker?: Maybe<Agent>;
};

/**
 * The perspective a root field reads the record through. Every trace, count, range and
 * corroboration figure under that root field respects it; other root fields of the same request
 * may use other lenses (for example one `totals` per day, each with its own asOf).
 */
export type Lens = {
  /** The record as reported by the end of this day (claims said later are left out). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Leave out claims any of whose sources speak for, or belong to, these actors or factions. */
  excludeAffiliatedWith?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only claims whose publisher is the original speaker. */
  firstHandOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims every source of whose chain is graded this or better (ungraded counts as F). */
  minReliability?: InputMaybe<ReliabilityGrade>;
  /** Only claims whose attribution chain includes this source. */
  onlySource?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims whose original speaker is of one of these kinds. */
  originKinds?: InputMaybe<Array<SourceKind>>;
  /** Only claims with one of these statuses, such as [VERIFIED, CORROBORATED]. */
  verification?: InputMaybe<Array<VerificationStatus>>;
};

/** A WGS-84 position. */
export type Location = {
  __typename?: 'Location';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type LocationInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

export type Membership = {
  __typename?: 'Membership';
  claims: Array<Claim>;
  faction: Faction;
  member: Agent;
};

export type MembershipClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a claim; refused as `addSource` is. */
  addClaim: Claim;
  /** Adds an actor, faction, place or event; refused as `addSource` is. */
  addEntity: Entity;
  /**
   * Adds a source. CONFLICT when the id exists (or another writer takes it at the same moment);
   * BAD_USER_INPUT naming the field for invalid input. Nothing is written on any error.
   */
  addSource: Source;
  /**
   * Deletes a claim, source or entity that nothing depends on, with its own links and aliases.
   * CONFLICT, naming up to 20 dependent records, when other records point at it (claims about an
   * entity or published by a source, places inside a place, sources relaying it, aliases it is
   * cited for): change or delete those first, or retract a claim instead.
   */
  deleteRecord: Change;
  /** Records that one claim supports or contradicts another (editors). */
  linkClaims: Claim;
  /**
   * Records an editor's judgement that two entities of one type are not the same: `likelyDuplicates`
   * no longer lists the pair and `mergeEntities` refuses it. When one of them is later merged into a
   * third entity, the judgement passes to that entity. Audited; `undo` withdraws the judgement.
   * BAD_USER_INPUT for an entity and itself or two of different types; NOT_FOUND when either is no
   * entity; CONFLICT when either was merged, or the pair is already judged.
   */
  markNotSame: Change;
  /**
   * Merges two entities that are one person, group, place or event. Every claim, alias,
   * containment and link of `absorb` moves to `keep`, and `absorb`'s name becomes an alias of
   * `keep`. `absorb` stays as a tombstone: its id answers `keep` wherever an entity is looked up by
   * id (`node`, `actor`, `faction`, `place`, `event`), so a lookup whose answer has another `id` than
   * the one asked for was merged: replace the old id with the answer's `id` in bookmarks. No list or
   * search shows a tombstone, and its id cannot be given to a new record. Recorded in the audit trail
   * (who, when, why); `undo` with the returned `auditId` splits the two again exactly as they were,
   * while no later change of either depends on the merge.
   * BAD_USER_INPUT for an entity and itself or two of different types; NOT_FOUND when either is no
   * entity; CONFLICT when either was already merged (the message names the entity to use), when the
   * two were judged not the same (`markNotSame`), or when only one of them is protected (protect
   * both or neither first: a merge must not tie a public record to a protected person).
   */
  mergeEntities: Change;
  /**
   * Marks a claim retracted, keeping it: its `verification` becomes RETRACTED (totals and event
   * dates set it aside), and the audit trail records who retracted it, when and why.
   */
  retractClaim: Claim;
  /**
   * Reverts a change (any mutation's, or an earlier undo), putting the records it wrote back as
   * they were. CONFLICT, naming them, when later changes of the same records depend on it (undo
   * those first), when it was already undone, or when its records changed outside the audit trail
   * since. Imports cannot be undone. Editors undo their own changes; admins anyone's.
   */
  undo: Change;
  /**
   * Removes a link `linkClaims` recorded between two claims, whichever way it was recorded.
   * NOT_FOUND when there is no such link.
   */
  unlinkClaims: Change;
  /**
   * Replaces a claim's fields with `input` (the whole claim, as `addClaim` takes it, with the id of
   * the claim to change; fields left out are cleared). Links editors made with `linkClaims` stay.
   * NOT_FOUND when no claim has the id; CONFLICT for a retracted claim (undo the retraction first).
   */
  updateClaim: Claim;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationAddClaimArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClaimInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationAddEntityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EntityInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationAddSourceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SourceInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationDeleteRecordArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationLinkClaimsArgs = {
  from: Scalars['ID']['input'];
  relation: ClaimRelation;
  to: Scalars['ID']['input'];
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationMarkNotSameArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationMergeEntitiesArgs = {
  absorb: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  keep: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationRetractClaimArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationUndoArgs = {
  auditId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationUnlinkClaimsArgs = {
  from: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  relation: ClaimRelation;
  to: Scalars['ID']['input'];
};

/**
 * Changes to the graph, validated by the same rules as the import. Every change is recorded in the
 * audit trail (who, when, what, before and after, why) in the same transaction as the write, and
 * can be reverted with `undo`. Every mutation takes two optional arguments:
 *
 * - `reason`: why the change is made, kept in the audit trail.
 * - `idempotencyKey`: any string unique to this change (a UUID). Sending the request again with the
 *   same key (after a timeout or a lost answer) returns the first answer instead of writing twice;
 *   the same key with a different request is refused. Keys belong to the caller who sent them.
 *
 * Two writers of one id at the same moment: exactly one succeeds, the other gets CONFLICT.
 */
export type MutationUpdateClaimArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClaimInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A point and a radius, for "within N km of". */
export type Near = {
  km: Scalars['Float']['input'];
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

/** Anything with a stable id: actors, factions, places, events, sources and claims. */
export type Node = {
  /** Stable id such as `place:banias`; never a database-internal id. */
  id: Scalars['ID']['output'];
};

/** The kinds of record the graph holds. */
export type NodeType = 'ACTOR' | 'CLAIM' | 'EVENT' | 'FACTION' | 'PLACE' | 'SOURCE';

/** Relay page information; cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participation = {
  __typename?: 'Participation';
  claims: Array<Claim>;
  participant: Agent;
  role: Role;
};

export type ParticipationClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type PathHop = {
  __typename?: 'PathHop';
  edge: GraphEdge;
  from: GraphNode;
  to: GraphNode;
};

export type Place = Entity &
  Node & {
    __typename?: 'Place';
    aliases: Array<Alias>;
    claims: Array<Claim>;
    /** The chain of containing places, nearest first. */
    containedIn: Array<Place>;
    /** Places directly inside this one. */
    contains: Array<Place>;
    description?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    kind: PlaceKind;
    location?: Maybe<Location>;
    name: Scalars['String']['output'];
    /** The place that contains this one. */
    partOf?: Maybe<Place>;
    protected: Scalars['Boolean']['output'];
    publishedDetails: Array<PublishedDetail>;
  };

export type PlaceClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type PlaceAssertion = {
  __typename?: 'PlaceAssertion';
  claims: Array<Claim>;
  place: Place;
};

export type PlaceAssertionClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type PlaceKind =
  'CITY' | 'COUNTRY' | 'DISTRICT' | 'GOVERNORATE' | 'NEIGHBOURHOOD' | 'REGION' | 'SITE' | 'TOWN';

export type Predicate =
  | 'BLAMED_FOR'
  | 'CANNOT_VERIFY'
  | 'CONFIRMS'
  | 'COUNT'
  | 'DESCRIBED_AS'
  | 'DISPUTES'
  | 'LEADS'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'OCCURRED'
  | 'OCCURRED_IN'
  | 'OCCURRED_ON'
  | 'OPPOSES'
  | 'PARTICIPATED_IN'
  | 'STATED'
  | 'SUPPORTS';

/**
 * One detail of a protected record that its sources published, such as `first name: Tomas`: a
 * caller without clearance sees the public label plus exactly these details.
 */
export type PublishedDetail = {
  __typename?: 'PublishedDetail';
  /** What the detail is, in the dataset's words: `first name`, `town`. */
  field: Scalars['String']['output'];
  /** The detail as published: `Tomas`, `Bramwick`. */
  value: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  actor?: Maybe<Actor>;
  /**
   * Every change to the graph, newest first: mutations, imports and undos, with who, when, what,
   * before and after, and why. Admins with clearance only (FORBIDDEN otherwise): the records are
   * kept as they were written, protected names and identifying claims included.
   */
  auditTrail: AuditRecordConnection;
  claim?: Maybe<Claim>;
  /** Claims by id, filtered and paged. */
  claims: ClaimConnection;
  /**
   * Open disputes of an event (with the events inside it), a place (with the places inside it) or a
   * period. Disputes are found among all claims of the scope's events, so a scope of more than 5000
   * events is refused with SCOPE_TOO_LARGE: narrow it by place or period.
   */
  disputes: Array<Dispute>;
  /** Actors, factions, places or events of one type, by id, paged. */
  entities: EntityConnection;
  event?: Maybe<Event>;
  /** Events in time order (earliest first; undated last), filtered and paged. */
  events: EventConnection;
  faction?: Maybe<Faction>;
  /**
   * Pairs of entities that may be one, for an editor to review with `mergeEntities` or
   * `markNotSame`: same type and kind, names or aliases alike (found by the fulltext name index,
   * tolerant of misspellings and accents), scored one point higher when both have a location within
   * 25 km. Ordered by the pair's ids, not by score. Never lists a pair judged not the same, nor a
   * merged entity; protected entities only for cleared callers. Editors only: it is a review queue
   * for changes only editors can make, and its guesses that two records are one person are not
   * findings to show readers. A page reads at most 500 entities, so a page may hold fewer pairs than
   * `first` (even none) and still have `hasNextPage`: follow `endCursor` until it is false.
   */
  likelyDuplicates: DuplicatePairConnection;
  /** The entities within `depth` hops of the given ones, and the claim-backed edges between them. */
  neighbourhood: Subgraph;
  /** Any record by its id. */
  node?: Maybe<Node>;
  /** How two entities are connected: shortest paths first, each hop with the claims behind it. */
  paths: Array<GraphPath>;
  place?: Maybe<Place>;
  /**
   * Ranked full-text search over names and aliases, tolerant of misspellings and transliteration
   * variants ("Benias", "Kusour", "Latakya").
   */
  search: Array<SearchHit>;
  source?: Maybe<Source>;
  sources: SourceConnection;
  /** The events of an actor, faction, place (with the places inside it) or source, in time order. */
  timeline: EventConnection;
  /**
   * Totals of reported numbers for an event (with the events inside it), a place (with the places
   * inside it) or a period; all events when none is given.
   */
  totals: Array<Total>;
};

export type QueryActorArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
};

export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  who?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryClaimArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
};

export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lens?: InputMaybe<Lens>;
};

export type QueryDisputesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  event?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  lens?: InputMaybe<Lens>;
  place?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type: EntityType;
};

export type QueryEventArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
};

export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lens?: InputMaybe<Lens>;
};

export type QueryFactionArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
};

export type QueryLikelyDuplicatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EntityType>;
};

export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<ExploreFilter>;
  ids: Array<Scalars['ID']['input']>;
  lens?: InputMaybe<Lens>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryNodeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
};

export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<ExploreFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};

export type QueryPlaceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
};

export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
};

export type QuerySourceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
};

export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SourceKind>>;
};

export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lens?: InputMaybe<Lens>;
  of: Scalars['ID']['input'];
};

export type QueryTotalsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  event?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  lens?: InputMaybe<Lens>;
  place?: InputMaybe<Scalars['ID']['input']>;
  rule?: InputMaybe<TotalRule>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Admiralty source reliability, with who graded it and when. */
export type Reliability = {
  __typename?: 'Reliability';
  grade: ReliabilityGrade;
  gradedBy: Scalars['String']['output'];
  gradedOn: Scalars['Date']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

export type ReliabilityGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export type ReliabilityInput = {
  grade: ReliabilityGrade;
  gradedBy: Scalars['String']['input'];
  gradedOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type Role =
  | 'AFFECTED'
  | 'ORGANISER'
  | 'PARTICIPANT'
  | 'PERPETRATOR'
  | 'PROTECTOR'
  | 'RESPONDER'
  | 'SPEAKER'
  | 'TARGET'
  | 'VICTIM'
  | 'WITNESS';

/** A search result: the record, its type, and the name or alias that matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The name or alias that matched the search text. */
  matched: Scalars['String']['output'];
  /** The canonical name of the record. */
  name: Scalars['String']['output'];
  node: Node;
  score: Scalars['Float']['output'];
  type: NodeType;
};

/**
 * Who speaks: a publication, a monitor's report, a witness's testimony, "reports", "others".
 * A protected source is shown by its public label only, unless the caller has clearance.
 */
export type Source = Node & {
  __typename?: 'Source';
  /** Claims this source makes as their original speaker. */
  asserts: Array<Claim>;
  author?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  form: SourceForm;
  id: Scalars['ID']['output'];
  kind: SourceKind;
  name: Scalars['String']['output'];
  protected: Scalars['Boolean']['output'];
  /**
   * What the sources of a protected record published of it (a first name, a town), shown to every
   * caller beside the public label; empty for records that are not protected (they show everything).
   */
  publishedDetails: Array<PublishedDetail>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Claims published in this source, first-hand or relayed. */
  publishes: Array<Claim>;
  /** Sources that pass this one on. */
  relayedBy: Array<Source>;
  /** Sources this one passes on. */
  relays: Array<Source>;
  reliability?: Maybe<Reliability>;
  /** The actor or faction whose words this source carries. */
  speaker?: Maybe<Agent>;
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  /** Every source the filter keeps, on all pages: counted by a statement of its own, only when selected. */
  totalCount: Scalars['SafeInt']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceForm = 'ARTICLE' | 'HEARSAY' | 'POST' | 'REPORT' | 'STATEMENT' | 'TESTIMONY';

export type SourceInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  form: SourceForm;
  id: Scalars['ID']['input'];
  kind: SourceKind;
  name: Scalars['String']['input'];
  protected?: InputMaybe<Scalars['Boolean']['input']>;
  publicLabel?: InputMaybe<Scalars['String']['input']>;
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  relays?: InputMaybe<Array<Scalars['ID']['input']>>;
  reliability?: InputMaybe<ReliabilityInput>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourceKind =
  'ARMED_GROUP' | 'MEDIA' | 'MONITOR' | 'OFFICIAL' | 'SOCIAL_MEDIA' | 'UNNAMED' | 'WITNESS';

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** How many nodes within the depth the limit left out (every one is counted). */
  omittedNodes: Scalars['Int']['output'];
  /** True when the limit cut the subgraph short. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * How well a fact is supported: the claims for and against it, and how many independent original
 * speakers stand behind each. Retracted claims count for nothing.
 */
export type Support = {
  __typename?: 'Support';
  independentOpposition: Scalars['Int']['output'];
  independentSupport: Scalars['Int']['output'];
  opponents: Array<IndependentSpeaker>;
  opposing: Array<Claim>;
  supporters: Array<IndependentSpeaker>;
  supporting: Array<Claim>;
};

export type TimeAssertion = {
  __typename?: 'TimeAssertion';
  claims: Array<Claim>;
  time: TimeSpan;
};

export type TimeAssertionClaimsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type TimeInput = {
  anchor?: InputMaybe<Scalars['Date']['input']>;
  end?: InputMaybe<Scalars['String']['input']>;
  phrase?: InputMaybe<Scalars['String']['input']>;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  start?: InputMaybe<Scalars['String']['input']>;
};

export type TimePrecision = 'DAY' | 'MONTH' | 'YEAR';

/**
 * When something happened: an interval with a precision, the phrase the source used and the date
 * it was resolved against.
 */
export type TimeSpan = {
  __typename?: 'TimeSpan';
  /** The date the phrase was resolved against. */
  anchor?: Maybe<Scalars['Date']['output']>;
  /** EDTF rendering: 2025-03-06, 2024-12, 2012/2025. */
  edtf: Scalars['String']['output'];
  end: Scalars['Date']['output'];
  /** The source's words, such as "on Thursday". */
  phrase?: Maybe<Scalars['String']['output']>;
  precision: TimePrecision;
  start: Scalars['Date']['output'];
};

/** A total of reported numbers as a range, with the rule that made it and the claims that went in. */
export type Total = {
  __typename?: 'Total';
  category?: Maybe<Scalars['String']['output']>;
  claims: Array<Claim>;
  /** The highest figure any speaker gives (their upper bound where they give one). */
  high: Scalars['Float']['output'];
  independentSpeakers: Scalars['Int']['output'];
  low: Scalars['Float']['output'];
  measure: CountMeasure;
  /** True when a figure that went in has no upper bound ("more than 740"): the total may be higher. */
  openEnded: Scalars['Boolean']['output'];
  rule: TotalRule;
  ruleDescription: Scalars['String']['output'];
  /** Figures of the same measure the rule left out: lower or older figures, and double counts. */
  setAside: Array<Claim>;
  unit: CountUnit;
  /** True only when every claim that went in is verified or corroborated. */
  verified: Scalars['Boolean']['output'];
};

export type TotalRule =
  /** One figure per independent speaker, their highest; the range runs from the lowest to the highest of these. */
  | 'HIGHEST_PER_SPEAKER'
  /** One figure per independent speaker, their latest. */
  | 'LATEST_PER_SPEAKER'
  /** As HIGHEST_PER_SPEAKER, from verified or corroborated claims only. */
  | 'VERIFIED_ONLY';

export type VerificationResult = 'CONFIRMED' | 'INCONCLUSIVE' | 'REFUTED';

export type VerificationStatus = 'CORROBORATED' | 'DISPUTED' | 'RETRACTED' | 'UNVERIFIED' | 'VERIFIED';

/** One verification step taken on a claim: what was checked, by whom, when, with what result. */
export type VerificationStep = {
  __typename?: 'VerificationStep';
  by: Scalars['String']['output'];
  check: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  on: Scalars['Date']['output'];
  result: VerificationResult;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Agent: EntityRecord | EntityRecord;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessRole: AccessRole;
  Accusation: ResolverTypeWrapper<AccusationModel>;
  AccusedSide: ResolverTypeWrapper<AccusedSideModel>;
  Actor: ResolverTypeWrapper<EntityRecord>;
  ActorKind: ActorKind;
  Agent: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Agent']>;
  Alias: ResolverTypeWrapper<AliasRecord>;
  AliasInput: AliasInput;
  AuditAction: AuditAction;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditRecord: ResolverTypeWrapper<AuditEntry>;
  AuditRecordConnection: ResolverTypeWrapper<AuditRecordConnectionModel>;
  AuditRecordEdge: ResolverTypeWrapper<
    Omit<AuditRecordEdge, 'node'> & { node: ResolversTypes['AuditRecord'] }
  >;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<Change>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<ClaimConnectionModel>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimRelation: ClaimRelation;
  Count: ResolverTypeWrapper<CountRecord>;
  CountBounds: ResolverTypeWrapper<CountBounds>;
  CountInput: CountInput;
  CountMeasure: CountMeasure;
  CountQualifier: CountQualifier;
  CountUnit: CountUnit;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dispute: ResolverTypeWrapper<DisputeModel>;
  DuplicatePair: ResolverTypeWrapper<DuplicatePairModel>;
  DuplicatePairConnection: ResolverTypeWrapper<DuplicatePairConnectionModel>;
  DuplicatePairEdge: ResolverTypeWrapper<
    Omit<DuplicatePairEdge, 'node'> & { node: ResolversTypes['DuplicatePair'] }
  >;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionModel>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityInput: EntityInput;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<EntityRecord>;
  EventConnection: ResolverTypeWrapper<EntityConnectionModel>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventRole: ResolverTypeWrapper<EventRoleModel>;
  EventType: EventType;
  ExploreFilter: ExploreFilter;
  Faction: ResolverTypeWrapper<EntityRecord>;
  FactionKind: FactionKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeModel>;
  GraphNode: ResolverTypeWrapper<GraphNodeModel>;
  GraphPath: ResolverTypeWrapper<PathModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IndependentSpeaker: ResolverTypeWrapper<SpeakerGroup>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lens: Lens;
  Location: ResolverTypeWrapper<Location>;
  LocationInput: LocationInput;
  Membership: ResolverTypeWrapper<MembershipModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Near: Near;
  Node: ResolverTypeWrapper<NodeRecord>;
  NodeType: NodeType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<ParticipationModel>;
  PathHop: ResolverTypeWrapper<
    Omit<PathHop, 'edge' | 'from' | 'to'> & {
      edge: ResolversTypes['GraphEdge'];
      from: ResolversTypes['GraphNode'];
      to: ResolversTypes['GraphNode'];
    }
  >;
  Place: ResolverTypeWrapper<EntityRecord>;
  PlaceAssertion: ResolverTypeWrapper<PlaceAssertionModel>;
  PlaceKind: PlaceKind;
  Predicate: Predicate;
  PublishedDetail: ResolverTypeWrapper<PublishedDetail>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reliability: ResolverTypeWrapper<Reliability>;
  ReliabilityGrade: ReliabilityGrade;
  ReliabilityInput: ReliabilityInput;
  Role: Role;
  SafeInt: ResolverTypeWrapper<Scalars['SafeInt']['output']>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceConnection: ResolverTypeWrapper<SourceConnectionModel>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceForm: SourceForm;
  SourceInput: SourceInput;
  SourceKind: SourceKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  Support: ResolverTypeWrapper<SupportModel>;
  TimeAssertion: ResolverTypeWrapper<TimeAssertionModel>;
  TimeInput: TimeInput;
  TimePrecision: TimePrecision;
  TimeSpan: ResolverTypeWrapper<TimeSpan>;
  Total: ResolverTypeWrapper<TotalModel>;
  TotalRule: TotalRule;
  VerificationResult: VerificationResult;
  VerificationStatus: VerificationStatus;
  VerificationStep: ResolverTypeWrapper<VerificationStepRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Accusation: AccusationModel;
  AccusedSide: AccusedSideModel;
  Actor: EntityRecord;
  Agent: ResolversUnionTypes<ResolversParentTypes>['Agent'];
  Alias: AliasRecord;
  AliasInput: AliasInput;
  AuditActor: AuditActor;
  AuditRecord: AuditEntry;
  AuditRecordConnection: AuditRecordConnectionModel;
  AuditRecordEdge: Omit<AuditRecordEdge, 'node'> & { node: ResolversParentTypes['AuditRecord'] };
  Boolean: Scalars['Boolean']['output'];
  Change: Change;
  Claim: ClaimRecord;
  ClaimConnection: ClaimConnectionModel;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  Count: CountRecord;
  CountBounds: CountBounds;
  CountInput: CountInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dispute: DisputeModel;
  DuplicatePair: DuplicatePairModel;
  DuplicatePairConnection: DuplicatePairConnectionModel;
  DuplicatePairEdge: Omit<DuplicatePairEdge, 'node'> & { node: ResolversParentTypes['DuplicatePair'] };
  Entity: EntityRecord;
  EntityConnection: EntityConnectionModel;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityInput: EntityInput;
  Event: EntityRecord;
  EventConnection: EntityConnectionModel;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventRole: EventRoleModel;
  ExploreFilter: ExploreFilter;
  Faction: EntityRecord;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdgeModel;
  GraphNode: GraphNodeModel;
  GraphPath: PathModel;
  ID: Scalars['ID']['output'];
  IndependentSpeaker: SpeakerGroup;
  Int: Scalars['Int']['output'];
  Lens: Lens;
  Location: Location;
  LocationInput: LocationInput;
  Membership: MembershipModel;
  Mutation: Record<PropertyKey, never>;
  Near: Near;
  Node: NodeRecord;
  PageInfo: PageInfo;
  Participation: ParticipationModel;
  PathHop: Omit<PathHop, 'edge' | 'from' | 'to'> & {
    edge: ResolversParentTypes['GraphEdge'];
    from: ResolversParentTypes['GraphNode'];
    to: ResolversParentTypes['GraphNode'];
  };
  Place: EntityRecord;
  PlaceAssertion: PlaceAssertionModel;
  PublishedDetail: PublishedDetail;
  Query: Record<PropertyKey, never>;
  Reliability: Reliability;
  ReliabilityInput: ReliabilityInput;
  SafeInt: Scalars['SafeInt']['output'];
  SearchHit: SearchHitRecord;
  Source: SourceRecord;
  SourceConnection: SourceConnectionModel;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceInput: SourceInput;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  Support: SupportModel;
  TimeAssertion: TimeAssertionModel;
  TimeInput: TimeInput;
  TimeSpan: TimeSpan;
  Total: TotalModel;
  VerificationStep: VerificationStepRecord;
}>;

export type AccessDirectiveArgs = {
  cleared?: Maybe<Scalars['Boolean']['input']>;
  role: AccessRole;
};

export type AccessDirectiveResolver<
  Result,
  Parent,
  ContextType = RequestContext,
  Args = AccessDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccusationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Accusation'] = ResolversParentTypes['Accusation'],
> = ResolversObject<{
  accused?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  accuser?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<AccusationClaimsArgs>>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type AccusedSideResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AccusedSide'] = ResolversParentTypes['AccusedSide'],
> = ResolversObject<{
  accused?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Support'], ParentType, ContextType>;
}>;

export type ActorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor'],
> = ResolversObject<{
  accusations?: Resolver<Array<ResolversTypes['Accusation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ActorClaimsArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['EventRole']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedDetails?: Resolver<Array<ResolversTypes['PublishedDetail']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Faction', ParentType, ContextType>;
}>;

export type AliasResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias'],
> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usedBy?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type AuditActorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditRecordResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord'],
> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relatedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  undoes?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  who?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
}>;

export type AuditRecordConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditRecordConnection'] =
    ResolversParentTypes['AuditRecordConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditRecordEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
}>;

export type ChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change'],
> = ResolversObject<{
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ClaimResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'],
> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  commentary?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Count']>, ParentType, ContextType>;
  credibility?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  originalSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  publishedIn?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quoteWithheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  saidOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Support'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  verificationSteps?: Resolver<Array<ResolversTypes['VerificationStep']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
}>;

export type CountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count'],
> = ResolversObject<{
  best?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bounds?: Resolver<ResolversTypes['CountBounds'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['CountMeasure'], ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['CountQualifier'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['CountUnit'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CountBoundsResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['CountBounds'] = ResolversParentTypes['CountBounds'],
> = ResolversObject<{
  lower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lowerInclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openEnded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  upper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upperInclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisputeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute'],
> = ResolversObject<{
  predicate?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  sides?: Resolver<Array<ResolversTypes['Support']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
}>;

export type DuplicatePairResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DuplicatePair'] = ResolversParentTypes['DuplicatePair'],
> = ResolversObject<{
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  first?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  second?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type DuplicatePairConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DuplicatePairConnection'] =
    ResolversParentTypes['DuplicatePairConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DuplicatePairEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DuplicatePairEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DuplicatePairEdge'] = ResolversParentTypes['DuplicatePairEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DuplicatePair'], ParentType, ContextType>;
}>;

export type EntityResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Event' | 'Faction' | 'Place', ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
}>;

export type EntityEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type EventResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'],
> = ResolversObject<{
  accused?: Resolver<Array<ResolversTypes['AccusedSide']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  blame?: Resolver<Array<ResolversTypes['Accusation']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<EventClaimsArgs>>;
  counts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  participants?: Resolver<
    Array<ResolversTypes['Participation']>,
    ParentType,
    ContextType,
    Partial<EventParticipantsArgs>
  >;
  places?: Resolver<Array<ResolversTypes['PlaceAssertion']>, ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedDetails?: Resolver<Array<ResolversTypes['PublishedDetail']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  subEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  times?: Resolver<Array<ResolversTypes['TimeAssertion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventRoleResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['EventRole'] = ResolversParentTypes['EventRole'],
> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<EventRoleClaimsArgs>>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type FactionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Faction'] = ResolversParentTypes['Faction'],
> = ResolversObject<{
  accusations?: Resolver<Array<ResolversTypes['Accusation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<FactionClaimsArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['EventRole']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactionKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedDetails?: Resolver<Array<ResolversTypes['PublishedDetail']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge'],
> = ResolversObject<{
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  independentSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode'],
> = ResolversObject<{
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
}>;

export type GraphPathResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath'],
> = ResolversObject<{
  hops?: Resolver<Array<ResolversTypes['PathHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
}>;

export type IndependentSpeakerResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['IndependentSpeaker'] = ResolversParentTypes['IndependentSpeaker'],
> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  originalSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  relayedThrough?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
}>;

export type LocationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'],
> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MembershipResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'],
> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<MembershipClaimsArgs>>;
  faction?: Resolver<ResolversTypes['Faction'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
}>;

export type MutationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = ResolversObject<{
  addClaim?: Resolver<
    ResolversTypes['Claim'],
    ParentType,
    ContextType,
    RequireFields<MutationAddClaimArgs, 'input'>
  >;
  addEntity?: Resolver<
    ResolversTypes['Entity'],
    ParentType,
    ContextType,
    RequireFields<MutationAddEntityArgs, 'input'>
  >;
  addSource?: Resolver<
    ResolversTypes['Source'],
    ParentType,
    ContextType,
    RequireFields<MutationAddSourceArgs, 'input'>
  >;
  deleteRecord?: Resolver<
    ResolversTypes['Change'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteRecordArgs, 'id'>
  >;
  linkClaims?: Resolver<
    ResolversTypes['Claim'],
    ParentType,
    ContextType,
    RequireFields<MutationLinkClaimsArgs, 'from' | 'relation' | 'to'>
  >;
  markNotSame?: Resolver<
    ResolversTypes['Change'],
    ParentType,
    ContextType,
    RequireFields<MutationMarkNotSameArgs, 'a' | 'b'>
  >;
  mergeEntities?: Resolver<
    ResolversTypes['Change'],
    ParentType,
    ContextType,
    RequireFields<MutationMergeEntitiesArgs, 'absorb' | 'keep'>
  >;
  retractClaim?: Resolver<
    ResolversTypes['Claim'],
    ParentType,
    ContextType,
    RequireFields<MutationRetractClaimArgs, 'id'>
  >;
  undo?: Resolver<
    ResolversTypes['Change'],
    ParentType,
    ContextType,
    RequireFields<MutationUndoArgs, 'auditId'>
  >;
  unlinkClaims?: Resolver<
    ResolversTypes['Change'],
    ParentType,
    ContextType,
    RequireFields<MutationUnlinkClaimsArgs, 'from' | 'relation' | 'to'>
  >;
  updateClaim?: Resolver<
    ResolversTypes['Claim'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateClaimArgs, 'input'>
  >;
}>;

export type NodeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<
    'Actor' | 'Claim' | 'Event' | 'Faction' | 'Place' | 'Source',
    ParentType,
    ContextType
  >;
}>;

export type PageInfoResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParticipationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation'],
> = ResolversObject<{
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    Partial<ParticipationClaimsArgs>
  >;
  participant?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type PathHopResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PathHop'] = ResolversParentTypes['PathHop'],
> = ResolversObject<{
  edge?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
}>;

export type PlaceResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'],
> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<PlaceClaimsArgs>>;
  containedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  contains?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedDetails?: Resolver<Array<ResolversTypes['PublishedDetail']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceAssertionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PlaceAssertion'] = ResolversParentTypes['PlaceAssertion'],
> = ResolversObject<{
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    Partial<PlaceAssertionClaimsArgs>
  >;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
}>;

export type PublishedDetailResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PublishedDetail'] = ResolversParentTypes['PublishedDetail'],
> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  actor?: Resolver<
    Maybe<ResolversTypes['Actor']>,
    ParentType,
    ContextType,
    RequireFields<QueryActorArgs, 'id'>
  >;
  auditTrail?: Resolver<
    ResolversTypes['AuditRecordConnection'],
    ParentType,
    ContextType,
    Partial<QueryAuditTrailArgs>
  >;
  claim?: Resolver<
    Maybe<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<QueryClaimArgs, 'id'>
  >;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryClaimsArgs>>;
  disputes?: Resolver<Array<ResolversTypes['Dispute']>, ParentType, ContextType, Partial<QueryDisputesArgs>>;
  entities?: Resolver<
    ResolversTypes['EntityConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryEntitiesArgs, 'type'>
  >;
  event?: Resolver<
    Maybe<ResolversTypes['Event']>,
    ParentType,
    ContextType,
    RequireFields<QueryEventArgs, 'id'>
  >;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  faction?: Resolver<
    Maybe<ResolversTypes['Faction']>,
    ParentType,
    ContextType,
    RequireFields<QueryFactionArgs, 'id'>
  >;
  likelyDuplicates?: Resolver<
    ResolversTypes['DuplicatePairConnection'],
    ParentType,
    ContextType,
    Partial<QueryLikelyDuplicatesArgs>
  >;
  neighbourhood?: Resolver<
    ResolversTypes['Subgraph'],
    ParentType,
    ContextType,
    RequireFields<QueryNeighbourhoodArgs, 'depth' | 'ids' | 'limit'>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  paths?: Resolver<
    Array<ResolversTypes['GraphPath']>,
    ParentType,
    ContextType,
    RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxLength' | 'to'>
  >;
  place?: Resolver<
    Maybe<ResolversTypes['Place']>,
    ParentType,
    ContextType,
    RequireFields<QueryPlaceArgs, 'id'>
  >;
  search?: Resolver<
    Array<ResolversTypes['SearchHit']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'first' | 'text'>
  >;
  source?: Resolver<
    Maybe<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<QuerySourceArgs, 'id'>
  >;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<QuerySourcesArgs>>;
  timeline?: Resolver<
    ResolversTypes['EventConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryTimelineArgs, 'of'>
  >;
  totals?: Resolver<
    Array<ResolversTypes['Total']>,
    ParentType,
    ContextType,
    RequireFields<QueryTotalsArgs, 'rule'>
  >;
}>;

export type ReliabilityResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Reliability'] = ResolversParentTypes['Reliability'],
> = ResolversObject<{
  grade?: Resolver<ResolversTypes['ReliabilityGrade'], ParentType, ContextType>;
  gradedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gradedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type SearchHitResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit'],
> = ResolversObject<{
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
}>;

export type SourceResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'],
> = ResolversObject<{
  asserts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['SourceForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedDetails?: Resolver<Array<ResolversTypes['PublishedDetail']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publishes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  relayedBy?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  relays?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  reliability?: Resolver<Maybe<ResolversTypes['Reliability']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourceConnectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
}>;

export type SourceEdgeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  omittedNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SupportResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Support'] = ResolversParentTypes['Support'],
> = ResolversObject<{
  independentOpposition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  independentSupport?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opponents?: Resolver<Array<ResolversTypes['IndependentSpeaker']>, ParentType, ContextType>;
  opposing?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  supporters?: Resolver<Array<ResolversTypes['IndependentSpeaker']>, ParentType, ContextType>;
  supporting?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
}>;

export type TimeAssertionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TimeAssertion'] = ResolversParentTypes['TimeAssertion'],
> = ResolversObject<{
  claims?: Resolver<
    Array<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    Partial<TimeAssertionClaimsArgs>
  >;
  time?: Resolver<ResolversTypes['TimeSpan'], ParentType, ContextType>;
}>;

export type TimeSpanResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TimeSpan'] = ResolversParentTypes['TimeSpan'],
> = ResolversObject<{
  anchor?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  edtf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  phrase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['TimePrecision'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type TotalResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Total'] = ResolversParentTypes['Total'],
> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  independentSpeakers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['CountMeasure'], ParentType, ContextType>;
  openEnded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['TotalRule'], ParentType, ContextType>;
  ruleDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setAside?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['CountUnit'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type VerificationStepResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['VerificationStep'] = ResolversParentTypes['VerificationStep'],
> = ResolversObject<{
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  check?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['VerificationResult'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Accusation?: AccusationResolvers<ContextType>;
  AccusedSide?: AccusedSideResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  Agent?: AgentResolvers<ContextType>;
  Alias?: AliasResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountBounds?: CountBoundsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Dispute?: DisputeResolvers<ContextType>;
  DuplicatePair?: DuplicatePairResolvers<ContextType>;
  DuplicatePairConnection?: DuplicatePairConnectionResolvers<ContextType>;
  DuplicatePairEdge?: DuplicatePairEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventRole?: EventRoleResolvers<ContextType>;
  Faction?: FactionResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  IndependentSpeaker?: IndependentSpeakerResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  PathHop?: PathHopResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceAssertion?: PlaceAssertionResolvers<ContextType>;
  PublishedDetail?: PublishedDetailResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reliability?: ReliabilityResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Support?: SupportResolvers<ContextType>;
  TimeAssertion?: TimeAssertionResolvers<ContextType>;
  TimeSpan?: TimeSpanResolvers<ContextType>;
  Total?: TotalResolvers<ContextType>;
  VerificationStep?: VerificationStepResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
