/**
 * Turns the dates that reports give ("on Thursday", "last December", "three months ago",
 * "in August 2023", "over the past 13 years") into intervals, keeping the phrase and the anchor
 * date it was resolved against, so that a reader can always check the resolution.
 */
import type { TimePrecision } from './vocabulary.js';

export interface TimeSpan {
  /** First day of the interval, YYYY-MM-DD. */
  start: string;
  /** Last day of the interval, YYYY-MM-DD (inclusive). */
  end: string;
  precision: TimePrecision;
  /** Extended Date/Time Format rendering: 2025-03-06, 2024-12, 2012/2025. */
  edtf: string;
  phrase: string | null;
  anchor: string | null;
}

export interface TimeSpanInput {
  phrase?: string | undefined;
  anchor?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
}

export class TimePhraseError extends Error {}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
type Unit = 'day' | 'week' | 'month' | 'year';

/** Resolves a time given either as explicit bounds or as a phrase against an anchor date. */
export function resolveTimeSpan(input: TimeSpanInput, defaultAnchor?: string): TimeSpan {
  const anchor = input.anchor ?? defaultAnchor ?? null;
  const phrase = input.phrase ?? null;
  if (input.start !== undefined) {
    return fromExplicitBounds(input.start, input.end, phrase, anchor);
  }
  if (phrase === null) throw new TimePhraseError('give a phrase to resolve or an explicit start');
  if (anchor === null) {
    throw new TimePhraseError(
      `cannot resolve "${phrase}" without an anchor date (the claim's saidOn or the source's publishedOn)`,
    );
  }
  const resolved = resolvePhrase(phrase, parseDay(anchor));
  if (resolved === null) {
    throw new TimePhraseError(
      `cannot resolve the phrase "${phrase}"; give an explicit start (and end) instead`,
    );
  }
  return { ...resolved, phrase, anchor };
}

function fromExplicitBounds(
  start: string,
  end: string | undefined,
  phrase: string | null,
  anchor: string | null,
): TimeSpan {
  const precision = precisionOf(start);
  const first = periodOf(start);
  const last = periodOf(end ?? start);
  if (last.end < first.start) {
    throw new TimePhraseError(`end ${end} is before start ${start}`);
  }
  return {
    start: formatDay(first.start),
    end: formatDay(last.end),
    precision,
    edtf: end === undefined || end === start ? start : `${start}/${end}`,
    phrase,
    anchor,
  };
}

function resolvePhrase(raw: string, anchor: Date): Omit<TimeSpan, 'phrase' | 'anchor'> | null {
  const phrase = raw
    .toLowerCase()
    .replace(/^(on|in|since|during|from)\s+/, '')
    .trim();

  if (phrase === 'today') return day(anchor);
  if (phrase === 'yesterday') return day(addDays(anchor, -1));

  const weekday = WEEKDAYS.indexOf(phrase.replace(/^last\s+/, ''));
  if (weekday >= 0) {
    // "on Thursday" in a report means the latest Thursday on or before the day it was written.
    const back = (anchor.getUTCDay() - weekday + 7) % 7;
    return day(addDays(anchor, phrase.startsWith('last ') && back === 0 ? -7 : -back));
  }

  const lastMonth = /^last\s+([a-z]+)$/.exec(phrase);
  if (lastMonth && MONTHS.includes(lastMonth[1]!)) {
    const month = MONTHS.indexOf(lastMonth[1]!);
    // "last December" is the most recent December before the anchor's own month.
    const year = month < anchor.getUTCMonth() ? anchor.getUTCFullYear() : anchor.getUTCFullYear() - 1;
    return month1(year, month);
  }
  if (phrase === 'last week') return interval(addDays(anchor, -7), addDays(anchor, -1), 'DAY');
  if (phrase === 'last month') {
    return month1(anchor.getUTCFullYear(), anchor.getUTCMonth() - 1);
  }
  if (phrase === 'last year') return year1(anchor.getUTCFullYear() - 1);

  const monthYear = /^([a-z]+)\s+(\d{4})$/.exec(phrase);
  if (monthYear && MONTHS.includes(monthYear[1]!)) {
    return month1(Number(monthYear[2]), MONTHS.indexOf(monthYear[1]!));
  }
  const yearOnly = /^(\d{4})$/.exec(phrase);
  if (yearOnly) return year1(Number(yearOnly[1]));

  const ago = /^(\w+)\s+(day|week|month|year)s?\s+ago$/.exec(phrase);
  if (ago) {
    const n = parseCount(ago[1]!);
    if (n === null) return null;
    return unitAgo(anchor, n, ago[2] as Unit);
  }

  const past = /^(?:(?:over|in|during)\s+)?the\s+(?:past|last)\s+(\w+)\s+(day|week|month|year)s?$/.exec(
    phrase,
  );
  if (past) {
    const n = parseCount(past[1]!);
    if (n === null) return null;
    const unit = past[2] as Unit;
    const from = shift(anchor, -n, unit);
    return interval(from, anchor, unit === 'year' ? 'YEAR' : unit === 'month' ? 'MONTH' : 'DAY');
  }
  return null;
}

function unitAgo(anchor: Date, n: number, unit: Unit): Omit<TimeSpan, 'phrase' | 'anchor'> {
  const then = shift(anchor, -n, unit);
  if (unit === 'day') return day(then);
  if (unit === 'week') return interval(addDays(then, -3), addDays(then, 3), 'DAY');
  if (unit === 'month') return month1(then.getUTCFullYear(), then.getUTCMonth());
  return year1(then.getUTCFullYear());
}

function shift(date: Date, n: number, unit: Unit): Date {
  if (unit === 'day') return addDays(date, n);
  if (unit === 'week') return addDays(date, 7 * n);
  const months = unit === 'month' ? n : 12 * n;
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  // Keep the day of month where it exists: 29 February minus a year is 28 February.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

function parseCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  const n = NUMBER_WORDS.indexOf(word);
  return n >= 0 ? n : null;
}

function day(date: Date): Omit<TimeSpan, 'phrase' | 'anchor'> {
  const d = formatDay(date);
  return { start: d, end: d, precision: 'DAY', edtf: d };
}

function month1(year: number, monthIndex: number): Omit<TimeSpan, 'phrase' | 'anchor'> {
  const start = new Date(Date.UTC(year, monthIndex, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return {
    start: formatDay(start),
    end: formatDay(end),
    precision: 'MONTH',
    edtf: formatDay(start).slice(0, 7),
  };
}

function year1(year: number): Omit<TimeSpan, 'phrase' | 'anchor'> {
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'YEAR', edtf: String(year) };
}

function interval(from: Date, to: Date, precision: TimePrecision): Omit<TimeSpan, 'phrase' | 'anchor'> {
  const cut = precision === 'DAY' ? 10 : precision === 'MONTH' ? 7 : 4;
  return {
    start: formatDay(from),
    end: formatDay(to),
    precision,
    edtf: `${formatDay(from).slice(0, cut)}/${formatDay(to).slice(0, cut)}`,
  };
}

function precisionOf(partial: string): TimePrecision {
  return partial.length === 4 ? 'YEAR' : partial.length === 7 ? 'MONTH' : 'DAY';
}

/** The first and last day of a partial date: 2024-12 runs from 2024-12-01 to 2024-12-31. */
function periodOf(partial: string): { start: Date; end: Date } {
  const [y, m, d] = partial.split('-').map(Number) as [number, number?, number?];
  if (m !== undefined && (m < 1 || m > 12)) throw new TimePhraseError(`${partial} has no month ${m}`);
  if (m === undefined) return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y, 11, 31)) };
  if (d === undefined) {
    return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 0)) };
  }
  const only = parseDay(partial);
  return { start: only, end: only };
}

function parseDay(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || formatDay(date) !== iso) {
    throw new TimePhraseError(`${iso} is not a calendar date`);
  }
  return date;
}

function addDays(date: Date, n: number): Date {
  return new Date(date.getTime() + n * 86_400_000);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
