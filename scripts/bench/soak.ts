/**
 * The soak: the read mix at 32 clients for a number of minutes on the last size's data, with the
 * service's errors and resident memory reported minute by minute, to show whether memory stays
 * flat and nothing fails under sustained load.
 */
import type { BenchNeo4j } from './instance.js';
import { throughput, type Systems } from './measure.js';
import { memoryOf } from './processes.js';
import type { Question } from './questions.js';
import { startService } from './servers.js';

export interface SoakMinute {
  minute: number;
  requests: number;
  errors: number;
  firstError: string | null;
  rssMb: number;
}

export interface SoakResult {
  claims: number;
  minutes: number;
  clients: number;
  perMinute: SoakMinute[];
  totalRequests: number;
  totalErrors: number;
  rssStartMb: number;
  rssEndMb: number;
  rssPeakMb: number;
}

export async function soak(
  neo: BenchNeo4j,
  claims: number,
  mix: (serviceUrl: string) => Promise<Question[]>,
  minutes: number,
): Promise<SoakResult> {
  const service = await startService(neo);
  try {
    const systems: Systems = { serviceUrl: service.url, peerUrl: null, driver: neo.driver };
    const questions = await mix(service.url);
    const rssStartMb = memoryOf(service.pid)?.rssMb ?? 0;
    const perMinute: SoakMinute[] = [];
    for (let minute = 1; minute <= minutes; minute += 1) {
      const t = await throughput(systems, 'service', questions, 32, 60);
      const rssMb = memoryOf(service.pid)?.rssMb ?? 0;
      perMinute.push({ minute, requests: t.requests, errors: t.errors, firstError: t.firstError, rssMb });
      console.error(
        `[soak] minute ${minute}: ${t.requests} requests, ${t.errors} errors, service RSS ${Math.round(rssMb)} MB`,
      );
    }
    const peakMb = memoryOf(service.pid)?.hwmMb ?? 0;
    return {
      claims,
      minutes,
      clients: 32,
      perMinute,
      totalRequests: perMinute.reduce((s, m) => s + m.requests, 0),
      totalErrors: perMinute.reduce((s, m) => s + m.errors, 0),
      rssStartMb,
      rssEndMb: perMinute.at(-1)?.rssMb ?? rssStartMb,
      rssPeakMb: Math.max(peakMb, ...perMinute.map((m) => m.rssMb)),
    };
  } finally {
    await service.stop();
  }
}
