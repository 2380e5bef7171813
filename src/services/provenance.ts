/**
 * Loads what corroboration, disputes and totals need for a request (through the request's
 * loaders, so the lens and protection apply and everything is batched) and hands it to the pure
 * rules in corroboration.ts and totals.ts.
 */
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import type { EventListFilter } from '../repositories/listing-repository.js';
import type { ClaimRecord } from '../repositories/records.js';
import {
  findDisputes,
  supportOf,
  supportOfClaim,
  type DisputeModel,
  type SpeakerOf,
  type SupportModel,
} from './corroboration.js';
import { claimView } from './lens.js';
import { ruleChoices, type TotalModel, type TotalRule } from './totals.js';
import { accusationsOf } from './trace.js';

export interface Scope {
  eventId: string | null;
  placeId: string | null;
  from: string | null;
  to: string | null;
}

export interface AccusedSideModel {
  accusedId: string;
  claims: ClaimRecord[];
  support: SupportModel;
}

/** Who each claim comes from: the speaker of its original source, or that source itself. */
export async function speakerResolver(ctx: RequestContext, claims: ClaimRecord[]): Promise<SpeakerOf> {
  const origins = await ctx.loaders.sources([...new Set(claims.map((c) => c.chain.at(-1)!))]);
  const speakerOfSource = new Map(origins.map((s) => [s.id, s.speakerId ?? s.id]));
  return (claim) => speakerOfSource.get(claim.chain.at(-1)!) ?? claim.chain.at(-1)!;
}

async function commentaryOn(ctx: RequestContext, claims: ClaimRecord[]): Promise<ClaimRecord[]> {
  return ctx.loaders.claims([...new Set(claims.flatMap((c) => c.commentaryIds))]);
}

export async function claimSupport(ctx: RequestContext, claim: ClaimRecord): Promise<SupportModel> {
  const [related, supports, contradicts] = await Promise.all([
    claim.subjectId ? ctx.loaders.claimsOf(claim.subjectId) : Promise.resolve([]),
    ctx.loaders.claims(claim.supportLinkIds),
    ctx.loaders.claims(claim.contradictionLinkIds),
  ]);
  const commentary = await commentaryOn(ctx, [claim, ...related]);
  const everything = [claim, ...related, ...commentary, ...supports, ...contradicts];
  const speakerOf = await speakerResolver(ctx, everything);
  return supportOfClaim(claim, related, commentary, { supports, contradicts }, speakerOf);
}

/** Everyone held responsible for an event, each with the support behind the accusation. */
export async function accusedSides(ctx: RequestContext, eventId: string): Promise<AccusedSideModel[]> {
  const claims = await ctx.loaders.claimsOf(eventId);
  const accusations = accusationsOf(eventId, 'event', claims);
  const accused = [...new Set(accusations.map((a) => a.accusedId))];
  const accusing = accusations.flatMap((a) => a.claims);
  const commentary = await commentaryOn(ctx, accusing);
  const speakerOf = await speakerResolver(ctx, [...accusing, ...commentary]);
  return accused.map((accusedId) => {
    const own = accusations.filter((a) => a.accusedId === accusedId).flatMap((a) => a.claims);
    return { accusedId, claims: own, support: supportOf(own, [], commentary, speakerOf) };
  });
}

/**
 * Disputes are found among all the claims of a scope's events, read into the service, so a scope
 * may hold this many events at most; a larger one is refused with a message, never cut short.
 */
export const MAX_DISPUTE_SCOPE_EVENTS = 5000;

function scopeFilter(scope: Scope): EventListFilter {
  return {
    types: null,
    from: scope.from,
    to: scope.to,
    placeId: scope.placeId,
    involvingId: null,
    sourceId: null,
    near: null,
  };
}

async function claimsInScope(ctx: RequestContext, scope: Scope): Promise<ClaimRecord[]> {
  const eventIds = await ctx.provenance.eventIds(
    scope.eventId,
    scopeFilter(scope),
    claimView(ctx.lens.value, ctx.cleared),
    MAX_DISPUTE_SCOPE_EVENTS + 1,
  );
  if (eventIds.length > MAX_DISPUTE_SCOPE_EVENTS) {
    throw new AppError(
      'SCOPE_TOO_LARGE',
      `Disputes are found over at most ${MAX_DISPUTE_SCOPE_EVENTS} events; narrow the scope by event, place or period`,
      [{ path: 'place', message: `the scope holds more than ${MAX_DISPUTE_SCOPE_EVENTS} events` }],
    );
  }
  // Disputes read the claims only: the records they name would be hundreds of events' worth.
  const perEvent = await Promise.all(eventIds.map((id) => ctx.loaders.claimsOf(id, false)));
  return [...new Map(perEvent.flat().map((c) => [c.id, c])).values()];
}

/**
 * Totals over a scope, added up by the database. The ids of the claims behind them are fetched
 * only when the caller selects those claims.
 */
export async function totalsInScope(
  ctx: RequestContext,
  scope: Scope,
  rule: TotalRule,
  withClaimIds: boolean,
): Promise<TotalModel[]> {
  const rows = await ctx.provenance.sumFigures(
    scope.eventId,
    scopeFilter(scope),
    claimView(ctx.lens.value, ctx.cleared),
    ruleChoices(rule),
    withClaimIds,
  );
  return rows.map((row) => ({ ...row, rule }));
}

/** The claims behind a total (those that went in, or those set aside), within the trace limit. */
export async function claimsOfTotal(
  ctx: RequestContext,
  ids: string[] | null,
  field: 'claims' | 'setAside',
): Promise<ClaimRecord[]> {
  if (ids === null) throw new Error(`totals were computed without the ids of their ${field}`);
  const limit = ctx.config.CLAIMGRAPH_MAX_CLAIMS_PER_RECORD;
  if (ids.length > limit) {
    throw new AppError(
      'SCOPE_TOO_LARGE',
      `This total's ${field} holds ${ids.length} claims, more than the ${limit} one answer reads; ` +
        'narrow the scope by event, place or period, or page through claims(filter: { predicates: [COUNT] })',
    );
  }
  return ctx.loaders.claims(ids);
}

export async function disputesInScope(ctx: RequestContext, scope: Scope): Promise<DisputeModel[]> {
  const claims = await claimsInScope(ctx, scope);
  const commentary = await commentaryOn(ctx, claims);
  const contradictionIds = [...new Set(claims.flatMap((c) => c.contradictionLinkIds))];
  const linked = await ctx.loaders.claims(contradictionIds);
  const byId = new Map([...claims, ...linked].map((c) => [c.id, c]));
  const pairs = new Map<string, [ClaimRecord, ClaimRecord]>();
  for (const claim of claims) {
    for (const otherId of claim.contradictionLinkIds) {
      const other = byId.get(otherId);
      const key = [claim.id, otherId].sort().join('|');
      if (other && !pairs.has(key)) pairs.set(key, claim.id < otherId ? [claim, other] : [other, claim]);
    }
  }
  const speakerOf = await speakerResolver(ctx, [...claims, ...commentary, ...linked]);
  return findDisputes(claims, commentary, [...pairs.values()], speakerOf);
}
