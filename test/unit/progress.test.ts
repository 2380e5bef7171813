/** The import's progress output: a redrawn line on a terminal, sparse plain lines in logs. */
import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, ProgressReporter } from '../../src/cli/progress.js';

describe('formatProgress', () => {
  it('shows the step, a bar, the count, the rate and the time left', () => {
    expect(formatProgress({ step: 'claims', done: 250_000, total: 1_000_000 }, 25_000, 10)).toBe(
      'claims       [###.......] 250,000/1,000,000  10,000/s  about 1 min 15 s left',
    );
  });

  it('counts the check in megabytes and says when a step is done', () => {
    expect(formatProgress({ step: 'checking', done: 340e6, total: 340e6 }, 17_000, 4)).toBe(
      'checking     [####] 340/340 MB  20 MB/s  done',
    );
  });

  it('does not guess a time left before any rate is known', () => {
    expect(formatProgress({ step: 'sources', done: 0, total: 10 }, 0, 4)).toContain('about ? left');
  });
});

describe('formatDuration', () => {
  it('reads naturally at every scale', () => {
    expect([4.25, 42, 75, 419.7, 3725].map(formatDuration)).toEqual([
      '4.3 s',
      '42 s',
      '1 min 15 s',
      '7 min 0 s',
      '1 h 2 min',
    ]);
  });
});

describe('ProgressReporter', () => {
  const recorder = (isTTY: boolean) => {
    const written: string[] = [];
    let clock = 0;
    const reporter = new ProgressReporter(
      { isTTY, columns: 200, write: (t) => written.push(t) },
      () => clock,
      5000,
    );
    return { written, reporter, tick: (ms: number) => (clock += ms) };
  };

  it('writes a plain line at most every few seconds off a terminal, and one per finished step', () => {
    const { written, reporter, tick } = recorder(false);
    for (let done = 50; done <= 1000; done += 50) {
      tick(1000);
      reporter.update({ step: 'claims', done, total: 1000 });
    }
    reporter.update({ step: 'claim links', done: 10, total: 10 });
    reporter.endStep();
    expect(written.filter((l) => l.startsWith('claims ')).length).toBe(4 + 1);
    expect(written.at(-1)).toMatch(/^claim links .* done \(0\.0 s\)\n$/);
    expect(written.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('redraws one line in place on a terminal', () => {
    const { written, reporter, tick } = recorder(true);
    tick(1000);
    reporter.update({ step: 'claims', done: 10, total: 20 });
    tick(1000);
    reporter.update({ step: 'claims', done: 20, total: 20 });
    reporter.endStep();
    expect(written.slice(0, 2).every((l) => l.startsWith('\r') && l.endsWith('\x1b[K'))).toBe(true);
    expect(written.at(-1)).toBe('\n');
  });
});
