/**
 * Loads what corroboration, disputes and totals need for a request (through the request's
 * loaders, so the lens and protection apply and everything is batched) and hands it to the pure
 * rules in corroboration.ts and totals.ts.
 */
import type { RequestContext } from '../context.js';
import type { ClaimRecord } from '../repositories/records.js';
import {
  findDisputes,
  supportOf,
  supportOfClaim,
  type DisputeModel,
  type SpeakerOf,
  type SupportModel,
} from './corroboration.js';
import { LENS_SCAN_LIMIT } from './listing.js';
import { totalsOf, type TotalModel, type TotalRule } from './totals.js';
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

/** The events of a scope: an event with the events inside it, or a place and/or period. */
export async function eventsInScope(ctx: RequestContext, scope: Scope): Promise<string[]> {
  if (scope.eventId) {
    const ids = [scope.eventId];
    // One level of parts per round trip: the depth of the event tree, not its size.
    let frontier = [scope.eventId];
    while (frontier.length) {
      const parts = await ctx.loaders.parts.loadMany(frontier);
      frontier = parts
        .flatMap((p) => (p && !(p instanceof Error) ? p.partIds : []))
        .filter((id) => !ids.includes(id));
      ids.push(...frontier);
    }
    return ids;
  }
  const page = await ctx.listing.events(
    {
      types: null,
      from: scope.from,
      to: scope.to,
      placeId: scope.placeId,
      involvingId: null,
      sourceId: null,
      near: null,
    },
    null,
    LENS_SCAN_LIMIT,
  );
  return page.ids;
}

async function claimsInScope(
  ctx: RequestContext,
  scope: Scope,
): Promise<{ eventIds: string[]; claims: ClaimRecord[] }> {
  const eventIds = await eventsInScope(ctx, scope);
  const perEvent = await Promise.all(eventIds.map((id) => ctx.loaders.claimsOf(id)));
  const claims = [...new Map(perEvent.flat().map((c) => [c.id, c])).values()];
  return { eventIds, claims };
}

export async function totalsInScope(
  ctx: RequestContext,
  scope: Scope,
  rule: TotalRule,
): Promise<TotalModel[]> {
  const { eventIds, claims } = await claimsInScope(ctx, scope);
  const counts = claims.filter(
    (c) => c.predicate === 'COUNT' && c.subjectId !== null && eventIds.includes(c.subjectId),
  );
  const [speakerOf, parts] = await Promise.all([
    speakerResolver(ctx, counts),
    ctx.loaders.parts.loadMany(eventIds),
  ]);
  const ancestors = new Map(
    eventIds.map((id, i) => [
      id,
      (parts[i] && !(parts[i] instanceof Error) ? parts[i].ancestorIds : []) as string[],
    ]),
  );
  return totalsOf(counts, (id) => ancestors.get(id) ?? [], rule, speakerOf);
}

export async function disputesInScope(ctx: RequestContext, scope: Scope): Promise<DisputeModel[]> {
  const { claims } = await claimsInScope(ctx, scope);
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
