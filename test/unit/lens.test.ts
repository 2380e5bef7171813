/**
 * The lens a request reads the record through, and the one predicate every claim must pass.
 */
import { describe, expect, it } from 'vitest';
import type { ReliabilityGrade } from '../../src/domain/vocabulary.js';
import { AppError } from '../../src/errors.js';
import type { ClaimRecord } from '../../src/repositories/records.js';
import {
  passesLens,
  reportedOn,
  RequestLens,
  toLens,
  type Lens,
  type LensSource,
} from '../../src/services/lens.js';
import { claimRecord } from '../helpers/records.js';

function claim(id: string, over: Partial<ClaimRecord> = {}): ClaimRecord {
  return claimRecord(id, { chain: ['source:outlet-1', 'source:monitor'], ...over });
}

function source(id: string, over: Partial<LensSource> & { grade?: ReliabilityGrade } = {}): LensSource {
  const { grade, ...rest } = over;
  return {
    id,
    kind: 'MEDIA',
    reliability: grade ? { grade, gradedBy: 'actor:desk', gradedOn: '2025-01-01', note: null } : null,
    affiliationIds: [],
    ...rest,
  };
}

const outlet = source('source:outlet-1', { kind: 'MEDIA', grade: 'B' });
const monitor = source('source:monitor', { kind: 'MONITOR', grade: 'A' });
const chain = [outlet, monitor];
const relayed = claim('claim:a');

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
    expect(reportedOn(claim('claim:a', { saidOn: '2025-03-07' }))).toBe('2025-03-07');
    expect(reportedOn(claim('claim:a', { saidOn: null, recordedAt: '2025-03-08T23:30:00.000Z' }))).toBe(
      '2025-03-08',
    );
  });
});

describe('passesLens', () => {
  it('lets everything through without a lens', () => {
    expect(passesLens(relayed, chain, null)).toBe(true);
    expect(passesLens(claim('claim:r', { verification: 'RETRACTED' }), [null], null)).toBe(true);
  });

  describe('minReliability', () => {
    it('requires every source of the chain, not only the publisher, to be graded that well', () => {
      const weakOrigin = [
        source('source:outlet-1', { grade: 'A' }),
        source('source:monitor', { grade: 'D' }),
      ];
      const weakPublisher = [
        source('source:outlet-1', { grade: 'D' }),
        source('source:monitor', { grade: 'A' }),
      ];
      expect(passesLens(relayed, chain, lens({ minReliability: 'B' }))).toBe(true);
      expect(passesLens(relayed, chain, lens({ minReliability: 'A' }))).toBe(false);
      expect(passesLens(relayed, weakOrigin, lens({ minReliability: 'B' }))).toBe(false);
      expect(passesLens(relayed, weakPublisher, lens({ minReliability: 'B' }))).toBe(false);
    });

    it('treats the grade as a floor: the same grade or better passes', () => {
      const graded = (grade: ReliabilityGrade) => [source('source:witness', { grade })];
      const witness = claim('claim:w', { chain: ['source:witness'] });
      expect(passesLens(witness, graded('C'), lens({ minReliability: 'C' }))).toBe(true);
      expect(passesLens(witness, graded('B'), lens({ minReliability: 'C' }))).toBe(true);
      expect(passesLens(witness, graded('D'), lens({ minReliability: 'C' }))).toBe(false);
    });

    it('counts an ungraded source as F', () => {
      const ungraded = [outlet, source('source:monitor')];
      expect(passesLens(relayed, ungraded, lens({ minReliability: 'E' }))).toBe(false);
      expect(passesLens(relayed, ungraded, lens({ minReliability: 'F' }))).toBe(true);
    });

    it('lets no claim through whose chain has a source it cannot see', () => {
      expect(passesLens(relayed, [outlet, null], lens({ minReliability: 'F' }))).toBe(false);
    });
  });

  describe('verification', () => {
    it('lets through only the statuses asked for', () => {
      const only = lens({ verification: ['VERIFIED', 'CORROBORATED'] });
      expect(passesLens(claim('claim:a', { verification: 'VERIFIED' }), chain, only)).toBe(true);
      expect(passesLens(claim('claim:a', { verification: 'CORROBORATED' }), chain, only)).toBe(true);
      expect(passesLens(claim('claim:a', { verification: 'UNVERIFIED' }), chain, only)).toBe(false);
      expect(passesLens(claim('claim:a', { verification: 'DISPUTED' }), chain, only)).toBe(false);
      expect(passesLens(claim('claim:a', { verification: 'RETRACTED' }), chain, only)).toBe(false);
    });
  });

  describe('excludeAffiliatedWith', () => {
    const exclude = lens({ excludeAffiliatedWith: ['faction:red-hand', 'actor:governor'] });

    it('leaves out a claim any of whose sources is affiliated with an excluded party', () => {
      const partisanOrigin = [
        outlet,
        source('source:monitor', { affiliationIds: ['actor:monitor', 'faction:red-hand'] }),
      ];
      const partisanPublisher = [source('source:outlet-1', { affiliationIds: ['actor:governor'] }), monitor];
      expect(passesLens(relayed, partisanOrigin, exclude)).toBe(false);
      expect(passesLens(relayed, partisanPublisher, exclude)).toBe(false);
    });

    it('keeps a claim whose sources are affiliated with other parties only', () => {
      const other = [outlet, source('source:monitor', { affiliationIds: ['faction:blue-hand'] })];
      expect(passesLens(relayed, chain, exclude)).toBe(true);
      expect(passesLens(relayed, other, exclude)).toBe(true);
    });

    it('leaves out a claim whose chain has a source it cannot see', () => {
      expect(passesLens(relayed, [outlet, null], exclude)).toBe(false);
    });
  });

  describe('onlySource', () => {
    it('keeps claims with the source anywhere in the chain', () => {
      expect(passesLens(relayed, chain, lens({ onlySource: 'source:monitor' }))).toBe(true);
      expect(passesLens(relayed, chain, lens({ onlySource: 'source:outlet-1' }))).toBe(true);
      expect(passesLens(relayed, chain, lens({ onlySource: 'source:outlet-2' }))).toBe(false);
    });
  });

  describe('firstHandOnly', () => {
    it('keeps claims whose publisher is the original speaker, and drops relayed ones', () => {
      const firstHand = claim('claim:w', { chain: ['source:witness'] });
      const only = lens({ firstHandOnly: true });
      expect(passesLens(firstHand, [source('source:witness', { kind: 'WITNESS' })], only)).toBe(true);
      expect(passesLens(relayed, chain, only)).toBe(false);
    });
  });

  describe('originKinds', () => {
    it('looks at the kind of the original source, not the publisher', () => {
      expect(passesLens(relayed, chain, lens({ originKinds: ['MONITOR'] }))).toBe(true);
      expect(passesLens(relayed, chain, lens({ originKinds: ['WITNESS', 'MONITOR'] }))).toBe(true);
      expect(passesLens(relayed, chain, lens({ originKinds: ['MEDIA'] }))).toBe(false);
    });

    it('drops a claim whose original source it cannot see', () => {
      expect(passesLens(relayed, [outlet, null], lens({ originKinds: ['MEDIA', 'MONITOR'] }))).toBe(false);
    });
  });

  describe('asOf', () => {
    it('keeps claims said up to the end of the day, and drops later ones', () => {
      const said = (saidOn: string) => claim('claim:a', { saidOn, recordedAt: '2025-01-01T00:00:00.000Z' });
      const asOf = lens({ asOf: '2025-03-07' });
      expect(passesLens(said('2025-03-06'), chain, asOf)).toBe(true);
      expect(passesLens(said('2025-03-07'), chain, asOf)).toBe(true);
      expect(passesLens(said('2025-03-08'), chain, asOf)).toBe(false);
    });

    it('judges by saidOn, not by when the claim was recorded', () => {
      const late = claim('claim:a', { saidOn: '2025-03-01', recordedAt: '2025-06-01T00:00:00.000Z' });
      expect(passesLens(late, chain, lens({ asOf: '2025-03-07' }))).toBe(true);
    });

    it('falls back to the day the claim was recorded when saidOn is unknown', () => {
      const recorded = (recordedAt: string) => claim('claim:a', { saidOn: null, recordedAt });
      const asOf = lens({ asOf: '2025-03-07' });
      expect(passesLens(recorded('2025-03-07T23:59:59.000Z'), chain, asOf)).toBe(true);
      expect(passesLens(recorded('2025-03-08T00:00:01.000Z'), chain, asOf)).toBe(false);
    });
  });

  it('requires every field of the lens to pass', () => {
    const both = lens({ verification: ['VERIFIED'], originKinds: ['MONITOR'] });
    expect(passesLens(claim('claim:a', { verification: 'VERIFIED' }), chain, both)).toBe(true);
    expect(passesLens(claim('claim:a', { verification: 'UNVERIFIED' }), chain, both)).toBe(false);
    expect(passesLens(claim('claim:a', { verification: 'VERIFIED' }), [monitor, outlet], both)).toBe(false);
  });
});

describe('RequestLens', () => {
  const a = toLens({ minReliability: 'B' });
  const b = toLens({ minReliability: 'C' });

  it('starts without a lens', () => {
    expect(new RequestLens().value).toBeNull();
  });

  it('accepts the same lens from several fields', () => {
    const request = new RequestLens();
    request.use(a);
    expect(() => request.use(toLens({ minReliability: 'B' }))).not.toThrow();
    expect(request.value).toEqual(a);
  });

  it('refuses a different lens from another field with BAD_USER_INPUT', () => {
    const request = new RequestLens();
    request.use(a);
    let error: unknown;
    try {
      request.use(b);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    expect((error as AppError).toGraphQLError().extensions.code).toBe('BAD_USER_INPUT');
    expect(request.value).toEqual(a);
  });

  it('refuses the same lens with a different asOf', () => {
    const request = new RequestLens();
    request.use(toLens({ minReliability: 'B' }, '2025-03-07'));
    expect(() => request.use(toLens({ minReliability: 'B' }, '2025-03-08'))).toThrow(AppError);
  });

  it('keeps the lens when a later field has none', () => {
    const request = new RequestLens();
    request.use(a);
    request.use(null);
    expect(request.value).toEqual(a);
    // And the lens stays fixed: a different one is still refused.
    expect(() => request.use(b)).toThrow(AppError);
  });

  it('takes the lens of a later field when the earlier one had none', () => {
    const request = new RequestLens();
    request.use(null);
    request.use(a);
    expect(request.value).toEqual(a);
  });
});
