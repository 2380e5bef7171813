/**
 * Root fields that read through a lens set it before they resolve; everything under the root
 * field reads through it (see scoped-to-root-field.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context.js';
import { toLens, type LensInput } from '../../services/lens.js';

export interface LensArgs {
  lens?: LensInput | null;
  asOf?: string | null;
}

export function withLens<A extends LensArgs, R>(
  resolve: (args: A, ctx: RequestContext, info: GraphQLResolveInfo) => R,
) {
  return (_: unknown, args: A, ctx: RequestContext, info: GraphQLResolveInfo): R => {
    ctx.lens.use(toLens(args.lens, args.asOf));
    return resolve(args, ctx, info);
  };
}
