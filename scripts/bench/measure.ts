/**
 * Timing: one question asked of one system (the service or the peer over HTTP, the floor through
 * the driver), latency percentiles from sequential runs, and throughput from N clients asking
 * a mix as fast as answers come back.
 */
import type { Driver } from 'neo4j-driver';
import { errorOf, postGraphQL } from './graphql-client.js';
import type { Fingerprint, Question } from './questions.js';

export type SystemName = 'service' | 'floor' | 'peer';

export interface Systems {
  serviceUrl: string;
  peerUrl: string | null;
  driver: Driver;
}

export interface Answer {
  ms: number;
  error: string | null;
  /** The service's extensions.roundTrips. */
  roundTrips: number | null;
  fingerprint: Fingerprint | string | null;
}

export function asks(system: SystemName, q: Question): boolean {
  if (q.skip) return false;
  return system !== 'peer' || q.peer !== undefined;
}

/** Asks once; the fingerprint is computed outside the timed part. */
export async function ask(
  systems: Systems,
  system: SystemName,
  q: Question,
  withFingerprint = false,
): Promise<Answer> {
  const started = performance.now();
  if (system === 'floor') {
    try {
      const { records } = await systems.driver.executeQuery(q.floor.statement, q.floor.params, {
        routing: 'READ',
        bookmarkManager: null,
      });
      const ms = performance.now() - started;
      const rows = withFingerprint ? records.map((r) => r.toObject()) : [];
      return {
        ms,
        error: null,
        roundTrips: 1,
        fingerprint: withFingerprint ? q.fingerprint.floor(rows) : null,
      };
    } catch (error) {
      return {
        ms: performance.now() - started,
        error: (error as Error).message,
        roundTrips: 1,
        fingerprint: null,
      };
    }
  }
  const url = system === 'service' ? systems.serviceUrl : systems.peerUrl!;
  const request = system === 'service' ? q.service : q.peer!;
  try {
    const answer = await postGraphQL(url, request);
    const ms = performance.now() - started;
    const error = errorOf(answer);
    const shape = system === 'service' ? q.fingerprint.service : q.fingerprint.peer!;
    return {
      ms,
      error,
      roundTrips: answer.extensions?.roundTrips ?? null,
      fingerprint: withFingerprint && !error ? shape(answer.data) : null,
    };
  } catch (error) {
    return {
      ms: performance.now() - started,
      error: (error as Error).message,
      roundTrips: null,
      fingerprint: null,
    };
  }
}

export interface Latency {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  firstError: string | null;
  roundTrips: number | null;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Sequential runs after a warm-up (query plans, caches, JIT): `runs` of them, or fewer (at least
 * five) when a slow question would take longer than the time budget.
 */
export async function latency(
  systems: Systems,
  system: SystemName,
  q: Question,
  runs: number,
  budgetSeconds: number,
): Promise<Latency> {
  // Warm-up: three runs, or fewer when they take over a few seconds (slow questions at 1M).
  const warmUntil = performance.now() + 5000;
  for (let i = 0; i < 3 && (i === 0 || performance.now() < warmUntil); i += 1) await ask(systems, system, q);
  const times: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let roundTrips: number | null = null;
  const deadline = performance.now() + budgetSeconds * 1000;
  for (let i = 0; i < runs && (i < 5 || performance.now() < deadline); i += 1) {
    const answer = await ask(systems, system, q);
    times.push(answer.ms);
    roundTrips = answer.roundTrips;
    if (answer.error) {
      errors += 1;
      firstError ??= answer.error;
    }
  }
  times.sort((a, b) => a - b);
  return {
    runs: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors,
    firstError,
    roundTrips,
  };
}

export interface Throughput {
  clients: number;
  seconds: number;
  requests: number;
  perSecond: number;
  errors: number;
  firstError: string | null;
  p50: number;
}

/** `clients` concurrent clients, each asking the next question of the mix as soon as it has an answer. */
export async function throughput(
  systems: Systems,
  system: SystemName,
  mix: Question[],
  clients: number,
  seconds: number,
): Promise<Throughput> {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < stopAt) {
      const q = mix[next++ % mix.length]!;
      const answer = await ask(systems, system, q);
      times.push(answer.ms);
      if (answer.error) {
        errors += 1;
        firstError ??= answer.error;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    clients,
    seconds: elapsed,
    requests: times.length,
    perSecond: times.length / elapsed,
    errors,
    firstError,
    p50: percentile(times, 50),
  };
}
