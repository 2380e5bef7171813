/** Subgraphs, paths, timelines and where events are, for frontends and visualisation tools. */
import { AppError } from '../../errors.js';
import { neighbourhood, paths, type ExploreFilter } from '../../services/exploration.js';
import { listEvents } from '../../services/listing.js';
import { placesOf } from '../../services/trace.js';
import type { ExploreFilter as ExploreFilterInput, Resolvers } from '../generated/resolvers-types.js';
import { withLens } from './lens.js';
import { required } from './required.js';
import { enumOfType } from './type-names.js';

export function toExploreFilter(input: ExploreFilterInput | null | undefined): ExploreFilter {
  return {
    from: input?.from ?? null,
    to: input?.to ?? null,
    eventTypes: input?.eventTypes?.length ? [...input.eventTypes] : null,
    verification: input?.verification?.length ? [...input.verification] : null,
    sourceId: input?.source ?? null,
  };
}

const NO_EVENT_FILTER = {
  types: null,
  from: null,
  to: null,
  placeId: null,
  involvingId: null,
  sourceId: null,
  near: null,
};

export const explorationResolvers: Resolvers = {
  Query: {
    neighbourhood: withLens((args, ctx) =>
      neighbourhood(ctx, [...args.ids], args.depth ?? 1, toExploreFilter(args.filter), args.limit ?? 200),
    ),
    paths: withLens((args, ctx) =>
      paths(ctx, args.from, args.to, args.maxLength ?? 4, args.first ?? 5, toExploreFilter(args.filter)),
    ),
    timeline: withLens(async (args, ctx) => {
      const record = await ctx.loaders.node(args.of);
      const filter =
        record?.type === 'Actor' || record?.type === 'Faction'
          ? { ...NO_EVENT_FILTER, involvingId: args.of }
          : record?.type === 'Place'
            ? { ...NO_EVENT_FILTER, placeId: args.of }
            : record?.type === 'Source'
              ? { ...NO_EVENT_FILTER, sourceId: args.of }
              : null;
      if (!filter) {
        throw new AppError('BAD_USER_INPUT', 'No timeline for this record', [
          { path: 'of', message: `${args.of} is not an actor, faction, place or source` },
        ]);
      }
      return listEvents(ctx, filter, args.first, args.after);
    }),
  },
  GraphNode: {
    type: (n) => enumOfType(n.type),
    record: async (n, _, ctx) => required(await ctx.loaders.entity.load(n.id), n.id),
  },
  GraphEdge: {
    label: (e) => (e.role ? `${e.relation} (${e.role})` : e.relation),
    claimCount: (e) => e.claimIds.length,
    claims: (e, _, ctx) => ctx.loaders.claims(e.claimIds),
  },
  GraphPath: {
    length: (p) => p.hops.length,
  },
  Event: {
    location: async (e, _, ctx) => {
      const placeIds = placesOf(e.id, await ctx.loaders.claimsOf(e.id)).map((p) => p.placeId);
      const places = await ctx.loaders.entities(placeIds);
      const direct = places.find((p) => p.location)?.location;
      if (direct) return direct;
      const containers = await ctx.loaders.entities(places.flatMap((p) => (p.partOfId ? [p.partOfId] : [])));
      return containers.find((p) => p.location)?.location ?? null;
    },
  },
};
