/** The grouped answers of the trace, and the small types around records. */
import type { Resolvers } from '../generated/resolvers-types.js';
import { required } from './required.js';
import { enumOfType } from './type-names.js';

export const traceResolvers: Resolvers = {
  Participation: {
    participant: async (p, _, ctx) => required(await ctx.loaders.entity.load(p.participantId), p.participantId),
  },
  EventRole: {
    event: async (r, _, ctx) => required(await ctx.loaders.entity.load(r.eventId), r.eventId),
  },
  PlaceAssertion: {
    place: async (a, _, ctx) => required(await ctx.loaders.entity.load(a.placeId), a.placeId),
  },
  Accusation: {
    accused: async (a, _, ctx) => required(await ctx.loaders.entity.load(a.accusedId), a.accusedId),
    event: async (a, _, ctx) => required(await ctx.loaders.entity.load(a.eventId), a.eventId),
    accuser: async (a, _, ctx) => required(await ctx.loaders.source.load(a.accuserId), a.accuserId),
  },
  Membership: {
    member: async (m, _, ctx) => required(await ctx.loaders.entity.load(m.memberId), m.memberId),
    faction: async (m, _, ctx) => required(await ctx.loaders.entity.load(m.factionId), m.factionId),
  },
  Alias: {
    usedBy: (a, _, ctx) => ctx.loaders.sources(a.sourceIds),
  },
  SearchHit: {
    node: async (h, _, ctx) => required(await ctx.loaders.node(h.id), h.id),
    type: (h) => enumOfType(h.type),
    name: async (h, _, ctx) => {
      const record = required(await ctx.loaders.node(h.id), h.id);
      return 'name' in record ? record.name : record.id;
    },
  },
  Node: { __resolveType: (record) => record.type },
  Entity: { __resolveType: (record) => record.type },
  Agent: { __resolveType: (record) => record.type as 'Actor' | 'Faction' },
};
