/** The grouped answers of the trace, and the small types around records. */
import type { RequestContext } from '../../context.js';
import type { SearchHitRecord } from '../../repositories/records.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { required } from './required.js';
import { enumOfType } from './type-names.js';

/** Search only finds entities and sources, and knows which, so it asks one loader only. */
function hitRecord(hit: SearchHitRecord, ctx: RequestContext) {
  return hit.type === 'Source' ? ctx.loaders.source.load(hit.id) : ctx.loaders.entity.load(hit.id);
}

export const traceResolvers: Resolvers = {
  Participation: {
    participant: async (p, _, ctx) =>
      required(await ctx.loaders.entity.load(p.participantId), p.participantId),
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
    node: async (h, _, ctx) => required(await hitRecord(h, ctx), h.id),
    type: (h) => enumOfType(h.type),
    name: async (h, _, ctx) => required(await hitRecord(h, ctx), h.id).name,
  },
  Node: { __resolveType: (record) => record.type },
  Entity: { __resolveType: (record) => record.type },
  Agent: { __resolveType: (record) => record.type as 'Actor' | 'Faction' },
};
