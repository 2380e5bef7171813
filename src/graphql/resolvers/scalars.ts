/** Date, DateTime and SafeInt: checked on the way in, passed through as strings/numbers out. */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function stringScalar(name: string, description: string, pattern: RegExp, example: string) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !pattern.test(value) || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError(`${name} must look like ${example}; got ${JSON.stringify(value)}`);
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: check,
    parseLiteral: (ast: ValueNode) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const DateScalar = stringScalar(
  'Date',
  'A calendar date, YYYY-MM-DD.',
  /^\d{4}-\d{2}-\d{2}$/,
  '2025-03-09',
);

export const DateTimeScalar = stringScalar(
  'DateTime',
  'A point in time, ISO 8601 with a zone.',
  /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})(\[.*\])?$/,
  '2025-03-09T12:00:00Z',
);

const checkSafeInt = (value: unknown): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError(`SafeInt must be a whole number below 2^53; got ${JSON.stringify(value)}`);
  }
  return value;
};

export const SafeIntScalar = new GraphQLScalarType({
  name: 'SafeInt',
  description: 'A whole number up to 2^53 - 1.',
  serialize: checkSafeInt,
  parseValue: checkSafeInt,
  parseLiteral: (ast) => checkSafeInt(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});
