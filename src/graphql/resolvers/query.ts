/** Root lookups, lists and search. */
import type { EntityType } from '../../domain/vocabulary.js';
import { listClaims, listEntities, listEvents, listSources } from '../../services/listing.js';
import { searchNames } from '../../services/search.js';
import type { EntityRecord } from '../../repositories/records.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { withLens, type LensArgs } from './lens.js';
import { TYPE_BY_ENUM } from './type-names.js';

/** A typed lookup answers null when the id belongs to a record of another type. */
function entityOfType(type: EntityType) {
  return withLens(async (args: { id: string } & LensArgs, ctx): Promise<EntityRecord | null> => {
    const entity = await ctx.loaders.entity.load(args.id);
    return entity?.type === type ? entity : null;
  });
}

export const queryResolvers: Resolvers = {
  Query: {
    node: withLens(({ id }, ctx) => ctx.loaders.node(id)),
    actor: entityOfType('Actor'),
    faction: entityOfType('Faction'),
    place: entityOfType('Place'),
    event: entityOfType('Event'),
    source: withLens(({ id }, ctx) => ctx.loaders.source.load(id)),
    claim: withLens(({ id }, ctx) => ctx.loaders.visibleClaim(id)),
    events: withLens(({ filter, first, after }, ctx) =>
      listEvents(
        ctx,
        {
          types: filter?.types ?? null,
          from: filter?.from ?? null,
          to: filter?.to ?? null,
          placeId: filter?.place ?? null,
          involvingId: filter?.involving ?? null,
          sourceId: filter?.source ?? null,
          near: filter?.near ?? null,
        },
        first,
        after,
      ),
    ),
    entities: (_, { type, first, after }, ctx) => listEntities(ctx, TYPE_BY_ENUM[type], first, after),
    sources: (_, { kinds, first, after }, ctx) => listSources(ctx, kinds ?? null, first, after),
    claims: withLens(({ filter, first, after }, ctx) =>
      listClaims(
        ctx,
        {
          predicates: filter?.predicates ?? null,
          aboutId: filter?.about ?? null,
          sourceId: filter?.source ?? null,
          verification: filter?.verification ?? null,
          firstHandOnly: filter?.firstHandOnly ?? false,
        },
        first,
        after,
      ),
    ),
    search: (_, { text, types, first }, ctx) =>
      searchNames(ctx, text, types ? types.map((t) => TYPE_BY_ENUM[t]) : null, first),
  },
};
