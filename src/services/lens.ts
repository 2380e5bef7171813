/**
 * A lens is the perspective a request reads the record through: minimum source reliability,
 * verification status, sources affiliated with a party left out, one source only, first-hand
 * only, kinds of original speaker, and the record as reported by a date. Every claim a request
 * sees passes one predicate, cypher/fragments/claimVisible.cypher, so traces, lists, counts,
 * ranges and corroboration all agree.
 */
import type { ReliabilityGrade, SourceKind, VerificationStatus } from '../domain/vocabulary.js';
import type { ClaimRecord } from '../repositories/records.js';

export interface Lens {
  /** Every source of the chain graded this or better; ungraded sources count as F. */
  minReliability: ReliabilityGrade | null;
  verification: VerificationStatus[] | null;
  /** Leave out claims any of whose sources speak for, or belong to, these actors or factions. */
  excludeAffiliatedWith: string[] | null;
  onlySource: string | null;
  firstHandOnly: boolean;
  originKinds: SourceKind[] | null;
  /** The record as reported by the end of this day. */
  asOf: string | null;
}

export interface LensInput {
  minReliability?: ReliabilityGrade | null;
  verification?: readonly VerificationStatus[] | null;
  excludeAffiliatedWith?: readonly string[] | null;
  onlySource?: string | null;
  firstHandOnly?: boolean | null;
  originKinds?: readonly SourceKind[] | null;
  asOf?: string | null;
}

export function toLens(input: LensInput | null | undefined, asOf?: string | null): Lens | null {
  const lens: Lens = {
    minReliability: input?.minReliability ?? null,
    verification: input?.verification?.length ? [...input.verification] : null,
    excludeAffiliatedWith: input?.excludeAffiliatedWith?.length ? [...input.excludeAffiliatedWith] : null,
    onlySource: input?.onlySource ?? null,
    firstHandOnly: input?.firstHandOnly ?? false,
    originKinds: input?.originKinds?.length ? [...input.originKinds] : null,
    asOf: asOf ?? input?.asOf ?? null,
  };
  const active = Object.values(lens).some((v) => v !== null && v !== false);
  return active ? lens : null;
}

/** The date a claim was said, for asOf: when unknown, the day it entered the graph. */
export function reportedOn(claim: Pick<ClaimRecord, 'saidOn' | 'recordedAt'>): string {
  return claim.saidOn ?? claim.recordedAt.slice(0, 10);
}

/**
 * The parameter every statement that reads claims takes as `$view` (see
 * cypher/fragments/claimVisible.cypher): the lens, and whether the caller may see identifying
 * claims. Visibility is decided in the database, so lists, counts and totals stay exact at any
 * size.
 */
export interface ClaimView {
  cleared: boolean;
  asOf: string | null;
  verification: VerificationStatus[] | null;
  firstHandOnly: boolean;
  onlySource: string | null;
  originKinds: SourceKind[] | null;
  minReliability: ReliabilityGrade | null;
  excludeAffiliatedWith: string[] | null;
}

export function claimView(lens: Lens | null, cleared: boolean): ClaimView {
  return {
    cleared,
    asOf: lens?.asOf ?? null,
    verification: lens?.verification ?? null,
    firstHandOnly: lens?.firstHandOnly ?? false,
    onlySource: lens?.onlySource ?? null,
    originKinds: lens?.originKinds ?? null,
    minReliability: lens?.minReliability ?? null,
    excludeAffiliatedWith: lens?.excludeAffiliatedWith ?? null,
  };
}

/** The lens of one root field of a request, set by that field before anything under it loads. */
export class RequestLens {
  private current: Lens | null = null;

  use(lens: Lens | null): void {
    this.current = lens;
  }

  get value(): Lens | null {
    return this.current;
  }
}
