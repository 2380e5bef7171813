/**
 * Plain records as the repositories return them: no driver types, ids instead of links.
 * Resolvers receive these (see the mappers in codegen.ts).
 */
import type {
  CountMeasure,
  CountQualifier,
  CountUnit,
  Predicate,
  ReliabilityGrade,
  Role,
  SourceForm,
  SourceKind,
  VerificationStatus,
} from '../domain/vocabulary.js';
import type { EntityType } from '../domain/vocabulary.js';
import type { TimeSpan } from '../domain/time-span.js';

export interface AliasRecord {
  name: string;
  sourceIds: string[];
}

/** A detail of a protected record that its sources published: shown to every caller. */
export interface PublishedDetailRecord {
  field: string;
  value: string;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  description: string | null;
  /** Actor, faction and place kind. */
  kind: string | null;
  eventType: string | null;
  protected: boolean;
  publishedDetails: PublishedDetailRecord[];
  location: { latitude: number; longitude: number } | null;
  partOfId: string | null;
  firstDate: string | null;
  lastDate: string | null;
  aliases: AliasRecord[];
}

export interface SourceRecord {
  id: string;
  type: 'Source';
  name: string;
  kind: SourceKind;
  form: SourceForm;
  protected: boolean;
  publishedDetails: PublishedDetailRecord[];
  author: string | null;
  url: string | null;
  publishedOn: string | null;
  description: string | null;
  reliability: { grade: ReliabilityGrade; gradedBy: string; gradedOn: string; note: string | null } | null;
  speakerId: string | null;
}

/** Whom a source relays and who relays it (read only when asked for). */
export interface SourceRelays {
  relayIds: string[];
  relayedByIds: string[];
}

export interface CountRecord {
  value: number | null;
  qualifier: CountQualifier;
  low: number | null;
  best: number | null;
  high: number | null;
  unit: CountUnit;
  measure: CountMeasure;
  category: string | null;
}

/** When something happened, as resolved from the source's words (see domain/time-span.ts). */
export type TimeSpanRecord = TimeSpan;

export interface ClaimRecord {
  id: string;
  type: 'Claim';
  predicate: Predicate;
  role: Role | null;
  quote: string | null;
  quoteWithheld: boolean;
  statement: string | null;
  count: CountRecord | null;
  time: TimeSpanRecord | null;
  /** Source ids, publisher first, original speaker last. */
  chain: string[];
  subjectId: string | null;
  objectId: string | null;
  placeIds: string[];
  aboutIds: string[];
  commentaryIds: string[];
  /** Claims an editor linked to this one, in either direction. */
  supportLinkIds: string[];
  contradictionLinkIds: string[];
  verificationSteps: VerificationStepRecord[];
  credibility: number;
  verification: VerificationStatus;
  saidOn: string | null;
  recordedAt: string;
  identifying: boolean;
  note: string | null;
}

export interface VerificationStepRecord {
  check: string;
  by: string;
  on: string;
  result: 'CONFIRMED' | 'REFUTED' | 'INCONCLUSIVE';
  note: string | null;
}

export type NodeRecord = EntityRecord | SourceRecord | ClaimRecord;

export interface SearchHitRecord {
  id: string;
  type: EntityType | 'Source';
  matched: string;
  score: number;
}
