/**
 * Nothing that identifies a protected person reaches a caller without clearance, whatever they
 * ask: questions are generated from the running schema (test/helpers/leak-queries.ts), so a new
 * root field or argument is asked about without editing this file, and every export format is
 * fetched. Each answer is checked for the protected records' true names and details, the words of
 * identifying claims, and links that only identifying claims make (test/helpers/leak-check.ts).
 * The same questions asked with clearance do reach all of it: the check can fail.
 */
import { readFileSync } from 'node:fs';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/export/formats.js';
import { datasetSchema, type DatasetInput } from '../../src/import/dataset-schema.js';
import { sampleFiles } from '../../src/import/sample-data.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';
import { forbiddenLinks, forbiddenTexts, type ForbiddenPair, type Json } from '../helpers/leak-check.js';
import { fetchSchema, generateOperations, type GeneratedOperation } from '../helpers/leak-queries.js';
import type { Role } from '../../src/auth/principal.js';
import { createTestKey } from '../helpers/keys.js';
import { CLEARANCE_TOKEN, loadFixtures, loadSample, resetGraph, useTestService } from '../helpers/service.js';

/**
 * Who asks. Every caller here lacks clearance; add a row for each new kind of credential. A row
 * with `keyRole` asks with an API key of that role, made when the service starts. The admin
 * reaches every field (the audit trail, likely duplicates) that lesser roles are refused.
 */
const UNCLEARED_CALLERS: { name: string; headers: Record<string, string>; keyRole?: Role }[] = [
  { name: 'an anonymous caller', headers: {} },
  { name: 'a caller with a wrong bearer token', headers: { authorization: 'Bearer not-a-real-token' } },
  { name: 'an admin API key without clearance', headers: {}, keyRole: 'admin' },
];

/**
 * Error codes that are answers (who asks, or what was asked for); anything else (a refused
 * document, an internal error) means the generated question checked nothing.
 */
const ANSWERS = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'SCOPE_TOO_LARGE'];

/** Every generated question, for a caller, over one dataset (hundreds of requests). */
const SWEEP_TIMEOUT_MS = 900_000;

const CLEARED = { authorization: `Bearer ${CLEARANCE_TOKEN}` };

/** How deep the generated questions select: a root field, the records it holds, and theirs. */
const DEPTH = 3;

interface LeakCase {
  name: string;
  dataset: DatasetInput;
  load: () => Promise<void>;
  /** Links only identifying claims make (read from the dataset; see each case). */
  pairs: ForbiddenPair[];
  /** Texts beyond those read from the dataset, such as the dates only identifying claims give. */
  extraTexts: string[];
}

function readDataset(url: URL | string): DatasetInput {
  return datasetSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/** Claims an uncleared caller must not see at all: identifying, and the fact not published. */
function hiddenClaims(dataset: DatasetInput) {
  return dataset.claims.filter((c) => c.identifying && !c.factPublished);
}

/**
 * The texts no uncleared answer may contain: the protected records' true names, aliases and
 * details (but not what their sources published, nor their public labels), and the ids, quotes,
 * statements and notes of hidden claims, unless a public record says the same words. Withheld
 * quotes and notes of claims whose fact was published are forbidden too.
 */
function forbiddenTextsOf(dataset: DatasetInput, extra: string[]): string[] {
  const protectedRecords = [...dataset.sources, ...dataset.entities].filter((r) => r.protected);
  const shown = protectedRecords.flatMap((r) => [
    r.publicLabel ?? '',
    ...r.publishedDetails.map((d) => d.value),
  ]);
  const publicText = JSON.stringify([
    ...dataset.claims.filter((c) => !c.identifying),
    ...[...dataset.sources, ...dataset.entities].filter((r) => !r.protected),
  ]);
  const fromRecords = protectedRecords.flatMap((r) => [
    r.name,
    r.description ?? '',
    ...('aliases' in r ? r.aliases.map((a) => a.name) : []),
    ...('author' in r ? [r.author ?? '', r.url ?? ''] : []),
  ]);
  const fromClaims = hiddenClaims(dataset).flatMap((c) => [c.id, c.quote, c.statement ?? '', c.note ?? '']);
  const withheld = dataset.claims.filter((c) => c.factPublished).flatMap((c) => [c.quote, c.note ?? '']);
  return [...new Set([...fromRecords, ...fromClaims, ...withheld, ...extra])].filter(
    (t) => t !== '' && !shown.includes(t) && !publicText.includes(t),
  );
}

/** The ids the questions are filled with: the protected records and every record a claim ties to them. */
function idsOf(dataset: DatasetInput, pairs: ForbiddenPair[]) {
  const protectedIds = [...dataset.sources, ...dataset.entities].filter((r) => r.protected).map((r) => r.id);
  const linked = dataset.claims
    .filter((c) => [c.subject, c.object, ...c.chain].some((id) => id && protectedIds.includes(id)))
    .flatMap((c) => [c.subject, c.object, ...c.places, ...c.chain])
    .filter((id): id is string => id !== undefined);
  const partners = pairs.flatMap((p) => [p.a, p.b]);
  return {
    ids: [...new Set([...protectedIds, ...partners, ...linked])].sort(),
    partnerIds: [...new Set([...protectedIds, ...partners])].sort(),
  };
}

const SAMPLE: LeakCase = {
  name: 'the sample',
  dataset: readDataset(sampleFiles()[0]!),
  load: async () => loadSample(service.db),
  // Only identifying claims say that the witness lives in al-Qusour and was in its raids and
  // lootings (his public account puts him in Banias); his testimony speaks of the raids and
  // lootings only in identifying claims too (his confirmation of Fares's account is about
  // Fares's claims).
  pairs: [
    ...['place:al-qusour', 'event:qusour-raids', 'event:qusour-looting'].map((b) => ({
      a: 'actor:protected-witness-1',
      b,
    })),
    ...['event:qusour-raids', 'event:qusour-looting'].map((b) => ({ a: 'source:protected-witness-1', b })),
  ],
  extraTexts: [],
};

const BRAMWICK: LeakCase = {
  name: 'the fictional Bramwick fixture',
  dataset: readDataset(new URL('../fixtures/bramwick-witness.json', import.meta.url)),
  load: async () => {
    await resetGraph(service.db);
    await loadFixtures(service.db, 'bramwick-witness');
  },
  // Only identifying claims tie Tomas (and his testimony) to Gullet Lane and its arrests, and
  // the arrests to the lane; only one dates the arrests (Tuesday 3 June 2031).
  pairs: [
    ...['actor:bramwick-witness', 'source:bramwick-witness'].flatMap((a) =>
      ['place:gullet-lane', 'event:gullet-lane-arrests'].map((b) => ({ a, b })),
    ),
    { a: 'event:gullet-lane-arrests', b: 'place:gullet-lane' },
  ],
  extraTexts: ['2031-06-03'],
};

// The generated questions are long, wide and many; the request limits and the rate limit are
// tested elsewhere.
const service = useTestService(async () => {}, {
  CLAIMGRAPH_RATE_LIMIT: '0',
  CLAIMGRAPH_MAX_TOKENS: '1000000',
  CLAIMGRAPH_MAX_ALIASES: '1000',
  CLAIMGRAPH_MAX_QUERY_COST: '10000000',
});
let app: RunningApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await listenHttp(service.db, service.config);
  schema = await fetchSchema((query) => post(query, {}));
  for (const caller of UNCLEARED_CALLERS.filter((c) => c.keyRole)) {
    caller.headers.authorization = `Bearer ${await createTestKey(service.db, caller.keyRole!)}`;
  }
});

afterAll(async () => {
  await app?.close();
});

async function post(query: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(`${app.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

interface Finding {
  where: string;
  leaks: string[];
}

/** Asks every generated question and every export as `headers`, and lists what each answer shows. */
async function findings(
  operations: GeneratedOperation[],
  exportIds: string[],
  texts: string[],
  pairs: ForbiddenPair[],
  headers: Record<string, string>,
): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const operation of operations) {
    const answer = (await post(operation.query, headers)) as {
      data?: Record<string, Json> | null;
      errors?: { extensions?: { code?: string } }[];
    };
    // A question refused for a reason other than who asks, or failing unexpectedly, checks
    // nothing: the test must be told, not pass.
    const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? '');
    const broken = codes.some((c) => !ANSWERS.includes(c));
    if (broken || (!answer.data && codes.length === 0)) {
      throw new Error(`generated ${operation.label} failed: ${JSON.stringify(answer.errors)}`);
    }
    out.push({ where: operation.label, leaks: forbiddenTexts(JSON.stringify(answer), texts) });
    for (const field of operation.fields) {
      const value = answer.data?.[field.alias] ?? null;
      out.push({
        where: `${operation.label}: ${field.text}`,
        leaks: forbiddenLinks(value, field.selecting, pairs),
      });
    }
  }
  for (const format of Object.keys(EXPORT_FORMATS)) {
    for (const id of exportIds) {
      const response = await fetch(`${app.base}/export/${format}?ids=${encodeURIComponent(id)}`, { headers });
      const body = await response.text();
      const partners = pairs.flatMap((p) => (p.a === id ? [p.b] : p.b === id ? [p.a] : []));
      out.push({
        where: `/export/${format}?ids=${id}`,
        leaks: [...forbiddenTexts(body, texts), ...partners.filter((p) => body.includes(`"${p}"`))],
      });
    }
  }
  return out;
}

describe.each([SAMPLE, BRAMWICK])('over $name', (leakCase) => {
  const texts = forbiddenTextsOf(leakCase.dataset, leakCase.extraTexts);
  const { ids, partnerIds } = idsOf(leakCase.dataset, leakCase.pairs);
  // Searches for the names and words that must not be found, and for the public labels.
  const searchTexts = [...texts.filter((t) => t.length < 60), 'Protected witness'];
  let operations: GeneratedOperation[];

  beforeAll(async () => {
    await leakCase.load();
    operations = generateOperations(schema, { ids, partnerIds, texts: searchTexts }, DEPTH);
  });

  it('asks every root field of the schema', () => {
    const asked = new Set(operations.flatMap((o) => o.fields.map((f) => f.field)));
    expect([...asked].sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
  });

  it.each(UNCLEARED_CALLERS)(
    'tells $name nothing identifying',
    async ({ headers }) => {
      const leaks = (await findings(operations, partnerIds, texts, leakCase.pairs, headers)).filter(
        (f) => f.leaks.length > 0,
      );
      expect(leaks).toEqual([]);
    },
    SWEEP_TIMEOUT_MS,
  );

  it(
    'asks questions whose answers do hold all of it for a caller with clearance',
    async () => {
      const seen = (await findings(operations, partnerIds, texts, leakCase.pairs, CLEARED)).flatMap(
        (f) => f.leaks,
      );
      for (const text of texts) expect(seen.join('\n'), text).toContain(text);
      for (const { a, b } of leakCase.pairs)
        expect(seen.join('\n'), `${a} <-> ${b}`).toContain(`${a} <-> ${b}`);
    },
    SWEEP_TIMEOUT_MS,
  );
});
