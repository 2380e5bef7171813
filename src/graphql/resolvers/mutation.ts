/** Editors' changes; the answer is the record as stored, or what the change did. */
import { addRecord, deleteRecord, retractClaim, unlinkClaims, updateClaim } from '../../services/editing.js';
import { undoChange } from '../../services/undo.js';
import { AppError } from '../../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { TYPE_BY_ENUM } from './type-names.js';

export const mutationResolvers: Resolvers = {
  Mutation: {
    addSource: async (_, { input, ...options }, ctx) => {
      const { recordIds } = await addRecord(ctx, 'sources', { ...input }, options);
      return written(await ctx.loaders.source.load(recordIds[0]!), recordIds[0]!);
    },
    addEntity: async (_, { input, ...options }, ctx) => {
      const { type, actorKind, factionKind, placeKind, ...rest } = input;
      const record = { ...rest, type: TYPE_BY_ENUM[type], kind: actorKind ?? factionKind ?? placeKind };
      const { recordIds } = await addRecord(ctx, 'entities', record, options);
      return written(await ctx.loaders.entity.load(recordIds[0]!), recordIds[0]!);
    },
    addClaim: async (_, { input, ...options }, ctx) => {
      const { recordIds } = await addRecord(ctx, 'claims', { ...input }, options);
      return written(await ctx.loaders.claim.load(recordIds[0]!), recordIds[0]!);
    },
    updateClaim: async (_, { input, ...options }, ctx) => {
      await updateClaim(ctx, { ...input }, options);
      return written(await ctx.loaders.claim.load(input.id), input.id);
    },
    retractClaim: async (_, { id, ...options }, ctx) => {
      await retractClaim(ctx, id, options);
      return written(await ctx.loaders.claim.load(id), id);
    },
    deleteRecord: (_, { id, ...options }, ctx) => deleteRecord(ctx, id, options),
    unlinkClaims: (_, { from, to, relation, ...options }, ctx) =>
      unlinkClaims(ctx, from, to, relation, options),
    undo: (_, { auditId, ...options }, ctx) => undoChange(ctx, auditId, options),
  },
};

/** The record a change wrote: gone only when a retry replays a change whose record was deleted since. */
function written<T>(record: T | null | undefined, id: string): T {
  if (record === null || record === undefined) {
    throw new AppError('NOT_FOUND', `${id} was written by this change, and has been deleted since`);
  }
  return record;
}
