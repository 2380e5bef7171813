/** Date, DateTime and SafeInt: checked on the way in, passed through as strings/numbers out. */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { calendarDayProblem } from '../../domain/calendar-day.js';
import { AppError } from '../../errors.js';

/**
 * A value a scalar refuses: a client mistake (BAD_USER_INPUT). Thrown as a plain error, not a
 * GraphQLError, so GraphQL adds where it is in the document; input-errors.ts names the argument.
 */
export class InvalidScalarValue extends AppError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
    this.name = 'InvalidScalarValue';
  }

  /** Names the field and argument (`filter.from`) the value was given for, once the request shows it. */
  locate(field: string, argument: string): void {
    if (this.issues.length > 0) return;
    this.issues.push({ path: argument, message: this.message });
    this.message = `Invalid value for argument ${argument} of ${field}: ${this.message}`;
  }
}

function stringScalar(name: string, description: string, pattern: RegExp, example: string) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !pattern.test(value)) {
      const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
      throw new InvalidScalarValue(`${name} must look like ${example}; got ${shown}`);
    }
    const problem = calendarDayProblem(value.slice(0, 10));
    if (problem) throw new InvalidScalarValue(problem);
    if (Number.isNaN(Date.parse(value))) throw new InvalidScalarValue(`${name} must look like ${example}`);
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
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})(\[[A-Za-z0-9_/+-]{1,64}\])?$/,
  '2025-03-09T12:00:00Z',
);

const isSafeInt = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);

const checkSafeInt = (value: unknown): number => {
  if (!isSafeInt(value)) {
    throw new InvalidScalarValue(`SafeInt must be a whole number below 2^53; got ${JSON.stringify(value)}`);
  }
  return value;
};

export const SafeIntScalar = new GraphQLScalarType({
  name: 'SafeInt',
  description: 'A whole number up to 2^53 - 1.',
  // A count the service itself got wrong is its fault, not the client's: masked.
  serialize: (value) => {
    if (!isSafeInt(value)) throw new Error(`SafeInt out of range: ${String(value)}`);
    return value;
  },
  parseValue: checkSafeInt,
  parseLiteral: (ast) => checkSafeInt(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});
