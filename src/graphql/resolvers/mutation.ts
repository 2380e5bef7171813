/** Editors add sources, entities and claims; the answer is the record as stored. */
import { addRecord } from '../../services/editing.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { required } from './required.js';
import { TYPE_BY_ENUM } from './type-names.js';

export const mutationResolvers: Resolvers = {
  Mutation: {
    addSource: async (_, { input }, ctx) => {
      const id = await addRecord(ctx, 'sources', { ...input });
      return required(await ctx.loaders.source.load(id), id);
    },
    addEntity: async (_, { input }, ctx) => {
      const { type, actorKind, factionKind, placeKind, ...rest } = input;
      const id = await addRecord(ctx, 'entities', {
        ...rest,
        type: TYPE_BY_ENUM[type],
        kind: actorKind ?? factionKind ?? placeKind,
      });
      return required(await ctx.loaders.entity.load(id), id);
    },
    addClaim: async (_, { input }, ctx) => {
      const id = await addRecord(ctx, 'claims', { ...input });
      return required(await ctx.loaders.claim.load(id), id);
    },
  },
};
