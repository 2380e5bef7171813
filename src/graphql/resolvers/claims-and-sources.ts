/** Claims with their chain, links and commentary; sources with what they assert and relay. */
import type { Resolvers } from '../generated/resolvers-types.js';
import { countBounds } from '../../domain/count-range.js';
import { sortById } from '../../services/trace.js';
import { required } from './required.js';

export const claimResolvers: Resolvers = {
  Claim: {
    subject: (c, _, ctx) => (c.subjectId ? ctx.loaders.node(c.subjectId) : null),
    object: (c, _, ctx) => (c.objectId ? ctx.loaders.node(c.objectId) : null),
    places: (c, _, ctx) => ctx.loaders.entities(c.placeIds),
    publishedIn: async (c, _, ctx) => required(await ctx.loaders.source.load(c.chain[0]!), c.chain[0]!),
    originalSource: async (c, _, ctx) =>
      required(await ctx.loaders.source.load(c.chain.at(-1)!), c.chain.at(-1)!),
    chain: (c, _, ctx) => ctx.loaders.sources(c.chain),
    firstHand: (c) => c.chain.length === 1,
    about: (c, _, ctx) => ctx.loaders.claims(c.aboutIds),
    commentary: (c, _, ctx) => ctx.loaders.claims(c.commentaryIds),
  },
  Count: {
    bounds: (count) => countBounds(count),
  },
  Source: {
    speaker: (s, _, ctx) => (s.speakerId ? ctx.loaders.entity.load(s.speakerId) : null),
    relays: async (s, _, ctx) => ctx.loaders.sources((await ctx.loaders.relays.load(s.id))?.relayIds ?? []),
    relayedBy: async (s, _, ctx) =>
      ctx.loaders.sources((await ctx.loaders.relays.load(s.id))?.relayedByIds ?? []),
    asserts: async (s, _, ctx) =>
      sortById(await ctx.loaders.claims((await ctx.loaders.sourceClaims.load(s.id))?.asserted ?? [])),
    publishes: async (s, _, ctx) =>
      sortById(await ctx.loaders.claims((await ctx.loaders.sourceClaims.load(s.id))?.published ?? [])),
  },
};
