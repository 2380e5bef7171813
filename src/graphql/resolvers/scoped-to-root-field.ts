/**
 * Every resolver runs with the context of the root field it lies under (RequestContext.forRootField),
 * so a root field's lens and loaders reach its whole subtree and no further: `a: totals(asOf: X)`
 * and `b: totals(asOf: Y)` in one request each read the record as of their own date.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context.js';

export type FieldResolver = (
  parent: unknown,
  args: unknown,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
) => unknown;

/** The response key (alias or name) of the root field a resolver lies under. */
export function rootFieldKey(path: GraphQLResolveInfo['path']): string {
  let step = path;
  while (step.prev) step = step.prev;
  return String(step.key);
}

function scoped(resolve: FieldResolver): FieldResolver {
  return (parent, args, ctx, info) => resolve(parent, args, ctx.forRootField(rootFieldKey(info.path)), info);
}

/** Wraps the field resolvers of every object type; scalars and type resolvers are left as they are. */
export function scopedToRootField<R extends object>(resolvers: R): R {
  const wrapped: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (typeof fields !== 'object' || fields === null || fields.constructor !== Object) {
      wrapped[typeName] = fields;
      continue;
    }
    wrapped[typeName] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([field, resolve]) => [
        field,
        typeof resolve === 'function' && !field.startsWith('__') ? scoped(resolve as FieldResolver) : resolve,
      ]),
    );
  }
  return wrapped as R;
}
