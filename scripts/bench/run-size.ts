/**
 * Everything measured at one size: the import, whether the three systems agree, latency of each
 * question, throughput at 1, 8 and 32 clients, the service's memory under load, and db hits.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, importCorpus, readCorpus, type ImportFigures } from './corpus.js';
import { floorDbHits, serviceDbHits, type RequestProfile } from './db-hits.js';
import { emptyDatabase, heldClaims, type BenchNeo4j } from './instance.js';
import {
  ask,
  asks,
  latency,
  throughput,
  type Latency,
  type SystemName,
  type Systems,
  type Throughput,
} from './measure.js';
import type { BenchOptions } from './options.js';
import { memoryOf, sampleMemory } from './processes.js';
import { questions, type Fingerprint, type Question } from './questions.js';
import { startPeer, startService, type RunningServer } from './servers.js';
import { resolveTargets, walkToPage1000, type Targets } from './targets.js';

export const CLIENTS = [1, 8, 32];
/** The questions whose throughput is compared with the peer's (a target). */
export const PEER_THROUGHPUT_QUESTIONS = ['eventTrace', 'eventPage1'];

export interface Agreement {
  /** 'agree', 'differ: ...', or why it could not be checked. */
  floor: string;
  peer: string | null;
}

export interface QuestionResult {
  key: string;
  title: string;
  core: boolean;
  skip?: string;
  agreement: Agreement;
  latency: Partial<Record<SystemName, Latency>>;
  dbHits: { floor: number | null; service: RequestProfile | null };
}

export interface SizeResult {
  claims: number;
  events: number;
  import: ImportFigures | null;
  /** Why there are no import figures (the database already held the corpus). */
  importNote?: string;
  targets: Omit<Targets, 'townEvents' | 'searchQuery'> & { townEvents: number };
  questions: QuestionResult[];
  throughput: {
    mix: Partial<Record<SystemName, Throughput[]>>;
    mixQuestions: string[];
    perQuestion: Record<string, Partial<Record<SystemName, Throughput[]>>>;
  };
  /** Resident memory of the service process: at rest after start, and its peak under the read load. */
  serviceRss: { idleMb: number; peakMb: number };
  /** The service's error log lines during the run, if any. */
  serviceLog: string;
}

/** The figures, and the targets asked about (for a soak on the same data afterwards). */
export async function runSize(
  neo: BenchNeo4j,
  claims: number,
  options: BenchOptions,
): Promise<{ result: SizeResult; targets: Targets }> {
  const log = (message: string) => console.error(`[${claims}] ${message}`);
  const cached = options.reuse ? readCorpus(claims) : null;
  log(cached ? 'using the corpus already generated' : 'generating the corpus');
  const corpus = cached ?? (await generateCorpus(claims));
  const held = await heldClaims(neo.driver);
  let imported: ImportFigures | null = null;
  let importNote: string | undefined;
  if (options.reuse && held.claims === corpus.summary.counts.claims && held.firstClaim) {
    importNote = 'not imported: --reuse and the database already held this corpus';
    log(importNote);
  } else {
    log('emptying the database');
    await emptyDatabase(neo.driver);
    log('importing');
    imported = await importCorpus(corpus, neo.childEnv());
    log(
      `imported at ${Math.round(imported.claimsPerSecond)} claims/s, importer peak RSS ${Math.round(imported.maxRssMb)} MB`,
    );
  }

  const targets = await resolveTargets(neo.driver, corpus.summary);
  const service = await startService(neo);
  const peer = options.skipPeer ? null : await startPeer(neo);
  try {
    targets.page1000.serviceCursor = await walkToPage1000(service.url, targets);
    const systems: Systems = { serviceUrl: service.url, peerUrl: peer?.url ?? null, driver: neo.driver };
    const asked = questions(targets);
    const idleMb = memoryOf(service.pid)?.rssMb ?? 0;
    const results: QuestionResult[] = [];
    for (const q of asked) {
      log(`${q.key}: checking answers, timing`);
      results.push(await measureQuestion(systems, q, options, Boolean(peer)));
    }
    const memory = sampleMemory(service.pid, 250);
    const mixQuestions = asked.filter((q) => q.core && !q.skip && !failed(results, q.key));
    log(`throughput on a mix of ${mixQuestions.length} questions`);
    const mix: SizeResult['throughput']['mix'] = {};
    for (const system of ['service', 'floor'] as const)
      mix[system] = await levels(systems, system, mixQuestions, options);
    const perQuestion: SizeResult['throughput']['perQuestion'] = {};
    for (const key of PEER_THROUGHPUT_QUESTIONS) {
      const q = asked.find((x) => x.key === key)!;
      perQuestion[key] = {};
      for (const system of ['service', 'floor', 'peer'] as const) {
        if (asks(system, q) && (system !== 'peer' || peer)) {
          perQuestion[key][system] = await levels(systems, system, [q], options);
        }
      }
    }
    memory.stop();
    const serviceRss = { idleMb, peakMb: Math.max(...memory.samples.map((s) => s.rssMb)) };
    await service.stop();
    await peer?.stop();
    log('db hits');
    await countDbHits(neo, asked, results);
    const result: SizeResult = {
      claims: corpus.summary.counts.claims,
      events: corpus.summary.counts.events,
      import: imported,
      ...(importNote ? { importNote } : {}),
      targets: { ...targets, townEvents: targets.townEvents.length },
      questions: results,
      throughput: { mix, mixQuestions: mixQuestions.map((q) => q.key), perQuestion },
      serviceRss,
      serviceLog: errorLines(service.output()),
    };
    return { result, targets };
  } finally {
    await service.stop();
    await peer?.stop();
  }
}

function failed(results: QuestionResult[], key: string): boolean {
  const r = results.find((x) => x.key === key);
  return !r || Boolean(r.latency.service?.errors) || Boolean(r.latency.floor?.errors);
}

async function levels(systems: Systems, system: SystemName, mix: Question[], options: BenchOptions) {
  const out: Throughput[] = [];
  for (const clients of CLIENTS) out.push(await throughput(systems, system, mix, clients, options.seconds));
  return out;
}

async function measureQuestion(
  systems: Systems,
  q: Question,
  options: BenchOptions,
  withPeer: boolean,
): Promise<QuestionResult> {
  const result: QuestionResult = {
    key: q.key,
    title: q.title,
    core: q.core,
    ...(q.skip ? { skip: q.skip } : {}),
    agreement: { floor: 'not asked', peer: null },
    latency: {},
    dbHits: { floor: null, service: null },
  };
  if (q.skip) return result;
  const service = await ask(systems, 'service', q, true);
  const floor = await ask(systems, 'floor', q, true);
  result.agreement.floor = compare(service, floor, (f) => (f as Fingerprint).full, 'service', 'floor');
  if (withPeer && q.peer) {
    const peer = await ask(systems, 'peer', q, true);
    result.agreement.peer = compare(
      peer,
      floor,
      (f, side) => (side === 'floor' ? (f as Fingerprint).peerView! : (f as string)),
      'peer',
      'floor',
    );
  }
  for (const system of ['service', 'floor', 'peer'] as const) {
    if (!asks(system, q) || (system === 'peer' && !withPeer)) continue;
    // When the service refuses a question (a scope over its limit), its refusal is timed, and
    // the floor's one answer above stands for what answering would cost.
    if (service.error && system !== 'service') {
      if (system === 'floor') result.latency.floor = single(floor);
      continue;
    }
    result.latency[system] = await latency(systems, system, q, options.runs, options.budgetSeconds);
  }
  return result;
}

function single(answer: { ms: number; error: string | null }): Latency {
  return {
    runs: 1,
    p50: answer.ms,
    p95: answer.ms,
    p99: answer.ms,
    errors: answer.error ? 1 : 0,
    firstError: answer.error,
    roundTrips: 1,
  };
}

/** 'agree', or what differs (sizes and a few items only on one side), or the error that stopped a side. */
function compare(
  a: { error: string | null; fingerprint: unknown },
  b: { error: string | null; fingerprint: unknown },
  view: (f: unknown, side: string) => string,
  aName: string,
  bName: string,
): string {
  if (a.error) return `${aName} failed: ${a.error}`;
  if (b.error) return `${bName} failed: ${b.error}`;
  const [x, y] = [view(a.fingerprint, aName), view(b.fingerprint, bName)];
  if (x === y) return 'agree';
  const items = (s: string) => new Set(s.split(/\n|","|,|\\n/).filter((i) => i !== ''));
  const [onlyA, onlyB] = [items(x), items(y)];
  const left = [...onlyA].filter((i) => !onlyB.has(i));
  const right = [...onlyB].filter((i) => !onlyA.has(i));
  const show = (list: string[]) =>
    list.slice(0, 3).join('; ') + (list.length > 3 ? ` (+${list.length - 3})` : '');
  return left.length + right.length === 0
    ? 'differ: same items in another order'
    : `differ: only ${aName}: ${show(left) || 'none'}; only ${bName}: ${show(right) || 'none'}`;
}

/** Runs each question once through a service that profiles its statements, and the floor's under PROFILE. */
async function countDbHits(neo: BenchNeo4j, asked: Question[], results: QuestionResult[]): Promise<void> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-')), 'statements.jsonl');
  let recording: RunningServer | null = null;
  try {
    recording = await startService(neo, file);
    for (const q of asked) {
      if (q.skip) continue;
      const result = results.find((r) => r.key === q.key)!;
      result.dbHits.service = await serviceDbHits(recording.url, file, q);
      result.dbHits.floor = await floorDbHits(neo.driver, q).catch(() => null);
    }
  } finally {
    await recording?.stop();
  }
}

/** The service's own error lines (pino JSON at level 50 and above), shortened. */
function errorLines(output: string): string {
  return output
    .split('\n')
    .filter((l) => /"level":(5|6)\d/.test(l))
    .map((l) => l.slice(0, 400))
    .slice(-10)
    .join('\n');
}
