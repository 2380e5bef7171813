/**
 * `npm run bench [-- --sizes 10000,100000,1000000 --runs 30 --skip-peer --reuse --soak 10]`:
 * at each size, generates a fictional corpus with the project's generator, imports it with the
 * project's import CLI into the benchmark's own Neo4j, and measures the import and the core
 * questions through the real service over HTTP, side by side with the floor (hand-written Cypher)
 * and the peer (@neo4j/graphql). Prints the figures, writes BENCHMARKS.md (committed) and
 * test-artifacts/bench.json. Runs on the local instance "bench" (port 7699) or on
 * CLAIMGRAPH_BENCH_NEO4J_URI, which it empties; never on NEO4J_URI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { openBenchNeo4j } from './bench/instance.js';
import { describeMachine, quietness } from './bench/machine.js';
import { parseOptions } from './bench/options.js';
import { questions } from './bench/questions.js';
import { previousReport, renderReport, type BenchRun } from './bench/report.js';
import { runSize } from './bench/run-size.js';
import { soak } from './bench/soak.js';
import { walkToPage1000 } from './bench/targets.js';

const FIGURES = path.join(PROJECT_ROOT, 'test-artifacts', 'bench.json');
/** Enough for a million claims' working set, and half the machine's memory left for the rest. */
const NEO4J_MEMORY = { heap: '4g', pageCache: '4g' };
const QUIET_POLL_MS = 120_000;

/** Waits (polling every 2 minutes) until no other test run or import is running and the load is low. */
async function waitForQuiet(minutes: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const q = quietness();
    const waited = (Date.now() - started) / 60_000;
    if ((q.others.length === 0 && q.loadAverage1m < 1) || waited >= minutes) return waited;
    console.error(
      `waiting for a quiet machine (load ${q.loadAverage1m.toFixed(2)}, ${q.others.length} other runs), ${Math.round(waited)} of ${minutes} minutes`,
    );
    await new Promise((r) =>
      setTimeout(r, Math.min(QUIET_POLL_MS, minutes * 60_000 - (Date.now() - started) + 1000)),
    );
  }
}

function save(run: BenchRun, report: string): void {
  mkdirSync(path.dirname(FIGURES), { recursive: true });
  writeFileSync(FIGURES, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(report, renderReport(run, previousReport(report)));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const report = path.resolve(PROJECT_ROOT, options.report);
  const waitedMinutes = options.waitQuietMinutes ? await waitForQuiet(options.waitQuietMinutes) : 0;
  const atStart = quietness();
  const neo = await openBenchNeo4j(NEO4J_MEMORY);
  const run: BenchRun = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
      ' ',
    ),
    options,
    machine: describeMachine(neo.version),
    quiet: { waitedMinutes: Math.round(waitedMinutes), atStart },
    sizes: [],
    soak: null,
  };
  try {
    let last: Awaited<ReturnType<typeof runSize>> | null = null;
    for (const claims of options.sizes) {
      last = await runSize(neo, claims, options);
      run.sizes.push(last.result);
      run.finishedAt = new Date().toISOString();
      save(run, report);
      console.log(JSON.stringify(last.result, null, 2));
    }
    if (options.soakMinutes > 0 && last) {
      const { targets, result } = last;
      run.soak = await soak(
        neo,
        result.claims,
        async (serviceUrl) => {
          targets.page1000.serviceCursor = await walkToPage1000(serviceUrl, targets);
          return questions(targets).filter((q) => result.throughput.mixQuestions.includes(q.key));
        },
        options.soakMinutes,
      );
      console.log(JSON.stringify(run.soak, null, 2));
    }
    run.finishedAt = new Date().toISOString();
    save(run, report);
    console.error(`wrote ${report} and ${FIGURES}`);
  } finally {
    await neo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? (error as Error).message}`);
  process.exit(1);
});
