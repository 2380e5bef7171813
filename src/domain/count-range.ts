/**
 * Reported numbers are ranges with a qualifier: "more than 740" is low 741 with no upper bound,
 * "dozens" is 24..99. The qualifier is always kept beside the range.
 */
import type { CountQualifier, CountUnit } from './vocabulary.js';

export interface CountRange {
  low: number | null;
  best: number | null;
  high: number | null;
}

const VAGUE_RANGES: Partial<Record<CountQualifier, [number, number]>> = {
  SEVERAL: [3, 9],
  DOZENS: [24, 99],
  HUNDREDS: [200, 999],
  THOUSANDS: [2000, 9999],
};

/**
 * The range a figure allows, bound by bound, with whether each bound is included: the words'
 * own bounds for "more than" (lower excluded) and "less than" (upper excluded), otherwise the
 * range's low and high, included. An upper bound of null is an open end.
 */
export interface CountBounds {
  lower: number | null;
  lowerInclusive: boolean;
  upper: number | null;
  upperInclusive: boolean;
  openEnded: boolean;
}

export function countBounds(count: {
  value: number | null;
  qualifier: CountQualifier;
  low: number | null;
  high: number | null;
}): CountBounds {
  let lower = { at: count.low, inclusive: count.low !== null };
  let upper = { at: count.high, inclusive: count.high !== null };
  if (count.value !== null && count.qualifier === 'MORE_THAN') lower = { at: count.value, inclusive: false };
  if (count.value !== null && count.qualifier === 'LESS_THAN') upper = { at: count.value, inclusive: false };
  return {
    lower: lower.at,
    lowerInclusive: lower.inclusive,
    upper: upper.at,
    upperInclusive: upper.inclusive,
    openEnded: upper.at === null,
  };
}

export function countRange(input: {
  value?: number | undefined;
  qualifier: CountQualifier;
  unit: CountUnit;
  low?: number | undefined;
  high?: number | undefined;
}): CountRange {
  const derived = deriveRange(input.value, input.qualifier, input.unit);
  return {
    low: input.low ?? derived.low,
    best: derived.best,
    high: input.high ?? derived.high,
  };
}

function deriveRange(value: number | undefined, qualifier: CountQualifier, unit: CountUnit): CountRange {
  const vague = VAGUE_RANGES[qualifier];
  if (vague) return { low: vague[0], best: null, high: vague[1] };
  if (value === undefined) return { low: null, best: null, high: null };
  // "More than 740 people" means at least 741; "more than 90%" has no next whole step.
  const step = unit === 'PERCENT' ? 0 : 1;
  switch (qualifier) {
    case 'EXACT':
      return { low: value, best: value, high: value };
    case 'ABOUT':
      // Integer arithmetic: 100 * 1.1 is 110.00000000000001 in floating point.
      return { low: Math.floor((value * 9) / 10), best: value, high: Math.ceil((value * 11) / 10) };
    case 'MORE_THAN':
      return { low: value + step, best: null, high: null };
    case 'AT_LEAST':
      return { low: value, best: null, high: null };
    case 'LESS_THAN':
      return { low: 0, best: null, high: value - step };
    case 'AT_MOST':
      return { low: 0, best: null, high: value };
    default:
      return { low: null, best: null, high: null };
  }
}
