/** Entity resolution: merges, not-same judgements and the likely duplicates to review. */
import { likelyDuplicates } from '../../services/duplicates.js';
import { markNotSame, mergeEntities } from '../../services/merging.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { required } from './required.js';
import { TYPE_BY_ENUM } from './type-names.js';

export const mergeResolvers: Resolvers = {
  Query: {
    likelyDuplicates: (_, { type, first, after }, ctx) =>
      likelyDuplicates(ctx, type ? TYPE_BY_ENUM[type] : null, first, after),
  },
  Mutation: {
    mergeEntities: (_, { keep, absorb, ...options }, ctx) => mergeEntities(ctx, keep, absorb, options),
    markNotSame: (_, { a, b, ...options }, ctx) => markNotSame(ctx, a, b, options),
  },
  DuplicatePair: {
    first: async (pair, _, ctx) => required(await ctx.loaders.entity.load(pair.firstId), pair.firstId),
    second: async (pair, _, ctx) => required(await ctx.loaders.entity.load(pair.secondId), pair.secondId),
  },
};
