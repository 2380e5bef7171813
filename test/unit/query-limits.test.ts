/** The limits on an operation's shape, as validation rules over a small schema. */
import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { hasMoreTokensThan, queryLimitRules } from '../../src/graphql/query-limits.js';

const schema = buildSchema(`
  type Q {
    a(first: Int): Q
    b: Q
    n: Int
  }
  schema {
    query: Q
  }
`);

const roomy: Partial<Config> = {
  CLAIMGRAPH_MAX_QUERY_DEPTH: 3,
  CLAIMGRAPH_MAX_ALIASES: 1000,
  CLAIMGRAPH_MAX_QUERY_COST: 10_000_000,
  CLAIMGRAPH_MAX_DIRECTIVES: 1000,
};
const check = (query: string, limits: Partial<Config> = {}): readonly GraphQLError[] =>
  validate(schema, parse(query), queryLimitRules({ ...loadConfig({}), ...roomy, ...limits }));
/** The codes the client will see (carried by the AppError each error wraps). */
const codes = (errors: readonly GraphQLError[]) =>
  errors.map((e) => (e.originalError as { code?: string } | undefined)?.code ?? e.message);

describe('depth', () => {
  it('lets an operation at the limit through and refuses one a level deeper', () => {
    expect(check('{ a { a { n } } }')).toEqual([]);
    const errors = check('{ a { a { a { n } } } }');
    expect(codes(errors)).toEqual(['QUERY_TOO_DEEP']);
    expect(errors[0]!.message).toBe(
      'The operation has 4 levels of nesting; the limit is 3 (setting CLAIMGRAPH_MAX_QUERY_DEPTH). Split it into smaller queries.',
    );
  });

  it('measures the deepest branch, inside named and inline fragments', () => {
    expect(codes(check('{ n b { n } a { b { a { n } } } }'))).toEqual(['QUERY_TOO_DEEP']);
    expect(check('query { a { ...Two } } fragment Two on Q { a { n } }')).toEqual([]);
    expect(codes(check('{ a { ... on Q { a { a { n } } } } }'))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('measures fragments spread many times without re-walking them (no exponential blow-up)', () => {
    let document = 'query { ...F0 }\n';
    for (let i = 0; i < 40; i += 1) {
      document += `fragment F${i} on Q { ... on Q { ...F${i + 1} } ... on Q { ...F${i + 1} } }\n`;
    }
    document += 'fragment F40 on Q { a { n } }\n';
    expect(codes(check(document, { CLAIMGRAPH_MAX_QUERY_DEPTH: 1 }))).toContain('QUERY_TOO_DEEP');
  });
});

describe('aliases, cost and directives', () => {
  it('counts aliases across the operation', () => {
    expect(check('{ x: n y: n }', { CLAIMGRAPH_MAX_ALIASES: 2 })).toEqual([]);
    expect(codes(check('{ x: n y: n a { z: n } }', { CLAIMGRAPH_MAX_ALIASES: 2 }))).toEqual([
      'TOO_MANY_ALIASES',
    ]);
  });

  it('weighs a list by its `first`', () => {
    expect(check('{ a(first: 1) { n } }', { CLAIMGRAPH_MAX_QUERY_COST: 100 })).toEqual([]);
    expect(codes(check('{ a(first: 100) { n } }', { CLAIMGRAPH_MAX_QUERY_COST: 100 }))).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
  });

  it('counts directives', () => {
    const two = '{ n @include(if: true) b @skip(if: false) { n } }';
    expect(check(two, { CLAIMGRAPH_MAX_DIRECTIVES: 2 })).toEqual([]);
    expect(codes(check(two, { CLAIMGRAPH_MAX_DIRECTIVES: 1 }))).toEqual(['TOO_MANY_DIRECTIVES']);
  });
});

describe('tokens', () => {
  it('counts tokens up to one past the limit, and leaves unreadable documents to the parser', () => {
    expect(hasMoreTokensThan('{ a { n } }', 6)).toBe(false);
    expect(hasMoreTokensThan('{ a { n } }', 5)).toBe(true);
    expect(hasMoreTokensThan(`{ ${'n '.repeat(1_000_000)}}`, 100)).toBe(true);
    expect(hasMoreTokensThan('{ a { n } } \u0000', 1000)).toBe(false);
  });
});
