/**
 * Queries generated from the running schema for the leak test: every root Query field, selecting
 * every field down to a bounded depth, with each ID argument, each ID or String field of an input
 * argument (filters, lenses) and each required String argument filled in turn with the values
 * under test. A field or argument added to the schema is covered without editing the test.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLEnumType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';

/** One root field asked with one set of arguments, under an alias of its own. */
export interface GeneratedField {
  alias: string;
  field: string;
  /**
   * The ids and texts of the arguments that choose what the answer is about; values of arguments
   * that leave records out (`exclude...`) choose nothing.
   */
  selecting: string[];
  text: string;
}

/** One operation per root field and varied argument: its fields share one request. */
export interface GeneratedOperation {
  label: string;
  query: string;
  fields: GeneratedField[];
}

export async function fetchSchema(post: (query: string) => Promise<unknown>): Promise<GraphQLSchema> {
  const answer = (await post(getIntrospectionQuery())) as { data: IntrospectionQuery };
  return buildClientSchema(answer.data);
}

/** The selection of every field of `type`, object fields only `depth` levels further down. */
export function selectAll(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  leaveOut: ReadonlySet<string> = new Set(),
): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    // A leaf that is of different types in different members (the `kind` enums of actors and
    // factions) cannot be merged into one answer; enums name no one, so such fields are left out.
    const leafTypes = new Map<string, Set<string>>();
    for (const t of possible)
      for (const f of Object.values(t.getFields()))
        if (isLeafType(getNamedType(f.type)))
          leafTypes.set(f.name, (leafTypes.get(f.name) ?? new Set()).add(String(f.type)));
    const clashing = new Set([...leafTypes].filter(([, types]) => types.size > 1).map(([name]) => name));
    const fragments = possible.map((t) => `... on ${t.name} ${selectAll(schema, t, depth, clashing)}`);
    return `{ __typename ${fragments.join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    // Nested fields are asked without arguments; one that needs some is left out.
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (!leaveOut.has(field.name)) parts.push(field.name);
    } else if (depth > 1) parts.push(`${field.name} ${selectAll(schema, named, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A GraphQL literal for a value of an input type. */
function literal(type: GraphQLInputType, value: unknown): string {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((v) => literal(inner.ofType, v)).join(', ')}]`;
  }
  if (isEnumType(inner)) return String(value);
  if (isInputObjectType(inner)) {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{ ${entries.map(([k, v]) => `${k}: ${literal(inner.getFields()[k]!.type, v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

type Slot = 'id' | 'text';

/** What kind of value the test puts into an argument or input field, if any. */
function slotOf(type: GraphQLInputType): Slot | null {
  const named = getNamedType(type);
  if (named.name === 'ID') return 'id';
  if (named.name === 'String') return 'text';
  return null;
}

/** A value for a required argument the test does not vary: the first enum value, a small number. */
function defaultFor(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.name;
  if (named.name === 'Int') return 5;
  if (named.name === 'Float') return 1;
  if (named.name === 'Boolean') return false;
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(required.map((f) => [f.name, defaultFor(f.type)]));
  }
  return undefined;
}

interface Variation {
  label: string;
  args: Record<string, unknown>;
}

/** Where a value can go in a field's arguments: an argument itself or a field of an input argument. */
interface Place {
  arg: GraphQLArgument;
  inputField: string | null;
  slot: Slot;
}

function placesOf(args: readonly GraphQLArgument[]): Place[] {
  return args.flatMap((arg): Place[] => {
    const own = slotOf(arg.type);
    // Optional strings at the top are cursors and the like; texts go where a search needs one.
    if (own === 'id' || (own === 'text' && isNonNullType(arg.type)))
      return [{ arg, inputField: null, slot: own }];
    if (own) return [];
    const named = getNamedType(arg.type);
    if (!isInputObjectType(named)) return [];
    return Object.values(named.getFields()).flatMap((f) => {
      const slot = slotOf(f.type);
      return slot ? [{ arg, inputField: f.name, slot }] : [];
    });
  });
}

/**
 * The argument sets of one root field: required arguments filled (enums once per value), then
 * each place varied over the ids or texts in turn; required ids not varied take each of
 * `partnerIds` (paths between two records).
 */
function variationsOf(
  args: readonly GraphQLArgument[],
  values: { ids: string[]; partnerIds: string[]; texts: string[] },
): Variation[] {
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const requiredIds = required.filter((a) => slotOf(a.type) === 'id');
  const requiredEnums = required.filter((a) => isEnumType(getNamedType(a.type)));
  const base: Record<string, unknown> = {};
  for (const a of required) {
    if (slotOf(a.type) === null) base[a.name] = defaultFor(a.type);
  }
  const enumBases =
    requiredEnums.length === 0
      ? [base]
      : requiredEnums.flatMap((a) =>
          (getNamedType(a.type) as GraphQLEnumType).getValues().map((v) => ({ ...base, [a.name]: v.name })),
        );
  const out: Variation[] = [];
  const canRunWithoutValues = required.every((a) => slotOf(a.type) === null);
  if (canRunWithoutValues) enumBases.forEach((b, i) => out.push({ label: `defaults ${i}`, args: b }));
  for (const place of placesOf(args)) {
    const pool = place.slot === 'id' ? values.ids : values.texts;
    for (const b of enumBases) {
      for (const value of pool) {
        const args: Record<string, unknown> = { ...b };
        if (place.inputField === null) args[place.arg.name] = value;
        else {
          const existing = (args[place.arg.name] as Record<string, unknown> | undefined) ?? {};
          args[place.arg.name] = { ...existing, [place.inputField]: value };
        }
        const unfilled = requiredIds.filter((a) => args[a.name] === undefined);
        const textsUnfilled = required.filter((a) => slotOf(a.type) === 'text' && args[a.name] === undefined);
        if (textsUnfilled.length > 0) continue;
        if (unfilled.length === 0) out.push({ label: placeLabel(place), args });
        else
          for (const partner of values.partnerIds)
            out.push({
              label: placeLabel(place),
              args: { ...args, ...Object.fromEntries(unfilled.map((a) => [a.name, partner])) },
            });
      }
    }
  }
  return out;
}

function placeLabel(place: Place): string {
  return place.inputField ? `${place.arg.name}.${place.inputField}` : place.arg.name;
}

function valuesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(valuesIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(valuesIn);
  return [];
}

function selectingValues(args: Record<string, unknown>): string[] {
  return Object.entries(args).flatMap(([name, value]) => {
    if (name.startsWith('exclude')) return [];
    if (value && typeof value === 'object' && !Array.isArray(value))
      return selectingValues(value as Record<string, unknown>);
    return valuesIn(value);
  });
}

/** Aliased root fields per request: well under the service's alias limit (CLAIMGRAPH_MAX_ALIASES). */
const ALIASES_PER_OPERATION = 10;

/** Every operation for every root Query field, as described at the top of this file. */
export function generateOperations(
  schema: GraphQLSchema,
  values: { ids: string[]; partnerIds: string[]; texts: string[] },
  depth: number,
): GeneratedOperation[] {
  const query = schema.getQueryType()!;
  const operations: GeneratedOperation[] = [];
  for (const field of Object.values(query.getFields())) {
    const selection = selectAll(schema, getNamedType(field.type), depth);
    const byLabel = new Map<string, GeneratedField[]>();
    variationsOf(field.args, values).forEach((variation, i) => {
      const argText = Object.entries(variation.args)
        .map(([name, value]) => `${name}: ${literal(field.args.find((a) => a.name === name)!.type, value)}`)
        .join(', ');
      const alias = `q${i}`;
      const text = `${alias}: ${field.name}${argText ? `(${argText})` : ''} ${selection}`;
      const group = byLabel.get(variation.label) ?? [];
      group.push({ alias, field: field.name, selecting: selectingValues(variation.args), text });
      byLabel.set(variation.label, group);
    });
    for (const [label, fields] of byLabel) {
      for (let start = 0; start < fields.length; start += ALIASES_PER_OPERATION) {
        const chunk = fields.slice(start, start + ALIASES_PER_OPERATION);
        operations.push({
          label: `${field.name} (${label})`,
          query: `query Leak { ${chunk.map((f) => f.text).join('\n')} }`,
          fields: chunk,
        });
      }
    }
  }
  return operations;
}
