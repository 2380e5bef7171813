/** Which kinds of record each predicate links: checked on import and on every mutation. */
import type { Predicate } from './vocabulary.js';

export type RecordType = 'Actor' | 'Faction' | 'Place' | 'Event' | 'Source' | 'Claim';

const AGENT: RecordType[] = ['Actor', 'Faction'];
const ENTITY: RecordType[] = ['Actor', 'Faction', 'Place', 'Event'];

export interface PredicateRule {
  subject: RecordType[];
  object?: RecordType[];
}

export const PREDICATE_RULES: Record<Predicate, PredicateRule> = {
  OCCURRED: { subject: ['Event'] },
  PARTICIPATED_IN: { subject: AGENT, object: ['Event'] },
  OCCURRED_IN: { subject: ['Event'], object: ['Place'] },
  OCCURRED_ON: { subject: ['Event'] },
  COUNT: { subject: ['Event', 'Place', 'Faction'] },
  MEMBER_OF: { subject: AGENT, object: ['Faction'] },
  LEADS: { subject: AGENT, object: ['Faction'] },
  LOCATED_IN: { subject: AGENT, object: ['Place'] },
  BLAMED_FOR: { subject: AGENT, object: ['Event'] },
  OPPOSES: { subject: [...AGENT, 'Place'], object: AGENT },
  SUPPORTS: { subject: [...AGENT, 'Place'], object: AGENT },
  STATED: { subject: AGENT },
  DESCRIBED_AS: { subject: ENTITY },
  CONFIRMS: { subject: ENTITY },
  CANNOT_VERIFY: { subject: ENTITY },
  DISPUTES: { subject: ENTITY },
};
