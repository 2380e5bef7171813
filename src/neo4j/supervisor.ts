/**
 * Watches a server process this service started: when it dies unasked, says so, and starts it
 * again after a back-off that doubles from one attempt to the next, up to a bounded number of
 * attempts in a row. Its state is what /readyz reports and what lets requests fail at once
 * with DATABASE_UNAVAILABLE while the server is away, instead of each waiting for the driver.
 */
import type { ChildProcess } from 'node:child_process';
import type { ServerWatch } from './database.js';
import type { ServerState } from './instance-owner.js';

export interface SupervisorOptions {
  /** For messages: "Neo4j (dev)". */
  name: string;
  /** Starts the server; resolves once it answers, with its process. */
  launch: () => Promise<ChildProcess>;
  /** Restart attempts in a row before giving up (0: never restart). */
  maxRestarts: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** A server that ran this long before it died starts again from the first delay. */
  stableAfterMs?: number;
  /** How long a stopped server may take to exit before it is killed. */
  stopTimeoutMs?: number;
  report: (message: string) => void;
  warn: (message: string) => void;
  /** Told of every change of state and of the server's process. */
  onChange?: (state: ServerState, pid: number | null) => void;
}

export interface SupervisorStatus {
  state: ServerState;
  pid: number | null;
  /** Restart attempts since the server last ran steadily. */
  restartAttempts: number;
  /** How the server last ended unasked, such as "killed by SIGKILL". */
  lastExit: string | null;
}

export class Supervisor implements ServerWatch {
  private child: ChildProcess | null = null;
  private state: ServerState = 'starting';
  private attempts = 0;
  private startedAt = 0;
  private lastExit: string | null = null;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private launching: Promise<void> | undefined;

  constructor(private readonly options: SupervisorOptions) {}

  /** Starts the server the first time; a failure here is the caller's (nothing is retried). */
  async start(): Promise<void> {
    this.adopt(await this.options.launch());
  }

  status(): SupervisorStatus {
    return {
      state: this.state,
      pid: this.child?.pid ?? null,
      restartAttempts: this.attempts,
      lastExit: this.lastExit,
    };
  }

  unavailableReason(): string | null {
    if (this.state === 'restarting') return 'restarting after it stopped unexpectedly';
    if (this.state === 'down') return 'down (it stopped and could not be restarted)';
    return null;
  }

  /** Stops watching; with `kill`, stops the server too (SIGTERM, then SIGKILL after a while). */
  async stop({ kill }: { kill: boolean }): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.launching;
    const child = this.child;
    if (!kill || !child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), this.options.stopTimeoutMs ?? 30_000);
    await exited;
    clearTimeout(timer);
  }

  private adopt(child: ChildProcess): void {
    this.child = child;
    this.startedAt = Date.now();
    this.setState('ready');
    child.once('exit', (code, signal) => this.exited(child, code, signal));
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || child !== this.child) return;
    this.lastExit = signal ? `killed by ${signal}` : `exited with code ${code}`;
    this.options.warn(`${this.options.name} stopped unexpectedly (${this.lastExit})`);
    if (Date.now() - this.startedAt >= (this.options.stableAfterMs ?? 60_000)) this.attempts = 0;
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const { maxRestarts, name } = this.options;
    if (this.attempts >= maxRestarts) {
      this.setState('down');
      this.options.warn(
        maxRestarts === 0
          ? `${name} is not restarted (no restarts allowed); requests answer DATABASE_UNAVAILABLE`
          : `${name} could not be restarted after ${maxRestarts} attempts; requests answer ` +
              'DATABASE_UNAVAILABLE until the service is restarted',
      );
      return;
    }
    this.attempts += 1;
    const first = this.options.firstDelayMs ?? 1_000;
    const delay = Math.min(first * 2 ** (this.attempts - 1), this.options.maxDelayMs ?? 30_000);
    this.setState('restarting');
    this.options.report(`Restarting ${name} in ${delay} ms (attempt ${this.attempts} of ${maxRestarts}) ...`);
    this.timer = setTimeout(() => {
      this.launching = this.restart().finally(() => (this.launching = undefined));
    }, delay);
  }

  private async restart(): Promise<void> {
    const attempt = this.attempts;
    let child: ChildProcess;
    try {
      child = await this.options.launch();
    } catch (error) {
      this.options.warn(
        `Restart attempt ${attempt} of ${this.options.name} failed: ${(error as Error).message}`,
      );
      if (!this.stopping) this.scheduleRestart();
      return;
    }
    if (this.stopping) {
      child.kill('SIGTERM');
      return;
    }
    this.adopt(child);
    this.options.report(`${this.options.name} is running again (restart attempt ${attempt}).`);
  }

  private setState(state: ServerState): void {
    this.state = state;
    this.options.onChange?.(state, state === 'ready' ? (this.child?.pid ?? null) : null);
  }
}
