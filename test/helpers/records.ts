/** Hand-built records for unit tests of pure logic: plain defaults, override what matters. */
import type { ClaimRecord, CountRecord } from '../../src/repositories/records.js';

export function claimRecord(id: string, overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id,
    type: 'Claim',
    predicate: 'OCCURRED',
    role: null,
    quote: null,
    quoteWithheld: false,
    statement: null,
    count: null,
    time: null,
    chain: ['source:outlet-1'],
    subjectId: 'event:velmora-raid',
    objectId: null,
    placeIds: [],
    aboutIds: [],
    commentaryIds: [],
    supportLinkIds: [],
    contradictionLinkIds: [],
    verificationSteps: [],
    credibility: 6,
    verification: 'UNVERIFIED',
    saidOn: '2025-03-07',
    recordedAt: '2025-03-08T09:00:00.000Z',
    identifying: false,
    note: null,
    ...overrides,
  };
}

/** A count of people killed from `low` to `high` (null: no upper bound, "more than"). */
export function countRecord(
  low: number | null,
  high: number | null,
  overrides: Partial<CountRecord> = {},
): CountRecord {
  return {
    value: low,
    qualifier: high === null ? 'MORE_THAN' : 'EXACT',
    low,
    best: low === high ? low : null,
    high,
    unit: 'PEOPLE',
    measure: 'KILLED',
    category: null,
    ...overrides,
  };
}

/** A COUNT claim of people killed: `killedClaim('claim:a', 12, 12, ['source:monitor'])`. */
export function killedClaim(
  id: string,
  low: number | null,
  high: number | null,
  chain: string[],
  overrides: Partial<ClaimRecord> = {},
): ClaimRecord {
  return claimRecord(id, { predicate: 'COUNT', count: countRecord(low, high), chain, ...overrides });
}
