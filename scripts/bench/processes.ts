/**
 * Child processes of the benchmark: the import CLI, the service and the peer each run in a
 * process of their own, so that their memory can be read from /proc and the load generator's
 * own work does not count against them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { PROJECT_ROOT } from '../../src/config.js';

export interface Child {
  process: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number>;
  /** What it printed, last lines kept (for error messages and parsing a summary line). */
  output(): string;
  stop(): Promise<void>;
}

const OUTPUT_KEPT = 64 * 1024;

/**
 * Runs a TypeScript entry point under Node with tsx as a loader (not the tsx CLI, which would
 * start a second Node process and hide the one whose memory we want).
 */
export function runTypeScript(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { echo?: boolean; preload?: string } = {},
): Child {
  const preload = options.preload ? ['--import', options.preload] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload, entry, ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-OUTPUT_KEPT);
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  );
  return {
    process: child,
    exited,
    output: () => text,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident and peak resident memory of a process in MB (Linux), or null once it has gone. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's memory until stopped: the peak RSS it reached and every sample. */
export function sampleMemory(pid: number, everyMs = 200) {
  const samples: { atMs: number; rssMb: number }[] = [];
  let peakMb = 0;
  const started = performance.now();
  const take = () => {
    const m = memoryOf(pid);
    if (!m) return;
    // VmHWM is the kernel's own high-water mark, so a peak between two samples is not missed.
    peakMb = Math.max(peakMb, m.hwmMb, m.rssMb);
    samples.push({ atMs: performance.now() - started, rssMb: m.rssMb });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    /** The peak so far (since the process started, as the kernel counts it). */
    peakMb: () => peakMb,
    stop: () => {
      take();
      clearInterval(timer);
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until GET url answers 200, or the child exits, or the time runs out. */
export async function waitForHttp(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null = null;
  void child.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== null) throw new Error(`exited with code ${exitCode}:\n${child.output().slice(-3000)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`did not answer ${url} within ${timeoutMs / 1000}s:\n${child.output().slice(-3000)}`);
}
