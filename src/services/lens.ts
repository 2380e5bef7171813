/**
 * A lens is the perspective a request reads the record through: minimum source reliability,
 * verification status, sources affiliated with a party left out, one source only, first-hand
 * only, kinds of original speaker, and the record as reported by a date. Every claim a request
 * sees passes the one predicate below, so traces, counts, ranges and corroboration all agree.
 */
import { AppError } from '../errors.js';
import type { ReliabilityGrade, SourceKind, VerificationStatus } from '../domain/vocabulary.js';
import type { ClaimRecord, SourceRecord } from '../repositories/records.js';

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

/** A chain's sources as the lens needs them: grade, kind, and whom they speak for. */
export type LensSource = Pick<SourceRecord, 'id' | 'kind' | 'reliability' | 'affiliationIds'>;

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

export function sameLens(a: Lens | null, b: Lens | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The date a claim was said, for asOf: when unknown, the day it entered the graph. */
export function reportedOn(claim: ClaimRecord): string {
  return claim.saidOn ?? claim.recordedAt.slice(0, 10);
}

export function passesLens(
  claim: ClaimRecord,
  chain: readonly (LensSource | null)[],
  lens: Lens | null,
): boolean {
  if (!lens) return true;
  if (lens.asOf && reportedOn(claim) > lens.asOf) return false;
  if (lens.verification && !lens.verification.includes(claim.verification)) return false;
  if (lens.firstHandOnly && claim.chain.length !== 1) return false;
  if (lens.onlySource && !claim.chain.includes(lens.onlySource)) return false;
  const origin = chain.at(-1);
  if (lens.originKinds && (!origin || !lens.originKinds.includes(origin.kind))) return false;
  if (lens.minReliability) {
    const floor = lens.minReliability;
    if (chain.some((s) => !s || (s.reliability?.grade ?? 'F') > floor)) return false;
  }
  if (lens.excludeAffiliatedWith) {
    const excluded = new Set(lens.excludeAffiliatedWith);
    if (chain.some((s) => !s || s.affiliationIds.some((id) => excluded.has(id)))) return false;
  }
  return true;
}

/** The lens of a request: set once by its root fields, the same for all of them. */
export class RequestLens {
  private current: Lens | null = null;
  private set = false;

  use(lens: Lens | null): void {
    if (this.set && !sameLens(this.current, lens) && lens !== null) {
      throw new AppError(
        'BAD_USER_INPUT',
        'All fields of one request must read through the same lens (and asOf)',
        [{ path: 'lens', message: 'differs from the lens another field of this request uses' }],
      );
    }
    if (lens !== null || !this.set) {
      this.current = lens;
      this.set = lens !== null;
    }
  }

  get value(): Lens | null {
    return this.current;
  }
}
