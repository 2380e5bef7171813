/** The environment, parsed once at start-up; a bad value stops the process with a clear message. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { NEO4J_SIZE_PATTERN, parseNeo4jSize } from './neo4j/memory-plan.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

/** A Neo4j memory size such as 512m or 2g, within bounds that Neo4j and the JVM accept. */
const neo4jSize = (what: string, min: string, max: string) =>
  z
    .string()
    .regex(NEO4J_SIZE_PATTERN, 'must be a size such as 512m or 2g (k, m or g)')
    // Checked only once the syntax is right: zod runs every check.
    .refine((v) => !NEO4J_SIZE_PATTERN.test(v) || withinSizes(v, min, max), {
      message: `${what} must be between ${min} and ${max}`,
    })
    .optional();

const withinSizes = (v: string, min: string, max: string) =>
  parseNeo4jSize(v) >= parseNeo4jSize(min) && parseNeo4jSize(v) <= parseNeo4jSize(max);

const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long a client may take to send a request's headers. */
  CLAIMGRAPH_HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(10_000),
  /** How long a client may pause while sending a request's body. */
  CLAIMGRAPH_HTTP_BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** How long a client may take to send a whole request, headers and body. */
  CLAIMGRAPH_HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  /** On SIGTERM or SIGINT, how long running requests may take to finish before they are cut. */
  CLAIMGRAPH_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** An existing Neo4j (bolt://, neo4j://, neo4j+s://...). Unset: a local server is started. */
  NEO4J_URI: optionalText,
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Where the local Neo4j runtime and its data folders live. */
  CLAIMGRAPH_NEO4J_HOME: z.string().default(path.join(PROJECT_ROOT, '.neo4j')),
  CLAIMGRAPH_NEO4J_VERSION: z
    .string()
    .regex(/^5\.26\.\d+$/, 'must be a 5.26.x version')
    .optional(),
  CLAIMGRAPH_NEO4J_BOLT_PORT: port.default(7697),
  /** Heap of the local Neo4j. Unset: a quarter of this machine's memory, within 512m-8g. */
  CLAIMGRAPH_NEO4J_HEAP: neo4jSize('the heap', '256m', '31g'),
  /** Page cache of the local Neo4j. Unset: a quarter of this machine's memory, within 256m-8g. */
  CLAIMGRAPH_NEO4J_PAGECACHE: neo4jSize('the page cache', '32m', '1024g'),
  /** The local Neo4j instance (its data folder): `npm start` and the CLIs share the one named here. */
  CLAIMGRAPH_NEO4J_INSTANCE: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must be a name of letters, digits, ".", "_" and "-"')
    .default('dev'),
  /** Restart attempts in a row when the local Neo4j dies (1 s back-off, doubling up to 30 s). */
  CLAIMGRAPH_NEO4J_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
  /** How long opening a connection to Neo4j may take before the database counts as unreachable. */
  CLAIMGRAPH_NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  /**
   * How long one transaction of a request may run before Neo4j stops it. Imports and start-up
   * work run without it (they may pass their own).
   */
  CLAIMGRAPH_TX_TIMEOUT_MS: z.coerce.number().int().min(1).max(3_600_000).default(15_000),
  /** Load data/ sample datasets when the database holds no claims yet. */
  CLAIMGRAPH_LOAD_SAMPLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Whether callers without credentials may read (as viewers). Off: every request needs a key or token. */
  CLAIMGRAPH_ANONYMOUS_READ: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Verify bearer JWTs with this JWKS endpoint of the single sign-on (https://.../jwks.json). */
  CLAIMGRAPH_JWT_JWKS_URL: optionalText.pipe(z.url({ message: 'must be a URL' }).optional()),
  /** Verify bearer JWTs (HS256) with this shared secret instead; at least 32 characters. */
  CLAIMGRAPH_JWT_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** The `iss` a JWT must carry (unset: any). */
  CLAIMGRAPH_JWT_ISSUER: optionalText,
  /** The `aud` a JWT must carry (unset: any). */
  CLAIMGRAPH_JWT_AUDIENCE: optionalText,
  /** The JWT claim holding the role (viewer, analyst, editor or admin; absent: viewer). */
  CLAIMGRAPH_JWT_ROLE_CLAIM: z.string().default('claimgraph_role'),
  /** The JWT claim that grants clearance for protected records when it is `true`. */
  CLAIMGRAPH_JWT_CLEARANCE_CLAIM: z.string().default('claimgraph_cleared'),
  /** Bearer token that lets editors use the mutations. Unset: mutations are refused. */
  CLAIMGRAPH_EDITOR_TOKEN: optionalText,
  /** Bearer token that lets a caller see protected sources and entities. */
  CLAIMGRAPH_CLEARANCE_TOKEN: optionalText,
  CLAIMGRAPH_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  /**
   * The most claims one trace field (an event's participants, an actor's events...) reads about a
   * record; a busier record is refused with a pointer to the paged lists, so memory per request
   * stays bounded.
   */
  CLAIMGRAPH_MAX_CLAIMS_PER_RECORD: z.coerce.number().int().min(100).default(10000),
  CLAIMGRAPH_MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  /** Most aliased fields in one operation (a root field repeated under aliases runs once per alias). */
  CLAIMGRAPH_MAX_ALIASES: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Highest cost of one operation, as graphql-armor counts it (objects, fields, nesting, `first`). */
  CLAIMGRAPH_MAX_QUERY_COST: z.coerce.number().int().min(100).max(10_000_000).default(20_000),
  /** Most directives (@include, @skip) in one operation. */
  CLAIMGRAPH_MAX_DIRECTIVES: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Most tokens (names, punctuation, values) in one GraphQL document. */
  CLAIMGRAPH_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5_000),
  /** Largest request body accepted, in bytes. */
  CLAIMGRAPH_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(100 * 1_048_576)
    .default(1_048_576),
  /** Requests one caller (an API key or token, else an IP address) may make per window; 0: no limit. */
  CLAIMGRAPH_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** The rate limit's window in milliseconds. */
  CLAIMGRAPH_RATE_WINDOW_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(60_000),
  /** Origins (comma-separated, such as https://app.example.org) whose pages may call the API; unset: none. */
  CLAIMGRAPH_CORS_ORIGINS: optionalText.pipe(
    z
      .string()
      .optional()
      .transform((v) =>
        v === undefined
          ? []
          : v
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean),
      )
      .pipe(z.array(z.url({ message: 'each origin must be a URL such as https://app.example.org' })))
      // Browsers send an origin without a path or trailing slash; the allow-list is compared as sent.
      .transform((origins) => origins.map((o) => new URL(o).origin)),
  ),
  /** Development: error answers keep their messages and stack traces. Never on a shared server. */
  CLAIMGRAPH_DEV: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = z.infer<typeof envSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
