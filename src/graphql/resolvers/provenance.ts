/** Corroboration, disputes and totals: the analyst-grade views of the record. */
import {
  accusedSides,
  claimSupport,
  claimsOfTotal,
  disputesInScope,
  totalsInScope,
  type Scope,
} from '../../services/provenance.js';
import { linkClaims } from '../../services/editing.js';
import { TOTAL_RULE_DESCRIPTIONS } from '../../services/totals.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { withLens } from './lens.js';
import { required } from './required.js';
import { selectsField } from './selection.js';

const scopeOf = (args: {
  event?: string | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
}): Scope => ({
  eventId: args.event ?? null,
  placeId: args.place ?? null,
  from: args.from ?? null,
  to: args.to ?? null,
});

export const provenanceResolvers: Resolvers = {
  Query: {
    totals: withLens((args, ctx, info) =>
      totalsInScope(
        ctx,
        scopeOf(args),
        args.rule ?? 'HIGHEST_PER_SPEAKER',
        selectsField(info, ['claims', 'setAside']),
      ),
    ),
    disputes: withLens((args, ctx) => disputesInScope(ctx, scopeOf(args))),
  },
  Mutation: {
    // Audited like every change (services/editing.ts).
    linkClaims: async (_, { from, to, relation }, ctx) => {
      await linkClaims(ctx, from, to, relation);
      return required(await ctx.loaders.claim.load(from), from);
    },
  },
  Claim: {
    verificationSteps: (c) => c.verificationSteps,
    support: (c, _, ctx) => claimSupport(ctx, c),
    supportedBy: (c, _, ctx) => ctx.loaders.claims(c.supportLinkIds),
    contradictedBy: (c, _, ctx) => ctx.loaders.claims(c.contradictionLinkIds),
  },
  Event: {
    accused: (e, _, ctx) => accusedSides(ctx, e.id),
  },
  AccusedSide: {
    accused: async (side, _, ctx) => required(await ctx.loaders.entity.load(side.accusedId), side.accusedId),
  },
  Support: {
    independentSupport: (s) => s.supporters.length,
    independentOpposition: (s) => s.opponents.length,
  },
  IndependentSpeaker: {
    originalSource: async (g, _, ctx) => required(await ctx.loaders.source.load(g.originId), g.originId),
    speaker: (g, _, ctx) => (g.speakerKey === g.originId ? null : ctx.loaders.entity.load(g.speakerKey)),
    relayedThrough: (g, _, ctx) =>
      ctx.loaders.sources([...new Set(g.claims.flatMap((c) => c.chain.slice(0, -1)))].sort()),
  },
  Total: {
    ruleDescription: (t) => TOTAL_RULE_DESCRIPTIONS[t.rule],
    claims: (t, _, ctx) => claimsOfTotal(ctx, t.claimIds, 'claims'),
    setAside: (t, _, ctx) => claimsOfTotal(ctx, t.setAsideIds, 'setAside'),
  },
  Dispute: {
    subject: (d, _, ctx) => (d.subjectId ? ctx.loaders.node(d.subjectId) : null),
  },
};
