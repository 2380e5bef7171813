/** Actor, Faction, Place and Event: identity fields and the trace around each. */
import type { RequestContext } from '../../context.js';
import type { EntityRecord } from '../../repositories/records.js';
import {
  accusationsOf,
  countsOf,
  eventRolesOf,
  membershipsOf,
  participationsOf,
  placesOf,
  reportsOf,
  selectClaims,
  sortById,
  timesOf,
} from '../../services/trace.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Fields every entity type shares. */
const entityFields = {
  protected: (e: EntityRecord) => e.protected,
  claims: async (
    e: EntityRecord,
    args: { source?: string | null; predicates?: readonly string[] | null },
    ctx: RequestContext,
  ) => sortById(selectClaims(await ctx.loaders.claimsOf(e.id), args)),
};

/** Fields actors and factions share: what they did, what they are blamed for, what they say. */
const agentFields = {
  ...entityFields,
  kind: (e: EntityRecord) => e.kind as never,
  events: async (e: EntityRecord, _: unknown, ctx: RequestContext) =>
    eventRolesOf(e.id, await ctx.loaders.claimsOf(e.id)),
  accusations: async (e: EntityRecord, _: unknown, ctx: RequestContext) =>
    accusationsOf(e.id, 'accused', await ctx.loaders.claimsOf(e.id)),
  memberships: async (e: EntityRecord, _: unknown, ctx: RequestContext) =>
    membershipsOf(e.id, 'member', await ctx.loaders.claimsOf(e.id)),
  statements: async (e: EntityRecord, _: unknown, ctx: RequestContext) => {
    const statements = await ctx.loaders.statements.load(e.id);
    return sortById(await ctx.loaders.claims(statements?.claimIds ?? []));
  },
};

export const entityResolvers: Resolvers = {
  Actor: {
    ...agentFields,
    sources: async (e, _, ctx) => {
      const statements = await ctx.loaders.statements.load(e.id);
      return ctx.loaders.sources(statements?.sourceIds ?? []);
    },
  },
  Faction: {
    ...agentFields,
    members: async (e, _, ctx) => membershipsOf(e.id, 'faction', await ctx.loaders.claimsOf(e.id)),
  },
  Place: {
    ...entityFields,
    kind: (e) => e.kind as never,
    partOf: (e, _, ctx) => (e.partOfId ? ctx.loaders.entity.load(e.partOfId) : null),
    containedIn: async (e, _, ctx) =>
      ctx.loaders.entities((await ctx.loaders.parts.load(e.id))?.ancestorIds ?? []),
    contains: async (e, _, ctx) =>
      sortById(await ctx.loaders.entities((await ctx.loaders.parts.load(e.id))?.partIds ?? [])),
  },
  Event: {
    ...entityFields,
    eventType: (e) => e.eventType as never,
    partOf: (e, _, ctx) => (e.partOfId ? ctx.loaders.entity.load(e.partOfId) : null),
    subEvents: async (e, _, ctx) =>
      sortById(await ctx.loaders.entities((await ctx.loaders.parts.load(e.id))?.partIds ?? [])),
    participants: async (e, args, ctx) => {
      const claims = selectClaims(await ctx.loaders.claimsOf(e.id), { source: args.source });
      return participationsOf(e.id, claims, args.role);
    },
    places: async (e, _, ctx) => placesOf(e.id, await ctx.loaders.claimsOf(e.id)),
    times: async (e, _, ctx) => timesOf(e.id, await ctx.loaders.claimsOf(e.id)),
    counts: async (e, _, ctx) => countsOf(e.id, await ctx.loaders.claimsOf(e.id)),
    blame: async (e, _, ctx) => accusationsOf(e.id, 'event', await ctx.loaders.claimsOf(e.id)),
    reports: async (e, _, ctx) => reportsOf(e.id, await ctx.loaders.claimsOf(e.id)),
  },
};
