/**
 * Totals of reported numbers, always as a range with the rule that made it and the claims that
 * went in. Within one event each independent speaker contributes one figure (their highest, or
 * their latest); the range runs from the lowest of those figures to the highest. Events are
 * added up, except an event whose larger event already has a figure of its own for the same
 * measure, which would otherwise be counted twice. The database adds them up
 * (cypher/provenance/sumCountFiguresInScope.cypher): a country's totals read hundreds of
 * thousands of figures, which must not travel to the service.
 */
import type { TotalRow } from '../repositories/provenance-repository.js';

export type TotalRule = 'HIGHEST_PER_SPEAKER' | 'LATEST_PER_SPEAKER' | 'VERIFIED_ONLY';

export const TOTAL_RULE_DESCRIPTIONS: Record<TotalRule, string> = {
  HIGHEST_PER_SPEAKER:
    'one figure per independent speaker (their highest); low is the lowest of those, high the highest; events added up',
  LATEST_PER_SPEAKER:
    'one figure per independent speaker (their latest); low is the lowest of those, high the highest; events added up',
  VERIFIED_ONLY: 'as HIGHEST_PER_SPEAKER, from verified or corroborated claims only',
};

/** A total as the API shows it; the claims behind it are read only when selected. */
export interface TotalModel extends TotalRow {
  rule: TotalRule;
}

/** What the database statement needs to know of a rule. */
export function ruleChoices(rule: TotalRule): { latest: boolean; verifiedOnly: boolean } {
  return { latest: rule === 'LATEST_PER_SPEAKER', verifiedOnly: rule === 'VERIFIED_ONLY' };
}
