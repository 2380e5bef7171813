/**
 * resolveTimeSpan turns the dates reports give into intervals. The anchor used throughout is
 * Sunday 9 March 2025, the publication date of the sample report.
 */
import { describe, expect, it } from 'vitest';
import { resolveTimeSpan, TimePhraseError } from '../../src/domain/time-span.js';

const SUNDAY = '2025-03-09';

const span = (phrase: string, anchor: string = SUNDAY) => resolveTimeSpan({ phrase }, anchor);

describe('resolveTimeSpan: weekdays', () => {
  it('resolves "on Thursday" to the latest Thursday before a Sunday anchor, at day precision', () => {
    expect(span('on Thursday')).toEqual({
      start: '2025-03-06',
      end: '2025-03-06',
      precision: 'DAY',
      edtf: '2025-03-06',
      phrase: 'on Thursday',
      anchor: SUNDAY,
    });
  });

  it('resolves "on Sunday" to the anchor day itself when the anchor is a Sunday', () => {
    expect(span('on Sunday')).toMatchObject({ start: SUNDAY, end: SUNDAY, precision: 'DAY' });
  });

  it('resolves "on Friday" to the Friday two days before', () => {
    expect(span('on Friday')).toMatchObject({ start: '2025-03-07', end: '2025-03-07', edtf: '2025-03-07' });
  });

  it('treats "last Sunday" on a Sunday as the Sunday a week before', () => {
    expect(span('last Sunday')).toMatchObject({ start: '2025-03-02', end: '2025-03-02' });
  });

  it('ignores the case of the phrase', () => {
    expect(span('ON THURSDAY')).toMatchObject({ start: '2025-03-06' });
  });
});

describe('resolveTimeSpan: months and years', () => {
  it('resolves "last December" to the whole of December 2024 at month precision', () => {
    expect(span('last December')).toEqual({
      start: '2024-12-01',
      end: '2024-12-31',
      precision: 'MONTH',
      edtf: '2024-12',
      phrase: 'last December',
      anchor: SUNDAY,
    });
  });

  it('resolves "last December" said in December to the December of the year before', () => {
    expect(span('last December', '2025-12-20')).toMatchObject({
      start: '2024-12-01',
      end: '2024-12-31',
      edtf: '2024-12',
    });
  });

  it('resolves "last December" said in January to the December just ended', () => {
    expect(span('last December', '2025-01-15')).toMatchObject({ edtf: '2024-12' });
  });

  it('resolves "three months ago" to the month three months back (December 2024)', () => {
    expect(span('three months ago')).toMatchObject({
      start: '2024-12-01',
      end: '2024-12-31',
      precision: 'MONTH',
      edtf: '2024-12',
    });
  });

  it('resolves "in August 2023" to that month regardless of the anchor', () => {
    expect(span('in August 2023')).toMatchObject({
      start: '2023-08-01',
      end: '2023-08-31',
      precision: 'MONTH',
      edtf: '2023-08',
    });
  });

  it('gives February its real length', () => {
    expect(span('last month')).toMatchObject({ start: '2025-02-01', end: '2025-02-28', edtf: '2025-02' });
    expect(span('in February 2024')).toMatchObject({ end: '2024-02-29' });
  });
});

describe('resolveTimeSpan: intervals', () => {
  it('resolves "over the past 13 years" to an interval ending on the anchor, at year precision', () => {
    expect(span('over the past 13 years')).toEqual({
      start: '2012-03-09',
      end: SUNDAY,
      precision: 'YEAR',
      edtf: '2012/2025',
      phrase: 'over the past 13 years',
      anchor: SUNDAY,
    });
  });

  it('resolves "in the past two days" to the two days before the anchor and the anchor', () => {
    expect(span('in the past two days')).toMatchObject({
      start: '2025-03-07',
      end: SUNDAY,
      precision: 'DAY',
      edtf: '2025-03-07/2025-03-09',
    });
  });

  it('resolves "last week" to the seven days before the anchor', () => {
    expect(span('last week')).toMatchObject({ start: '2025-03-02', end: '2025-03-08' });
  });
});

describe('resolveTimeSpan: explicit bounds', () => {
  it('expands a month start to the whole month', () => {
    expect(resolveTimeSpan({ start: '2024-12' })).toEqual({
      start: '2024-12-01',
      end: '2024-12-31',
      precision: 'MONTH',
      edtf: '2024-12',
      phrase: null,
      anchor: null,
    });
  });

  it('expands year bounds to an interval from the first day of the start to the last day of the end', () => {
    expect(resolveTimeSpan({ start: '2012', end: '2025' })).toMatchObject({
      start: '2012-01-01',
      end: '2025-12-31',
      precision: 'YEAR',
      edtf: '2012/2025',
    });
  });

  it('takes a single day as it is', () => {
    expect(resolveTimeSpan({ start: '2025-03-06' })).toMatchObject({
      start: '2025-03-06',
      end: '2025-03-06',
      precision: 'DAY',
      edtf: '2025-03-06',
    });
  });

  it('prefers explicit bounds over a phrase, but keeps the phrase', () => {
    const result = resolveTimeSpan({ phrase: 'recently', start: '2024-12' }, SUNDAY);
    expect(result).toMatchObject({
      start: '2024-12-01',
      edtf: '2024-12',
      phrase: 'recently',
      anchor: SUNDAY,
    });
  });

  it('rejects an end before the start', () => {
    expect(() => resolveTimeSpan({ start: '2025', end: '2012' })).toThrow(TimePhraseError);
    expect(() => resolveTimeSpan({ start: '2025-03-09', end: '2025-03-08' })).toThrow(TimePhraseError);
  });

  it('accepts an end on the same day as the start', () => {
    expect(resolveTimeSpan({ start: '2025-03-09', end: '2025-03-09' })).toMatchObject({
      start: '2025-03-09',
      end: '2025-03-09',
      edtf: '2025-03-09',
    });
  });

  it('rejects an explicit day that is not on the calendar', () => {
    expect(() => resolveTimeSpan({ start: '2025-02-30' })).toThrow(TimePhraseError);
  });
});

describe('resolveTimeSpan: anchors and errors', () => {
  it('rejects an unknown phrase with an error that names it', () => {
    expect(() => span('recently')).toThrow(TimePhraseError);
    expect(() => span('recently')).toThrow(/"recently"/);
  });

  it('rejects a number word it cannot read', () => {
    expect(() => span('umpteen years ago')).toThrow(TimePhraseError);
  });

  it('refuses to resolve a phrase without an anchor', () => {
    expect(() => resolveTimeSpan({ phrase: 'on Thursday' })).toThrow(TimePhraseError);
    expect(() => resolveTimeSpan({ phrase: 'on Thursday' })).toThrow(/anchor/);
  });

  it('refuses input with neither a phrase nor a start', () => {
    expect(() => resolveTimeSpan({}, SUNDAY)).toThrow(TimePhraseError);
  });

  it('uses an explicit anchor in place of the default one', () => {
    // Wednesday 2025-01-15: the latest Thursday is 2025-01-09.
    const result = resolveTimeSpan({ phrase: 'on Thursday', anchor: '2025-01-15' }, SUNDAY);
    expect(result).toMatchObject({ start: '2025-01-09', end: '2025-01-09', anchor: '2025-01-15' });
  });

  it('rejects an anchor that is not a calendar date', () => {
    expect(() => span('on Thursday', '2025-02-30')).toThrow(TimePhraseError);
    expect(() => span('on Thursday', '2025-02-30')).toThrow(/2025-02-30/);
    expect(() => span('on Thursday', 'yesterday')).toThrow(TimePhraseError);
  });

  it('rejects an explicit month that does not exist instead of rolling it over', () => {
    expect(() => resolveTimeSpan({ start: '2024-13' })).toThrow(/no month 13/);
    expect(() => resolveTimeSpan({ start: '2024-00' })).toThrow(TimePhraseError);
  });

  it('counts years back from a leap day to the last day of February', () => {
    expect(resolveTimeSpan({ phrase: 'over the past 13 years' }, '2024-02-29')).toMatchObject({
      start: '2011-02-28',
      end: '2024-02-29',
    });
  });
});
