/**
 * Totals of reported numbers, always as a range with the rule that made it and the claims that
 * went in. Within one event each independent speaker contributes one figure (their highest, or
 * their latest); the range runs from the lowest of those figures to the highest. Events are
 * added up, except an event whose larger event already has a figure of its own for the same
 * measure, which would otherwise be counted twice.
 */
import type { CountMeasure, CountUnit } from '../domain/vocabulary.js';
import type { ClaimRecord } from '../repositories/records.js';
import type { SpeakerOf } from './corroboration.js';
import { reportedOn } from './lens.js';

export type TotalRule = 'HIGHEST_PER_SPEAKER' | 'LATEST_PER_SPEAKER' | 'VERIFIED_ONLY';

export const TOTAL_RULE_DESCRIPTIONS: Record<TotalRule, string> = {
  HIGHEST_PER_SPEAKER:
    'one figure per independent speaker (their highest); low is the lowest of those, high the highest; events added up',
  LATEST_PER_SPEAKER:
    'one figure per independent speaker (their latest); low is the lowest of those, high the highest; events added up',
  VERIFIED_ONLY: 'as HIGHEST_PER_SPEAKER, from verified or corroborated claims only',
};

export interface TotalModel {
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
  claims: ClaimRecord[];
  /** Claims of the same measure left out by the rule (lower or older figures, double counts). */
  setAside: ClaimRecord[];
  independentSpeakers: number;
  /** True only when every claim that went in is verified or corroborated. */
  verified: boolean;
}

const isVerified = (c: ClaimRecord) => c.verification === 'VERIFIED' || c.verification === 'CORROBORATED';

export function totalsOf(
  countClaims: ClaimRecord[],
  ancestorsOf: (subjectId: string) => string[],
  rule: TotalRule,
  speakerOf: SpeakerOf,
): TotalModel[] {
  const eligible = countClaims.filter(
    (c) =>
      c.count &&
      c.count.low !== null &&
      c.subjectId &&
      c.verification !== 'RETRACTED' &&
      (rule !== 'VERIFIED_ONLY' || isVerified(c)),
  );
  const keyOf = (c: ClaimRecord) => `${c.count!.measure}|${c.count!.category ?? ''}|${c.count!.unit}`;
  const byKey = groupBy(eligible, keyOf);
  const totals: TotalModel[] = [];
  for (const [key, claims] of byKey) {
    const subjects = new Set(claims.map((c) => c.subjectId!));
    const counted = claims.filter((c) => !ancestorsOf(c.subjectId!).some((a) => subjects.has(a)));
    let low = 0;
    let high = 0;
    const used: ClaimRecord[] = [];
    for (const subjectClaims of groupBy(counted, (c) => c.subjectId!).values()) {
      const picked = [...groupBy(subjectClaims, speakerOf).values()].map((own) => pick(own, rule));
      low += Math.min(...picked.map((c) => c.count!.low!));
      high += Math.max(...picked.map((c) => c.count!.high ?? c.count!.low!));
      used.push(...picked);
    }
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
      setAside: sortById(countClaims.filter((c) => c.count && keyOf(c) === key && !used.includes(c))),
      independentSpeakers: new Set(used.map(speakerOf)).size,
      verified: used.every(isVerified),
    });
  }
  return totals.sort((a, b) => `${a.measure}|${a.category}`.localeCompare(`${b.measure}|${b.category}`));
}

function pick(claims: ClaimRecord[], rule: TotalRule): ClaimRecord {
  const byLatest = (a: ClaimRecord, b: ClaimRecord) => reportedOn(b).localeCompare(reportedOn(a));
  const byHighest = (a: ClaimRecord, b: ClaimRecord) => b.count!.low! - a.count!.low!;
  const order =
    rule === 'LATEST_PER_SPEAKER'
      ? (a: ClaimRecord, b: ClaimRecord) => byLatest(a, b) || byHighest(a, b)
      : (a: ClaimRecord, b: ClaimRecord) => byHighest(a, b) || byLatest(a, b);
  return [...claims].sort(order)[0]!;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

function sortById(claims: ClaimRecord[]): ClaimRecord[] {
  return [...claims].sort((a, b) => a.id.localeCompare(b.id));
}
