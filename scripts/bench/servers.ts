/**
 * The two GraphQL servers under test, each in a process of its own on a free port: the service
 * exactly as `npm start` runs it (src/index.ts, on the bench database, without the sample), and
 * the peer (peer-server.ts).
 */
import type { BenchNeo4j } from './instance.js';
import { freePort, runTypeScript, waitForHttp, type Child } from './processes.js';

export interface RunningServer {
  url: string;
  pid: number;
  /** What it has printed lately (its warnings and errors). */
  output(): string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

async function start(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  preload?: string,
): Promise<RunningServer> {
  const port = await freePort();
  const child: Child = runTypeScript(entry, [], { ...env, PORT: String(port) }, { preload });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, child, START_TIMEOUT_MS);
  } catch (error) {
    await child.stop();
    throw new Error(`${name}: ${(error as Error).message}`);
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.process.pid!,
    output: () => child.output(),
    stop: () => child.stop(),
  };
}

/**
 * The service. With `recordTo`, every statement it runs is also profiled into that file
 * (statement-recorder.ts): for counting db hits only, never while timing.
 */
export function startService(neo: BenchNeo4j, recordTo?: string): Promise<RunningServer> {
  return start(
    'the service',
    'src/index.ts',
    neo.childEnv({
      HOST: '127.0.0.1',
      CLAIMGRAPH_LOAD_SAMPLE: 'false',
      // The load generator is one caller asking as fast as it can: a rate limit would measure itself.
      CLAIMGRAPH_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
      ...(recordTo ? { CLAIMGRAPH_BENCH_PROFILE_FILE: recordTo } : {}),
    }),
    recordTo ? './scripts/bench/statement-recorder.ts' : undefined,
  );
}

export function startPeer(neo: BenchNeo4j): Promise<RunningServer> {
  return start('the peer', 'scripts/bench/peer-server.ts', neo.childEnv());
}
