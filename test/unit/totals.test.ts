/**
 * Totals of reported numbers: one figure per independent speaker and event, a low..high range,
 * events added up without counting a sub-event twice.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../src/repositories/records.js';
import type { SpeakerOf } from '../../src/services/corroboration.js';
import { totalsOf, type TotalModel } from '../../src/services/totals.js';
import { claimRecord, countRecord, killedClaim } from '../helpers/records.js';

const RAID = 'event:velmora-raid';

function claim(id: string, over: Partial<ClaimRecord> = {}): ClaimRecord {
  return claimRecord(id, { subjectId: RAID, ...over });
}

const count = countRecord;

const killed = killedClaim;

const originSpeaker: SpeakerOf = (c) => c.chain.at(-1)!;
const noAncestors = () => [];
const ids = (claims: { id: string }[]) => claims.map((c) => c.id);

function only(totals: TotalModel[]): TotalModel {
  expect(totals).toHaveLength(1);
  return totals[0]!;
}

describe('totalsOf: one figure per speaker', () => {
  // The monitor first says 12, then revises down to 9; the official says 30.
  const monitorFirst = killed('claim:a', 12, 12, ['source:monitor'], { saidOn: '2025-03-07' });
  const monitorRevised = killed('claim:b', 9, 9, ['source:monitor'], { saidOn: '2025-03-10' });
  const official = killed('claim:c', 30, 30, ['source:official'], { saidOn: '2025-03-08' });
  const claims = [monitorFirst, monitorRevised, official];

  it("HIGHEST_PER_SPEAKER takes each speaker's highest figure", () => {
    const total = only(totalsOf(claims, noAncestors, 'HIGHEST_PER_SPEAKER', originSpeaker));
    expect(total).toMatchObject({
      measure: 'KILLED',
      category: null,
      unit: 'PEOPLE',
      low: 12,
      high: 30,
      openEnded: false,
      rule: 'HIGHEST_PER_SPEAKER',
      independentSpeakers: 2,
      verified: false,
    });
    expect(ids(total.claims)).toEqual(['claim:a', 'claim:c']);
    expect(ids(total.setAside)).toEqual(['claim:b']);
  });

  it("LATEST_PER_SPEAKER takes each speaker's latest figure by saidOn", () => {
    const total = only(totalsOf(claims, noAncestors, 'LATEST_PER_SPEAKER', originSpeaker));
    expect(total).toMatchObject({ low: 9, high: 30, rule: 'LATEST_PER_SPEAKER', independentSpeakers: 2 });
    expect(ids(total.claims)).toEqual(['claim:b', 'claim:c']);
    expect(ids(total.setAside)).toEqual(['claim:a']);
  });

  it('LATEST_PER_SPEAKER falls back to the day a claim was recorded when it has no saidOn', () => {
    const first = killed('claim:a', 12, 12, ['source:monitor'], {
      saidOn: null,
      recordedAt: '2025-03-11T08:00:00.000Z',
    });
    const second = killed('claim:b', 9, 9, ['source:monitor'], { saidOn: '2025-03-10' });
    const total = only(totalsOf([second, first], noAncestors, 'LATEST_PER_SPEAKER', originSpeaker));
    expect(ids(total.claims)).toEqual(['claim:a']);
  });

  it('does not depend on the order the claims come in', () => {
    const reversed = [...claims].reverse();
    for (const rule of ['HIGHEST_PER_SPEAKER', 'LATEST_PER_SPEAKER'] as const) {
      const a = only(totalsOf(claims, noAncestors, rule, originSpeaker));
      const b = only(totalsOf(reversed, noAncestors, rule, originSpeaker));
      expect([b.low, b.high, ids(b.claims), ids(b.setAside)]).toEqual([
        a.low,
        a.high,
        ids(a.claims),
        ids(a.setAside),
      ]);
    }
  });

  it('counts five outlets relaying one monitor as one speaker, not five claims', () => {
    const relays = [1, 2, 3, 4, 5].map((i) =>
      killed(`claim:relay-${i}`, 12, 12, [`source:outlet-${i}`, 'source:monitor']),
    );
    const witness = killed('claim:witness', 14, 14, ['source:witness']);
    const total = only(totalsOf([...relays, witness], noAncestors, 'HIGHEST_PER_SPEAKER', originSpeaker));
    expect(total.independentSpeakers).toBe(2);
    expect(total.claims).toHaveLength(2);
    expect(total.setAside).toHaveLength(4);
    expect(total.low).toBe(12);
    expect(total.high).toBe(14);
  });

  it('counts speakers through speakerOf, joining different origin sources of one speaker', () => {
    const speakers = new Map([
      ['source:monitor-site', 'actor:monitor'],
      ['source:monitor-feed', 'actor:monitor'],
    ]);
    const speakerOf: SpeakerOf = (c) => speakers.get(c.chain.at(-1)!) ?? c.chain.at(-1)!;
    const site = killed('claim:a', 12, 12, ['source:monitor-site']);
    const feed = killed('claim:b', 15, 15, ['source:monitor-feed']);
    const total = only(totalsOf([site, feed], noAncestors, 'HIGHEST_PER_SPEAKER', speakerOf));
    expect(total.independentSpeakers).toBe(1);
    expect(ids(total.claims)).toEqual(['claim:b']);
    expect([total.low, total.high]).toEqual([15, 15]);
  });
});

describe('totalsOf: the range', () => {
  it('runs from the lowest picked low to the highest picked high', () => {
    const monitor = killed('claim:a', 10, 15, ['source:monitor']);
    const official = killed('claim:b', 20, 25, ['source:official']);
    const witness = killed('claim:c', 12, 12, ['source:witness']);
    const total = only(
      totalsOf([monitor, official, witness], noAncestors, 'HIGHEST_PER_SPEAKER', originSpeaker),
    );
    expect(total.low).toBe(10);
    expect(total.high).toBe(25);
    expect(total.openEnded).toBe(false);
  });

  it('takes the low of an open-ended figure as its high, and says the total is open-ended', () => {
    // "more than 740" alongside "about 500".
    const monitor = killed('claim:a', 741, null, ['source:monitor']);
    const official = killed('claim:b', 450, 550, ['source:official']);
    const total = only(totalsOf([monitor, official], noAncestors, 'HIGHEST_PER_SPEAKER', originSpeaker));
    expect(total.low).toBe(450);
    expect(total.high).toBe(741);
    expect(total.openEnded).toBe(true);
  });

  it('is not open-ended because of an open-ended figure the rule set aside', () => {
    const old = killed('claim:a', 5, null, ['source:monitor'], { saidOn: '2025-03-01' });
    const latest = killed('claim:b', 12, 12, ['source:monitor'], { saidOn: '2025-03-10' });
    const total = only(totalsOf([old, latest], noAncestors, 'LATEST_PER_SPEAKER', originSpeaker));
    expect(total.openEnded).toBe(false);
    expect(ids(total.setAside)).toEqual(['claim:a']);
  });
});

describe('totalsOf: verification', () => {
  const verified = killed('claim:a', 12, 12, ['source:monitor'], { verification: 'VERIFIED' });
  const corroborated = killed('claim:b', 15, 15, ['source:witness'], { verification: 'CORROBORATED' });
  const unverified = killed('claim:c', 40, 40, ['source:official'], { verification: 'UNVERIFIED' });
  const disputed = killed('claim:d', 60, 60, ['source:army'], { verification: 'DISPUTED' });
  const higherUnverified = killed('claim:e', 20, 20, ['source:monitor'], { verification: 'UNVERIFIED' });

  it('VERIFIED_ONLY uses only verified and corroborated figures and says so', () => {
    const total = only(
      totalsOf(
        [verified, corroborated, unverified, disputed, higherUnverified],
        noAncestors,
        'VERIFIED_ONLY',
        originSpeaker,
      ),
    );
    expect(total.rule).toBe('VERIFIED_ONLY');
    expect(ids(total.claims)).toEqual(['claim:a', 'claim:b']);
    expect([total.low, total.high]).toEqual([12, 15]);
    expect(total.verified).toBe(true);
    expect(total.independentSpeakers).toBe(2);
    expect(ids(total.setAside)).toEqual(['claim:c', 'claim:d', 'claim:e']);
  });

  it('other rules report verified only when every figure that went in is verified or corroborated', () => {
    expect(
      only(totalsOf([verified, corroborated], noAncestors, 'HIGHEST_PER_SPEAKER', originSpeaker)).verified,
    ).toBe(true);
    expect(
      only(totalsOf([verified, corroborated, unverified], noAncestors, 'HIGHEST_PER_SPEAKER', originSpeaker))
        .verified,
    ).toBe(false);
  });

  it('gives no total under VERIFIED_ONLY when nothing is verified', () => {
    expect(totalsOf([unverified, disputed], noAncestors, 'VERIFIED_ONLY', originSpeaker)).toEqual([]);
  });
});

describe('totalsOf: retracted figures', () => {
  it.each(['HIGHEST_PER_SPEAKER', 'LATEST_PER_SPEAKER', 'VERIFIED_ONLY'] as const)(
    'never puts a retracted figure in, but lists it as set aside (%s)',
    (rule) => {
      const monitor = killed('claim:a', 12, 12, ['source:monitor'], {
        verification: 'VERIFIED',
        saidOn: '2025-03-07',
      });
      const retractedHigher = killed('claim:b', 90, 90, ['source:monitor'], {
        verification: 'RETRACTED',
        saidOn: '2025-03-09',
      });
      const retractedOther = killed('claim:c', 300, 300, ['source:official'], { verification: 'RETRACTED' });
      const total = only(
        totalsOf([monitor, retractedHigher, retractedOther], noAncestors, rule, originSpeaker),
      );
      expect(ids(total.claims)).toEqual(['claim:a']);
      expect([total.low, total.high]).toEqual([12, 12]);
      expect(total.independentSpeakers).toBe(1);
      expect(ids(total.setAside)).toEqual(['claim:b', 'claim:c']);
    },
  );
});

describe('totalsOf: measures', () => {
  it('gives a separate total per measure, category and unit', () => {
    const claims = [
      killed('claim:a', 12, 12, ['source:monitor']),
      killed('claim:b', 30, 30, ['source:official']),
      claim('claim:c', { count: count(4, 4, { category: 'children' }), chain: ['source:monitor'] }),
      claim('claim:d', { count: count(20, 20, { measure: 'INJURED' }), chain: ['source:monitor'] }),
      claim('claim:e', {
        count: count(200, 200, { measure: 'DISPLACED', unit: 'HOUSEHOLDS' }),
        chain: ['source:monitor'],
      }),
      claim('claim:f', {
        count: count(1000, 1000, { measure: 'DISPLACED', unit: 'PEOPLE' }),
        chain: ['source:official'],
      }),
    ];
    const totals = totalsOf(claims, noAncestors, 'HIGHEST_PER_SPEAKER', originSpeaker);
    expect(totals).toHaveLength(5);
    const find = (measure: string, category: string | null, unit: string) =>
      totals.find((t) => t.measure === measure && t.category === category && t.unit === unit)!;
    expect(find('KILLED', null, 'PEOPLE')).toMatchObject({ low: 12, high: 30, independentSpeakers: 2 });
    expect(ids(find('KILLED', null, 'PEOPLE').claims)).toEqual(['claim:a', 'claim:b']);
    expect(find('KILLED', 'children', 'PEOPLE')).toMatchObject({ low: 4, high: 4 });
    expect(find('INJURED', null, 'PEOPLE')).toMatchObject({ low: 20, high: 20 });
    expect(find('DISPLACED', null, 'HOUSEHOLDS')).toMatchObject({ low: 200, high: 200 });
    expect(find('DISPLACED', null, 'PEOPLE')).toMatchObject({ low: 1000, high: 1000 });
    // Another measure's figures are not "set aside" by this one.
    expect(find('KILLED', null, 'PEOPLE').setAside).toEqual([]);
  });

  it('leaves out claims without a subject or a count', () => {
    const total = only(
      totalsOf(
        [
          killed('claim:a', 12, 12, ['source:monitor']),
          killed('claim:b', 500, 500, ['source:official'], { subjectId: null }),
          claim('claim:c', { count: null, chain: ['source:witness'] }),
        ],
        noAncestors,
        'HIGHEST_PER_SPEAKER',
        originSpeaker,
      ),
    );
    expect(ids(total.claims)).toEqual(['claim:a']);
    expect([total.low, total.high]).toEqual([12, 12]);
  });
  it('leaves out a figure without a number, setting it aside', () => {
    // A count whose value could not be read: no low, no high.
    const monitor = killed('claim:a', 12, 12, ['source:monitor']);
    const noNumber = killed('claim:b', null, null, ['source:official']);
    const total = only(totalsOf([monitor, noNumber], noAncestors, 'HIGHEST_PER_SPEAKER', originSpeaker));
    expect(ids(total.claims)).toEqual(['claim:a']);
    expect([total.low, total.high, total.openEnded]).toEqual([12, 12, false]);
    expect(total.independentSpeakers).toBe(1);
    expect(ids(total.setAside)).toEqual(['claim:b']);
  });
});

describe('totalsOf: events', () => {
  const NORTH = 'event:velmora-raid-north';
  const SOUTH = 'event:velmora-raid-south';
  const OFFENSIVE = 'event:velmora-offensive';
  const ancestors = new Map<string, string[]>([
    [NORTH, [RAID, OFFENSIVE]],
    [SOUTH, [RAID, OFFENSIVE]],
    [RAID, [OFFENSIVE]],
    [OFFENSIVE, []],
  ]);
  const ancestorsOf = (id: string) => ancestors.get(id) ?? [];

  it('adds up two sibling events', () => {
    const claims = [
      killed('claim:north-monitor', 12, 12, ['source:monitor'], { subjectId: NORTH }),
      killed('claim:north-official', 20, 20, ['source:official'], { subjectId: NORTH }),
      killed('claim:south-monitor', 8, 8, ['source:outlet-1', 'source:monitor'], { subjectId: SOUTH }),
    ];
    const total = only(totalsOf(claims, ancestorsOf, 'HIGHEST_PER_SPEAKER', originSpeaker));
    // North 12..20 plus south 8..8.
    expect(total.low).toBe(20);
    expect(total.high).toBe(28);
    expect(ids(total.claims)).toEqual(['claim:north-monitor', 'claim:north-official', 'claim:south-monitor']);
    expect(total.setAside).toEqual([]);
    // The same monitor speaking of both events is still one speaker.
    expect(total.independentSpeakers).toBe(2);
  });

  it('does not add a sub-event again when its larger event has a figure of its own', () => {
    const claims = [
      killed('claim:raid', 40, 40, ['source:official'], { subjectId: RAID }),
      killed('claim:north', 12, 12, ['source:monitor'], { subjectId: NORTH }),
      killed('claim:south', 8, 8, ['source:monitor'], { subjectId: SOUTH }),
    ];
    const total = only(totalsOf(claims, ancestorsOf, 'HIGHEST_PER_SPEAKER', originSpeaker));
    expect([total.low, total.high]).toEqual([40, 40]);
    expect(ids(total.claims)).toEqual(['claim:raid']);
    expect(ids(total.setAside)).toEqual(['claim:north', 'claim:south']);
    expect(total.independentSpeakers).toBe(1);
  });

  it('also leaves out a sub-event whose grandparent has a figure', () => {
    const claims = [
      killed('claim:offensive', 100, 100, ['source:official'], { subjectId: OFFENSIVE }),
      killed('claim:north', 12, 12, ['source:monitor'], { subjectId: NORTH }),
    ];
    const total = only(totalsOf(claims, ancestorsOf, 'HIGHEST_PER_SPEAKER', originSpeaker));
    expect([total.low, total.high]).toEqual([100, 100]);
    expect(ids(total.setAside)).toEqual(['claim:north']);
  });

  it("still adds a sub-event when its larger event's figure is for another measure", () => {
    const claims = [
      claim('claim:raid-injured', {
        subjectId: RAID,
        count: count(30, 30, { measure: 'INJURED' }),
        chain: ['source:official'],
      }),
      killed('claim:north', 12, 12, ['source:monitor'], { subjectId: NORTH }),
      killed('claim:south', 8, 8, ['source:monitor'], { subjectId: SOUTH }),
    ];
    const totals = totalsOf(claims, ancestorsOf, 'HIGHEST_PER_SPEAKER', originSpeaker);
    const killedTotal = totals.find((t) => t.measure === 'KILLED')!;
    expect([killedTotal.low, killedTotal.high]).toEqual([20, 20]);
    expect(ids(killedTotal.claims)).toEqual(['claim:north', 'claim:south']);
  });
});
