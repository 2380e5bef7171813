/**
 * Progress of a long import. On a terminal: one line redrawn in place (step, bar, count, rate,
 * estimated time left), and a line for each step when it ends. Elsewhere (logs, CI): a plain
 * line at most every few seconds, and one when a step ends, so that logs stay short.
 */
import type { ImportProgress } from '../import/import-dataset.js';

export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const number = (n: number) => Math.round(n).toLocaleString('en-GB');

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(Math.round(seconds) / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds) % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** `claims  [#####.....]  412,000/1,000,000  10,532/s  about 56 s left` (the check counts MB). */
export function formatProgress(progress: ImportProgress, elapsedMs: number, barWidth = 24): string {
  const bytes = progress.step === 'checking';
  const scale = bytes ? 1e6 : 1;
  const done = progress.done / scale;
  const total = progress.total / scale;
  const unit = bytes ? ' MB' : '';
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * barWidth);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`;
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const left = rate > 0 ? (total - done) / rate : Infinity;
  return (
    `${progress.step.padEnd(12)} ${bar} ${number(done)}/${number(total)}${unit}  ` +
    `${number(rate)}${unit}/s  ${fraction >= 1 ? 'done' : `about ${formatDuration(left)} left`}`
  );
}

export class ProgressReporter {
  private step = '';
  private stepStarted = 0;
  private lastDrawn = -Infinity;
  private last: ImportProgress | null = null;

  constructor(
    private readonly out: ProgressOutput,
    private readonly now: () => number = () => performance.now(),
    /** Between plain lines when not on a terminal. */
    private readonly plainEveryMs = 5000,
  ) {}

  update(progress: ImportProgress): void {
    const now = this.now();
    if (progress.step !== this.step) {
      this.endStep();
      this.step = progress.step;
      this.stepStarted = now;
      this.lastDrawn = -Infinity;
    }
    this.last = progress;
    const finished = progress.done >= progress.total;
    const every = this.out.isTTY ? 100 : this.plainEveryMs;
    if (finished || now - this.lastDrawn >= every) {
      this.lastDrawn = now;
      if (this.out.isTTY) this.draw(this.line(progress, now));
      else if (!finished) this.out.write(`${this.line(progress, now)}\n`);
    }
  }

  /** Ends the current step's line; call before printing anything else. */
  endStep(): void {
    if (!this.last) return;
    const seconds = (this.now() - this.stepStarted) / 1000;
    const line = `${this.line(this.last, this.now())} (${formatDuration(seconds)})`;
    if (this.out.isTTY) this.draw(line);
    this.out.write(this.out.isTTY ? '\n' : `${line}\n`);
    this.last = null;
  }

  private line(progress: ImportProgress, now: number): string {
    return formatProgress(progress, now - this.stepStarted);
  }

  private draw(line: string): void {
    const width = this.out.columns ?? 100;
    this.out.write(`\r${line.slice(0, width - 1)}\x1b[K`);
  }
}
