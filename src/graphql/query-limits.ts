/**
 * Limits on the shape of an operation, checked before anything runs (graphql-armor): depth,
 * aliases, cost, directives, and tokens. The trace is a graph, and one request that nests deep,
 * repeats a root field under a thousand aliases or asks for thousands of objects would hold the
 * database for everyone; each breach answers with its own code, the limit and the setting.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import { AppError, type ErrorCode } from '../errors.js';

export type QueryLimitSetting =
  | 'CLAIMGRAPH_MAX_QUERY_DEPTH'
  | 'CLAIMGRAPH_MAX_ALIASES'
  | 'CLAIMGRAPH_MAX_QUERY_COST'
  | 'CLAIMGRAPH_MAX_DIRECTIVES'
  | 'CLAIMGRAPH_MAX_TOKENS';

interface LimitKind {
  code: ErrorCode;
  setting: QueryLimitSetting;
  /** What is counted, for the message: "levels of nesting", "aliases"... */
  counted: string;
  advice: string;
}

const LIMITS = {
  depth: {
    code: 'QUERY_TOO_DEEP',
    setting: 'CLAIMGRAPH_MAX_QUERY_DEPTH',
    counted: 'levels of nesting',
    advice: 'Split it into smaller queries.',
  },
  aliases: {
    code: 'TOO_MANY_ALIASES',
    setting: 'CLAIMGRAPH_MAX_ALIASES',
    counted: 'aliases',
    advice: 'Send fewer aliased fields per request (several requests, or a list field).',
  },
  cost: {
    code: 'QUERY_TOO_COSTLY',
    setting: 'CLAIMGRAPH_MAX_QUERY_COST',
    counted: 'cost points (objects and fields, weighted by nesting and by `first`)',
    advice: 'Ask for fewer fields, a smaller `first`, or less nesting.',
  },
  directives: {
    code: 'TOO_MANY_DIRECTIVES',
    setting: 'CLAIMGRAPH_MAX_DIRECTIVES',
    counted: 'directives',
    advice: 'Use fewer @include/@skip directives.',
  },
  tokens: {
    code: 'TOO_MANY_TOKENS',
    setting: 'CLAIMGRAPH_MAX_TOKENS',
    counted: 'tokens',
    advice: 'Send a shorter document.',
  },
} satisfies Record<string, LimitKind>;

type LimitName = keyof typeof LIMITS;

/** A breach of one limit: its code, the limit, the setting that sets it, and what was found. */
export function limitError(name: LimitName, limit: number, found: number | null): AppError {
  const kind: LimitKind = LIMITS[name];
  const foundText = found === null ? `more than ${limit}` : String(found);
  return new AppError(
    kind.code,
    `The operation has ${foundText} ${kind.counted}; the limit is ${limit} (setting ${kind.setting}). ${kind.advice}`,
    [],
    { limit, setting: kind.setting, ...(found === null ? {} : { found }) },
  );
}

/** The validation rules for depth, aliases, cost and directives, as the configuration sets them. */
export function queryLimitRules(config: Config): ValidationRule[] {
  // Armor reports "... limit of N exceeded, found M."; the count is taken from there.
  const report =
    (name: LimitName, limit: number) => (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+(?:\.\d+)?)/.exec(error.message);
      const appError = limitError(name, limit, found ? Math.ceil(Number(found[1])) : null);
      // Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED; the AppError it
      // carries gives the answer its own code (server.ts).
      context?.reportError(new GraphQLError(appError.message, { originalError: appError }));
    };
  // propagateOnRejection off: armor would report its own error (code BAD_USER_INPUT) instead.
  const quiet = (name: LimitName, limit: number) => ({
    propagateOnRejection: false,
    onReject: [report(name, limit)],
  });
  const armor = new ApolloArmor({
    maxDepth: {
      n: config.CLAIMGRAPH_MAX_QUERY_DEPTH,
      // Fragments are a way of writing a selection, not a level of it.
      flattenFragments: true,
      ...quiet('depth', config.CLAIMGRAPH_MAX_QUERY_DEPTH),
    },
    maxAliases: { n: config.CLAIMGRAPH_MAX_ALIASES, ...quiet('aliases', config.CLAIMGRAPH_MAX_ALIASES) },
    costLimit: {
      maxCost: config.CLAIMGRAPH_MAX_QUERY_COST,
      flattenFragments: true,
      ...quiet('cost', config.CLAIMGRAPH_MAX_QUERY_COST),
    },
    maxDirectives: {
      n: config.CLAIMGRAPH_MAX_DIRECTIVES,
      ...quiet('directives', config.CLAIMGRAPH_MAX_DIRECTIVES),
    },
    // Armor's Apollo token check throws while Apollo parses, which Apollo answers as a 500;
    // tokens are counted before the request reaches Apollo instead (hasMoreTokensThan).
    maxTokens: { enabled: false },
    // Introspection is open, so hiding "Did you mean ...?" would hide nothing.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/**
 * Whether a GraphQL document has more than `max` tokens. Counting stops one past the limit, so a
 * huge document costs no more than a small one. A document the lexer cannot read is left to the
 * parser, which says where it is wrong.
 */
export function hasMoreTokensThan(document: string, max: number): boolean {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > max) return true;
    }
  } catch {
    return false;
  }
  return false;
}
