/** Hand-built records for unit tests of pure logic: plain defaults, override what matters. */
import type { ClaimRecord } from '../../src/repositories/records.js';

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
