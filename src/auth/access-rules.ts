/**
 * The @access directive of schema/: who may use each field. The rule of a field is its own
 * directive, else the directive on its type. Every field of every object type must end up with a
 * rule: a schema that leaves one out does not load, so a new field cannot ship open by mistake.
 */
import {
  buildASTSchema,
  isObjectType,
  parse,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import type { FieldResolver } from '../graphql/resolvers/scoped-to-root-field.js';
import { requireClearance, requireRole, ROLES, type Role } from './principal.js';

/** What a field needs: the least role, and whether clearance for protected records too. */
export interface AccessRule {
  role: Role;
  cleared: boolean;
}

/** `Type.field` → its rule. */
export type AccessRules = ReadonlyMap<string, AccessRule>;

export function accessRulesOf(typeDefs: string): AccessRules {
  const schema = buildASTSchema(parse(typeDefs));
  const rules = new Map<string, AccessRule>();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(field) ?? ruleOf(type);
      if (rule) rules.set(`${type.name}.${field.name}`, rule);
      else missing.push(`${type.name}.${field.name}`);
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `Every field of the schema needs an @access rule (on the field or its type); these have none: ${missing.join(', ')}`,
    );
  }
  return rules;
}

function ruleOf(element: GraphQLObjectType | GraphQLField<unknown, unknown>): AccessRule | null {
  const directive = element.astNode?.directives?.find((d) => d.name.value === 'access');
  return directive ? { role: roleArgument(directive), cleared: clearedArgument(directive) } : null;
}

function roleArgument(directive: ConstDirectiveNode): Role {
  const value = directive.arguments?.find((a) => a.name.value === 'role')?.value;
  const role = value?.kind === 'EnumValue' ? value.value.toLowerCase() : '';
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`@access has an unknown role "${role}"`);
  return role as Role;
}

function clearedArgument(directive: ConstDirectiveNode): boolean {
  const value = directive.arguments?.find((a) => a.name.value === 'cleared')?.value;
  return value?.kind === 'BooleanValue' && value.value;
}

const ROOT_TYPES = new Set(['Query', 'Mutation']);

/**
 * Puts each field's rule in front of its resolver. Root fields are always checked (anonymous
 * reads may be switched off); other fields only where their rule asks for more than reading,
 * since a caller reaches them only through a root field they were allowed.
 */
export function guardedByAccessRules<R extends object>(resolvers: R, rules: AccessRules): R {
  const guarded: Record<string, unknown> = { ...(resolvers as Record<string, unknown>) };
  for (const [key, { role, cleared }] of rules) {
    const [typeName, fieldName] = key.split('.') as [string, string];
    if (!ROOT_TYPES.has(typeName) && role === 'viewer' && !cleared) continue;
    const fields = { ...((guarded[typeName] as Record<string, unknown> | undefined) ?? {}) };
    const resolve = (fields[fieldName] as FieldResolver | undefined) ?? defaultResolver(fieldName);
    fields[fieldName] = ((parent, args, ctx, info) => {
      requireRole(ctx.principal, role, `${typeName}.${fieldName}`);
      if (cleared) requireClearance(ctx.principal, `${typeName}.${fieldName}`);
      return resolve(parent, args, ctx, info);
    }) satisfies FieldResolver;
    guarded[typeName] = fields;
  }
  return guarded as R;
}

function defaultResolver(fieldName: string): FieldResolver {
  return (parent) => (parent as Record<string, unknown> | null)?.[fieldName];
}
