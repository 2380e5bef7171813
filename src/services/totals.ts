/**
 * Totals of reported numbers, always as a range with the rule that made it and the claims that
 * went in. Within one event each independent speaker contributes one figure (their highest, or
 * their latest); the range runs from the lowest of those figures to the highest. Events are
 * added up, except an event whose larger event already has a figure of its own for the same
 * measure, which would otherwise be counted twice.
 */
import type { CountMeasure, CountUnit } from '../domain/vocabulary.js';
import type { ClaimRecord } from '../repositories/records.js';
import { reportedOn } from './lens.js';

export type TotalRule = 'HIGHEST_PER_SPEAKER' | 'LATEST_PER_SPEAKER' | 'VERIFIED_ONLY';

export const TOTAL_RULE_DESCRIPTIONS: Record<TotalRule, string> = {
  HIGHEST_PER_SPEAKER:
    'one figure per independent speaker (their highest); low is the lowest of those, high the highest; events added up',
  LATEST_PER_SPEAKER:
    'one figure per independent speaker (their latest); low is the lowest of those, high the highest; events added up',
  VERIFIED_ONLY: 'as HIGHEST_PER_SPEAKER, from verified or corroborated claims only',
};

/** What the rules read of a claim: its figure, its event, its status and when it was said. */
export type TotalFigure = Pick<
  ClaimRecord,
  'id' | 'subjectId' | 'count' | 'verification' | 'saidOn' | 'recordedAt'
>;

export interface TotalModel<F extends TotalFigure = TotalFigure> {
  measure: CountMeasure;
  category: string | null;
  unit: CountUnit;
  low: number;
  /** The highest figure given; see openEnded. */
  high: number;
  /** True when a figure that went in has no upper bound ("more than 740"). */
  openEnded: boolean;
  rule: TotalRule;
  /** The claims whose figures went into the range. */
  claims: F[];
  /** Claims of the same measure left out by the rule (lower or older figures, double counts). */
  setAside: F[];
  independentSpeakers: number;
  /** True only when every claim that went in is verified or corroborated. */
  verified: boolean;
}

const isVerified = (c: TotalFigure) => c.verification === 'VERIFIED' || c.verification === 'CORROBORATED';

/** Linear in the number of figures: a country's totals add up tens of thousands of them. */
export function totalsOf<F extends TotalFigure>(
  countClaims: F[],
  ancestorsOf: (subjectId: string) => string[],
  rule: TotalRule,
  speakerOf: (claim: F) => string,
): TotalModel<F>[] {
  const eligible = countClaims.filter(
    (c) =>
      c.count &&
      c.count.low !== null &&
      c.subjectId &&
      c.verification !== 'RETRACTED' &&
      (rule !== 'VERIFIED_ONLY' || isVerified(c)),
  );
  const keyOf = (c: F) => `${c.count!.measure}|${c.count!.category ?? ''}|${c.count!.unit}`;
  const sameKey = groupBy(
    countClaims.filter((c) => c.count),
    keyOf,
  );
  const totals: TotalModel<F>[] = [];
  for (const [key, claims] of groupBy(eligible, keyOf)) {
    const subjects = new Set(claims.map((c) => c.subjectId!));
    const counted = claims.filter((c) => !ancestorsOf(c.subjectId!).some((a) => subjects.has(a)));
    let low = 0;
    let high = 0;
    const used: F[] = [];
    for (const subjectClaims of groupBy(counted, (c) => c.subjectId!).values()) {
      const picked = [...groupBy(subjectClaims, speakerOf).values()].map((own) => pick(own, rule));
      low += Math.min(...picked.map((c) => c.count!.low!));
      high += Math.max(...picked.map((c) => c.count!.high ?? c.count!.low!));
      used.push(...picked);
    }
    const usedIds = new Set(used.map((c) => c.id));
    const first = claims[0]!.count!;
    totals.push({
      measure: first.measure,
      category: first.category,
      unit: first.unit,
      low,
      high,
      openEnded: used.some((c) => c.count!.high === null),
      rule,
      claims: sortById(used),
      setAside: sortById((sameKey.get(key) ?? []).filter((c) => !usedIds.has(c.id))),
      independentSpeakers: new Set(used.map(speakerOf)).size,
      verified: used.every(isVerified),
    });
  }
  return totals.sort((a, b) => `${a.measure}|${a.category}`.localeCompare(`${b.measure}|${b.category}`));
}

function pick<F extends TotalFigure>(claims: F[], rule: TotalRule): F {
  const byLatest = (a: F, b: F) => reportedOn(b).localeCompare(reportedOn(a));
  const byHighest = (a: F, b: F) => b.count!.low! - a.count!.low!;
  const order =
    rule === 'LATEST_PER_SPEAKER'
      ? (a: F, b: F) => byLatest(a, b) || byHighest(a, b)
      : (a: F, b: F) => byHighest(a, b) || byLatest(a, b);
  return [...claims].sort(order)[0]!;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function sortById<F extends TotalFigure>(claims: F[]): F[] {
  return [...claims].sort((a, b) => a.id.localeCompare(b.id));
}
