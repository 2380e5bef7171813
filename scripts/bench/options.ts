/** The command line of `npm run bench`. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  /** Timed runs per question and system (fewer when a question would exceed the budget). */
  runs: number;
  /** Seconds of timed runs one question may take per system. */
  budgetSeconds: number;
  /** Seconds per throughput measurement. */
  seconds: number;
  skipPeer: boolean;
  /** Keep the database when it already holds the corpus of a size (and the corpus files). */
  reuse: boolean;
  /** Minutes of read load at 32 clients after the last size; 0: no soak. */
  soakMinutes: number;
  /** Minutes to wait at most for a quiet machine before starting; 0: start at once. */
  waitQuietMinutes: number;
  /** Where the report goes (BENCHMARKS.md unless a trial run should leave that file alone). */
  report: string;
}

export const USAGE = `usage: npm run bench -- [--sizes 10000,100000,1000000] [--runs 30] [--budget 30]
  [--seconds 15] [--skip-peer] [--reuse] [--soak <minutes>] [--wait-quiet <minutes>]
  [--report BENCHMARKS.md]`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10000,100000,1000000' },
      runs: { type: 'string', default: '30' },
      budget: { type: 'string', default: '30' },
      seconds: { type: 'string', default: '15' },
      'skip-peer': { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      soak: { type: 'string', default: '0' },
      'wait-quiet': { type: 'string', default: '0' },
      report: { type: 'string', default: 'BENCHMARKS.md' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.error(USAGE);
    process.exit(0);
  }
  const number = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < min)
      throw new Error(`--${name} must be a number of at least ${min}\n${USAGE}`);
    return n;
  };
  const sizes = values.sizes.split(',').map((s) => number('sizes', s.trim(), 100));
  return {
    sizes,
    runs: number('runs', values.runs, 5),
    budgetSeconds: number('budget', values.budget, 1),
    seconds: number('seconds', values.seconds, 1),
    skipPeer: values['skip-peer'],
    reuse: values.reuse,
    soakMinutes: number('soak', values.soak, 0),
    waitQuietMinutes: number('wait-quiet', values['wait-quiet'], 0),
    report: values.report,
  };
}
