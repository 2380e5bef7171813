/**
 * The lens a request reads the record through: how the API's input becomes a lens, the day a
 * claim counts as said. Which claims a lens lets through is decided
 * in Cypher (cypher/fragments/claimVisible.cypher) and tested on the database in
 * test/integration/lens-visibility.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { reportedOn, toLens, type Lens } from '../../src/services/lens.js';
import { claimRecord } from '../helpers/records.js';

/** A lens with only the given fields set. */
function lens(fields: Partial<Lens>): Lens {
  return {
    minReliability: null,
    verification: null,
    excludeAffiliatedWith: null,
    onlySource: null,
    firstHandOnly: false,
    originKinds: null,
    asOf: null,
    ...fields,
  };
}

describe('toLens', () => {
  it('returns null for an absent or empty lens', () => {
    expect(toLens(undefined)).toBeNull();
    expect(toLens(null)).toBeNull();
    expect(toLens({})).toBeNull();
    expect(toLens(null, null)).toBeNull();
    expect(
      toLens({
        minReliability: null,
        verification: [],
        excludeAffiliatedWith: [],
        onlySource: null,
        firstHandOnly: false,
        originKinds: [],
        asOf: null,
      }),
    ).toBeNull();
  });

  it('folds the asOf argument in, also when there is no lens', () => {
    expect(toLens(null, '2025-03-07')).toEqual(lens({ asOf: '2025-03-07' }));
    expect(toLens({ minReliability: 'B' }, '2025-03-07')).toEqual(
      lens({ minReliability: 'B', asOf: '2025-03-07' }),
    );
  });

  it("lets the asOf argument win over the lens's own asOf, and keeps the lens's when there is none", () => {
    expect(toLens({ asOf: '2025-01-01' }, '2025-03-07')?.asOf).toBe('2025-03-07');
    expect(toLens({ asOf: '2025-01-01' })?.asOf).toBe('2025-01-01');
    expect(toLens({ asOf: '2025-01-01' }, null)?.asOf).toBe('2025-01-01');
  });

  it('fills every field of the lens from the input', () => {
    expect(
      toLens({
        minReliability: 'C',
        verification: ['VERIFIED', 'CORROBORATED'],
        excludeAffiliatedWith: ['faction:red-hand'],
        onlySource: 'source:monitor',
        firstHandOnly: true,
        originKinds: ['WITNESS'],
      }),
    ).toEqual({
      minReliability: 'C',
      verification: ['VERIFIED', 'CORROBORATED'],
      excludeAffiliatedWith: ['faction:red-hand'],
      onlySource: 'source:monitor',
      firstHandOnly: true,
      originKinds: ['WITNESS'],
      asOf: null,
    });
  });

  it('is active with a single field set', () => {
    expect(toLens({ firstHandOnly: true })).toEqual(lens({ firstHandOnly: true }));
    expect(toLens({ verification: ['VERIFIED'] })).toEqual(lens({ verification: ['VERIFIED'] }));
    expect(toLens({ onlySource: 'source:monitor' })).toEqual(lens({ onlySource: 'source:monitor' }));
  });

  it('copies the lists it is given', () => {
    const verification: ('VERIFIED' | 'CORROBORATED')[] = ['VERIFIED'];
    const made = toLens({ verification })!;
    verification.push('CORROBORATED');
    expect(made.verification).toEqual(['VERIFIED']);
  });
});

describe('reportedOn', () => {
  it('is the day the claim was said, or else the day it was recorded', () => {
    expect(reportedOn(claimRecord('claim:a', { saidOn: '2025-03-07' }))).toBe('2025-03-07');
    expect(reportedOn(claimRecord('claim:a', { saidOn: null, recordedAt: '2025-03-08T23:30:00.000Z' }))).toBe(
      '2025-03-08',
    );
  });
});
