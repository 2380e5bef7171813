/** The validation rule that refuses operations nested deeper than a limit. */
import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from '../../src/graphql/depth-limit.js';

const schema = buildSchema(`
  type Q {
    a: Q
    b: Q
    n: Int
  }
  schema {
    query: Q
  }
`);

const check = (query: string, max = 3): readonly GraphQLError[] =>
  validate(schema, parse(query), [depthLimit(max)]);
const tooDeep = (errors: readonly GraphQLError[]) =>
  errors.filter((e) => e.extensions.code === 'QUERY_TOO_DEEP');

describe('depthLimit', () => {
  it('lets an operation at the limit through', () => {
    expect(check('{ a { a { n } } }')).toEqual([]);
    expect(check('{ n a { n b { n } } }')).toEqual([]);
  });

  it('refuses an operation one level deeper than the limit, with code QUERY_TOO_DEEP', () => {
    const errors = check('{ a { a { a { n } } } }');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(errors[0]!.message).toMatch(/4/);
    expect(errors[0]!.message).toMatch(/3/);
  });

  it('measures the deepest branch, not the first', () => {
    expect(tooDeep(check('{ n b { n } a { b { a { n } } } }'))).toHaveLength(1);
  });

  it('counts the fields inside named fragments', () => {
    const atLimit = `
      query { a { ...Two } }
      fragment Two on Q { a { n } }
    `;
    expect(check(atLimit)).toEqual([]);
    const over = `
      query { a { ...Three } }
      fragment Three on Q { a { ...One } }
      fragment One on Q { a { n } }
    `;
    expect(tooDeep(check(over))).toHaveLength(1);
  });

  it('counts the fields inside inline fragments', () => {
    expect(check('{ a { ... on Q { a { n } } } }')).toEqual([]);
    expect(tooDeep(check('{ a { ... on Q { a { a { n } } } } }'))).toHaveLength(1);
  });

  it('checks each operation of a document on its own', () => {
    const errors = check(`
      query Shallow { a { n } }
      query Deep { a { a { a { a { n } } } } }
    `);
    expect(tooDeep(errors)).toHaveLength(1);
    expect(errors[0]!.nodes?.[0]).toMatchObject({ name: { value: 'Deep' } });
  });

  it('applies the limit it is given', () => {
    const query = '{ a { a { a { a { n } } } } }';
    expect(check(query, 5)).toEqual([]);
    expect(tooDeep(check(query, 4))).toHaveLength(1);
    expect(tooDeep(check(query, 2))).toHaveLength(1);
  });

  it('does not hang on a fragment that spreads itself, directly or through another', () => {
    const direct = `
      query { ...Loop }
      fragment Loop on Q { a { ...Loop } }
    `;
    expect(check(direct)).toEqual([]);
    const indirect = `
      query { ...Ping }
      fragment Ping on Q { a { ...Pong } }
      fragment Pong on Q { b { ...Ping } }
    `;
    expect(check(indirect)).toEqual([]);
  });

  it('still counts the depth a self-recursive fragment reaches before it repeats', () => {
    const query = `
      query { a { a { ...Loop } } }
      fragment Loop on Q { n a { a { ...Loop } } }
    `;
    expect(tooDeep(check(query))).toHaveLength(1);
  });

  it('measures fragments spread many times without re-walking them (no exponential blow-up)', () => {
    // Each fragment spreads the next one twice: re-walking would visit 2^40 selections.
    let document = 'query { ...F0 }\n';
    for (let i = 0; i < 40; i += 1) {
      document += `fragment F${i} on Q { ... on Q { ...F${i + 1} } ... on Q { ...F${i + 1} } }\n`;
    }
    document += 'fragment F40 on Q { a { n } }\n';
    const errors = validate(schema, parse(document), [depthLimit(3)]);
    expect(errors).toEqual([]);
    const tooDeep = validate(schema, parse(document), [depthLimit(1)]);
    expect(tooDeep.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
  });
});
