/**
 * A hostile-input corpus generated from the running schema: for every root field and every
 * argument, wrong types, huge strings, control characters, injection strings, impossible dates,
 * out-of-range numbers and deep nesting; and for the HTTP routes, malformed bodies, wrong
 * methods and content types. Whatever comes in, the graph is unchanged, no answer shows the
 * service's internals, and every answer is a result or a JSON error with a code. A field added
 * to the schema is covered without editing this file.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts } from '../helpers/graph.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';
import { EDITOR_TOKEN, loadFixtures, resetGraph, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await resetGraph(s.db);
  await loadFixtures(s.db, 'velmora');
});

/** Values no argument should accept, or should accept only as plain text. */
const HOSTILE_VALUES: unknown[] = [
  "' OR 1=1 //",
  '}) MATCH (n) DETACH DELETE n //',
  '"}) WITH 1 AS x CALL db.clearQueryCaches() //',
  'place:velmora\u0000\u0007\u001b[31m',
  '${jndi:ldap://x}<script>alert(1)</script>',
  'x'.repeat(100_000),
  'ﷺ'.repeat(200),
  '2025-02-30',
  '-1',
  -1,
  2 ** 31,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  [],
  { $gt: '' },
  null,
];

/** Stack frames, file paths and database internals that must never reach a client. */
const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d|Neo4j|Cypher|neo4j|Neo\.\w+Error|stacktrace|SyntaxError: Unexpected|Invalid input '/;

interface Case {
  name: string;
  request: () => Promise<Response>;
  /** For operators' probes, which name the database by design (/metrics). */
  operators?: boolean;
}

let http: RunningApp;
const cases: Case[] = [];

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${http.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_TOKEN}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The smallest selection that makes a field's query valid: `__typename` under any object. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  return isScalarType(type) || isEnumType(type) ? '' : ' { __typename }';
}

/** A valid value of an input type, so that only the argument under test is hostile. */
function validValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, depth);
  if (isListType(type)) return [validValue(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && depth < 4) value[field.name] = validValue(field.type, depth + 1);
    }
    return value;
  }
  switch (type.name) {
    case 'Int':
    case 'SafeInt':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2031-05-02';
    default:
      return 'place:velmora';
  }
}

/** Hostile values per argument: a different few for each, so that every value meets many arguments. */
const VALUES_PER_ARGUMENT = 3;
const LITERALS = ['"2025-02-30"', '-99999999999', '"\\u0000"', '{ a: 1 }', '[[[[[]]]]]'];
let argumentsSeen = 0;

/** Cases for each argument of one root field: hostile values as variables, and as literals. */
function argumentCases(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Case[] {
  const list: Case[] = [];
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const document = `${operation} Hostile${variables ? `(${variables})` : ''} { ${field.name}${
    args ? `(${args})` : ''
  }${selectionOf(field)} }`;
  const valid = (arg: GraphQLArgument) => validValue(arg.type);
  for (const target of field.args) {
    argumentsSeen += 1;
    for (let j = 0; j < VALUES_PER_ARGUMENT; j += 1) {
      const i = (argumentsSeen * VALUES_PER_ARGUMENT + j) % HOSTILE_VALUES.length;
      const hostile = HOSTILE_VALUES[i];
      const values = Object.fromEntries(
        field.args.map((arg) => [arg.name, arg === target ? hostile : valid(arg)]),
      );
      list.push({
        name: `${operation} ${field.name}(${target.name}) #${i}`,
        request: () => post({ query: document, variables: values }),
      });
    }
    // The same hostile text inside every text field of an input object.
    const named = getNamedType(target.type);
    if (isInputObjectType(named)) {
      for (const inner of Object.values(named.getFields())) {
        const innerType = getNamedType(inner.type);
        if (!isScalarType(innerType)) continue;
        const value = { ...(valid(target) as object), [inner.name]: '}) MATCH (n) DETACH DELETE n //' };
        const values = Object.fromEntries(
          field.args.map((arg) => [arg.name, arg === target ? value : valid(arg)]),
        );
        list.push({
          name: `${operation} ${field.name}(${target.name}.${inner.name})`,
          request: () => post({ query: document, variables: values }),
        });
      }
    }
  }
  // A literal value in the document itself.
  for (const [k, target] of field.args.entries()) {
    const literal = LITERALS[(argumentsSeen + k) % LITERALS.length]!;
    list.push({
      name: `${operation} ${field.name}(${target.name}: ${literal})`,
      request: () =>
        post({ query: `${operation} { ${field.name}(${target.name}: ${literal})${selectionOf(field)} }` }),
    });
  }
  return list;
}

function httpCases(): Case[] {
  const at =
    (path: string, init: RequestInit = {}) =>
    () =>
      fetch(`${http.base}${path}`, init);
  const deep = `{ place(id: "place:velmora") { ${'partOf { '.repeat(60)}id${' }'.repeat(60)} } }`;
  const list: [string, () => Promise<Response>][] = [
    ['GET /graphql with a query', at(`/graphql?query=${encodeURIComponent('{ __typename }')}`)],
    ['GET /graphql with a mutation', at(`/graphql?query=${encodeURIComponent('mutation { __typename }')}`)],
    ['GET /graphql with nothing', at('/graphql')],
    ['GET /graphql as a browser', at('/graphql', { headers: { accept: 'text/html' } })],
    ['POST /graphql malformed JSON', () => post('{"query": "{ __typename }"')],
    ['POST /graphql JSON array (batch)', () => post([{ query: '{ __typename }' }])],
    ['POST /graphql JSON string', () => post('"{ __typename }"')],
    ['POST /graphql query not a string', () => post({ query: 42 })],
    ['POST /graphql variables not an object', () => post({ query: '{ __typename }', variables: 'x' })],
    ['POST /graphql no query', () => post({})],
    ['POST /graphql syntax error', () => post({ query: '{ place(id: ) }' })],
    ['POST /graphql unknown field', () => post({ query: '{ dropDatabase }' })],
    ['POST /graphql deep nesting', () => post({ query: deep })],
    ['POST /graphql 1,000 aliases', () => post({ query: `{ ${'s: __typename '.repeat(1000)}}` })],
    ['POST /graphql huge body', () => post({ query: `{ __typename } #${'x'.repeat(2_000_000)}` })],
    ['POST /graphql text/plain', () => post('{ __typename }', { 'content-type': 'text/plain' })],
    ['POST /graphql XML', () => post('<query/>', { 'content-type': 'application/xml' })],
    ['POST /graphql form', () => post('query=x', { 'content-type': 'application/x-www-form-urlencoded' })],
    [
      'POST /graphql wrong charset',
      () => post('{}', { 'content-type': 'application/json; charset=latin-9' }),
    ],
    ['POST /graphql gzip claimed', () => post('{}', { 'content-encoding': 'gzip' })],
    [
      'POST /graphql bad bearer',
      () => post({ query: '{ __typename }' }, { authorization: "Bearer ' OR 1=1 //" }),
    ],
    [
      'POST /graphql bad bookmark',
      () => post({ query: '{ __typename }' }, { 'x-claimgraph-bookmark': '}) //' }),
    ],
    [
      'PUT /graphql',
      at('/graphql', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }),
    ],
    ['DELETE /graphql', at('/graphql', { method: 'DELETE' })],
    ['GET /export/gexf', at('/export/gexf?ids=place:velmora')],
    ['GET /export/<unknown>', at('/export/exe?ids=place:velmora')],
    ['GET /export no ids', at('/export/gexf')],
    [
      'GET /export injection id',
      at(`/export/gexf?ids=${encodeURIComponent('}) MATCH (n) DETACH DELETE n //')}`),
    ],
    ['GET /export huge depth', at('/export/gexf?ids=place:velmora&depth=99999999999')],
    ['GET /export repeated params', at('/export/gexf?ids=a&ids=b&depth=1&depth=2')],
    ['GET /export nested params', at('/export/gexf?ids[a][b]=c')],
    ['POST /export', at('/export/gexf', { method: 'POST', body: '{}' })],
    ['GET /explore', at('/explore')],
    ['GET /explore traversal', at('/explore/..%2f..%2fpackage.json')],
    ['GET /explore/vendor unknown', at('/explore/vendor/nope.js')],
    ['GET /graphiql unknown asset', at('/graphiql/../../etc/passwd')],
    ['GET /healthz', at('/healthz')],
    ['POST /healthz', at('/healthz', { method: 'POST' })],
    ['GET /readyz', at('/readyz')],
    ['GET /metrics', at('/metrics')],
    ['GET unknown route', at('/wp-admin/setup.php')],
    ['GET encoded nul', at('/%00')],
    ['GET bad percent-encoding', at('/%E0%A4%A')],
  ];
  return list.map(([name, request]) => ({ name, request, operators: name === 'GET /metrics' }));
}

beforeAll(async () => {
  http = await listenHttp(service.db, { ...service.config, CLAIMGRAPH_RATE_LIMIT: 0 });
  const response = await fetch(`${http.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const schema = buildClientSchema(((await response.json()) as { data: IntrospectionQuery }).data);
  const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  for (const [operation, type] of roots) {
    for (const field of Object.values(type?.getFields() ?? {}))
      cases.push(...argumentCases(operation, field));
  }
  cases.push(...httpCases());
});

afterAll(async () => {
  await http?.close();
});

describe('hostile input', () => {
  it(
    'leaves the graph unchanged, shows no internals, and answers each case with a result or a coded JSON error',
    {
      timeout: 600_000,
    },
    async () => {
      expect(cases.length).toBeGreaterThanOrEqual(200);
      const before = await graphCounts(service.db);
      const failures: string[] = [];
      for (const c of cases) {
        const response = await c.request();
        const text = await response.text();
        const problem = judge(response, text, c.operators ?? false);
        if (problem) failures.push(`${c.name}: ${problem}`);
      }
      expect(failures).toEqual([]);
      console.log(`${cases.length} hostile cases answered`);
      expect(await graphCounts(service.db)).toEqual(before);
    },
  );
});

/** What is wrong with an answer, or null when it is acceptable. */
function judge(response: Response, text: string, operators: boolean): string | null {
  const leak = operators ? null : INTERNALS.exec(text);
  if (leak) return `shows internals (${leak[0]}): ${text.slice(0, 200)}`;
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) {
    // Pages, assets, exports and metrics are results when they succeed.
    return response.status < 400 ? null : `a ${response.status} that is not JSON: ${text.slice(0, 120)}`;
  }
  let body: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return 'JSON content type but not JSON';
  }
  if (body.errors?.length) {
    const uncoded = body.errors.find((e) => typeof e.extensions?.code !== 'string');
    if (uncoded) return `an error without a code: ${text.slice(0, 200)}`;
    if (body.errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
      return `answered as a server fault: ${text.slice(0, 200)}`;
    }
    return null;
  }
  return response.status < 400 ? null : `a ${response.status} without errors`;
}
