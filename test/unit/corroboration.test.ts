/**
 * Corroboration and contradiction: which claims support or oppose a claim, counted by
 * independent original speaker, and which slots are openly disputed.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimRecord, TimeSpanRecord } from '../../src/repositories/records.js';
import {
  compatible,
  findDisputes,
  groupBySpeaker,
  slotKey,
  supportOf,
  supportOfClaim,
  type SpeakerOf,
} from '../../src/services/corroboration.js';
import { claimRecord, countRecord, killedClaim } from '../helpers/records.js';

const EVENT = 'event:velmora-raid';

function claim(id: string, over: Partial<ClaimRecord> = {}): ClaimRecord {
  return claimRecord(id, { subjectId: EVENT, ...over });
}

const count = countRecord;

function span(start: string, end: string = start): TimeSpanRecord {
  return {
    start,
    end,
    precision: 'DAY',
    edtf: start === end ? start : `${start}/${end}`,
    phrase: null,
    anchor: null,
  };
}

const killed = killedClaim;

function commentary(
  id: string,
  predicate: 'CONFIRMS' | 'DISPUTES' | 'CANNOT_VERIFY',
  aboutIds: string[],
  chain: string[],
  over: Partial<ClaimRecord> = {},
): ClaimRecord {
  return claim(id, { predicate, aboutIds, chain, subjectId: null, ...over });
}

/** The original source is the speaker. */
const originSpeaker: SpeakerOf = (c) => c.chain.at(-1)!;

const ids = (claims: ClaimRecord[]) => claims.map((c) => c.id);
const keys = (groups: { speakerKey: string }[]) => groups.map((g) => g.speakerKey);
const noLinks = { supports: [], contradicts: [] };

describe('slotKey', () => {
  it('puts COUNT claims in one slot per subject, measure, category and unit', () => {
    const a = killed('claim:a', 12, 12, ['source:monitor']);
    const b = killed('claim:b', 40, 40, ['source:official']);
    expect(slotKey(a)).not.toBeNull();
    expect(slotKey(a)).toBe(slotKey(b));

    const injured = claim('claim:c', { predicate: 'COUNT', count: count(5, 5, { measure: 'INJURED' }) });
    const children = claim('claim:d', { predicate: 'COUNT', count: count(5, 5, { category: 'children' }) });
    const households = claim('claim:e', { predicate: 'COUNT', count: count(5, 5, { unit: 'HOUSEHOLDS' }) });
    const otherEvent = killed('claim:f', 12, 12, ['source:monitor'], { subjectId: 'event:harrow-ambush' });
    const slots = new Set([a, injured, children, households, otherEvent].map(slotKey));
    expect(slots.size).toBe(5);
  });

  it('has no slot for a COUNT claim without a count', () => {
    expect(slotKey(claim('claim:a', { predicate: 'COUNT', count: null }))).toBeNull();
  });

  it('puts every OCCURRED_ON claim of a subject in one slot, whatever its time', () => {
    const a = claim('claim:a', { predicate: 'OCCURRED_ON', time: span('2025-03-06') });
    const b = claim('claim:b', { predicate: 'OCCURRED_ON', time: span('2025-02-01', '2025-02-28') });
    expect(slotKey(a)).not.toBeNull();
    expect(slotKey(a)).toBe(slotKey(b));
  });

  it('separates PARTICIPATED_IN slots by object and by role', () => {
    const perpetrator = claim('claim:a', {
      predicate: 'PARTICIPATED_IN',
      subjectId: 'faction:red-hand',
      objectId: EVENT,
      role: 'PERPETRATOR',
    });
    const victim = { ...perpetrator, id: 'claim:b', role: 'VICTIM' as const };
    const elsewhere = { ...perpetrator, id: 'claim:c', objectId: 'event:harrow-ambush' };
    const again = { ...perpetrator, id: 'claim:d', chain: ['source:witness'] };
    expect(slotKey(perpetrator)).not.toBe(slotKey(victim));
    expect(slotKey(perpetrator)).not.toBe(slotKey(elsewhere));
    expect(slotKey(perpetrator)).toBe(slotKey(again));
  });

  it('separates other entity predicates by object', () => {
    const a = claim('claim:a', { predicate: 'BLAMED_FOR', subjectId: 'faction:red-hand', objectId: EVENT });
    const b = claim('claim:b', {
      predicate: 'BLAMED_FOR',
      subjectId: 'faction:red-hand',
      objectId: 'event:harrow-ambush',
    });
    expect(slotKey(a)).not.toBeNull();
    expect(slotKey(a)).not.toBe(slotKey(b));
  });

  it.each(['STATED', 'DESCRIBED_AS', 'CONFIRMS', 'CANNOT_VERIFY', 'DISPUTES'] as const)(
    'has no slot for %s claims: they are not a comparable fact',
    (predicate) => {
      expect(slotKey(claim('claim:a', { predicate, objectId: 'actor:someone' }))).toBeNull();
    },
  );
});

describe('compatible', () => {
  const c = (low: number | null, high: number | null) => killed('claim:x', low, high, ['source:monitor']);

  it('treats COUNT ranges that overlap as compatible, including ranges that only touch', () => {
    expect(compatible(c(10, 20), c(15, 30))).toBe(true);
    expect(compatible(c(10, 20), c(20, 25))).toBe(true);
    expect(compatible(c(12, 12), c(12, 12))).toBe(true);
  });

  it('treats COUNT ranges that do not overlap as incompatible, in either order', () => {
    expect(compatible(c(10, 20), c(21, 30))).toBe(false);
    expect(compatible(c(21, 30), c(10, 20))).toBe(false);
    expect(compatible(c(12, 12), c(40, 40))).toBe(false);
  });

  it('reads a count without a high as unbounded above', () => {
    // "more than 740": 741 and up.
    expect(compatible(c(741, null), c(1000, 1000))).toBe(true);
    expect(compatible(c(1000, 1000), c(741, null))).toBe(true);
    expect(compatible(c(741, null), c(500, 700))).toBe(false);
    expect(compatible(c(500, 700), c(741, null))).toBe(false);
    expect(compatible(c(741, null), c(10, null))).toBe(true);
  });

  it('reads a count without a low as starting at zero', () => {
    expect(compatible(c(null, 9), c(0, 0))).toBe(true);
    expect(compatible(c(null, 9), c(10, 20))).toBe(false);
  });

  it('treats OCCURRED_ON intervals that overlap as compatible and disjoint ones as not', () => {
    const on = (start: string, end?: string) =>
      claim('claim:x', { predicate: 'OCCURRED_ON', time: span(start, end) });
    expect(compatible(on('2025-03-06'), on('2025-03-06'))).toBe(true);
    expect(compatible(on('2025-03-06'), on('2025-03-01', '2025-03-31'))).toBe(true);
    expect(compatible(on('2025-03-01', '2025-03-31'), on('2025-03-31', '2025-04-02'))).toBe(true);
    expect(compatible(on('2025-03-06'), on('2025-03-07'))).toBe(false);
    expect(compatible(on('2025-03-06'), on('2025-02-01', '2025-02-28'))).toBe(false);
    expect(compatible(on('2025-02-01', '2025-02-28'), on('2025-03-06'))).toBe(false);
  });

  it('treats other predicates as always compatible', () => {
    const a = claim('claim:a', { predicate: 'OCCURRED' });
    const b = claim('claim:b', { predicate: 'OCCURRED', chain: ['source:official'] });
    expect(compatible(a, b)).toBe(true);
  });
});

describe('groupBySpeaker', () => {
  it('makes one group of claims relayed by many outlets from one original source', () => {
    const relays = [3, 1, 2].map((i) =>
      killed(`claim:r${i}`, 12, 12, [`source:outlet-${i}`, 'source:monitor']),
    );
    const groups = groupBySpeaker(relays, originSpeaker);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.speakerKey).toBe('source:monitor');
    expect(groups[0]!.originId).toBe('source:monitor');
    expect(ids(groups[0]!.claims)).toEqual(['claim:r1', 'claim:r2', 'claim:r3']);
  });

  it('joins different original sources of the same speaker, sorted by speaker', () => {
    const speakers = new Map([
      ['source:monitor-site', 'actor:monitor'],
      ['source:monitor-feed', 'actor:monitor'],
      ['source:witness', 'actor:witness'],
    ]);
    const speakerOf: SpeakerOf = (c) => speakers.get(c.chain.at(-1)!) ?? c.chain.at(-1)!;
    const groups = groupBySpeaker(
      [
        killed('claim:w', 12, 12, ['source:witness']),
        killed('claim:b', 12, 12, ['source:outlet-1', 'source:monitor-feed']),
        killed('claim:a', 12, 12, ['source:monitor-site']),
      ],
      speakerOf,
    );
    expect(keys(groups)).toEqual(['actor:monitor', 'actor:witness']);
    expect(ids(groups[0]!.claims)).toEqual(['claim:a', 'claim:b']);
    expect(groups[0]!.originId).toBe('source:monitor-site');
  });
});

describe('supportOfClaim', () => {
  const relays = [1, 2, 3, 4, 5].map((i) =>
    killed(`claim:relay-${i}`, 12, 12, [`source:outlet-${i}`, 'source:monitor']),
  );
  const witness = killed('claim:witness', 12, 12, ['source:witness']);
  const target = relays[0]!;

  it('counts five relays of one monitor and one witness as six claims from two speakers', () => {
    const support = supportOfClaim(target, [...relays, witness], [], noLinks, originSpeaker);
    expect(support.supporting).toHaveLength(6);
    expect(ids(support.supporting)).toContain('claim:witness');
    expect(support.supporters).toHaveLength(2);
    expect(keys(support.supporters)).toEqual(['source:monitor', 'source:witness']);
    expect(support.supporters[0]!.claims).toHaveLength(5);
    expect(support.opposing).toEqual([]);
    expect(support.opponents).toEqual([]);
  });

  it('includes the target itself even when it is not among the related claims', () => {
    const support = supportOfClaim(target, [witness], [], noLinks, originSpeaker);
    expect(ids(support.supporting)).toEqual([target.id, 'claim:witness']);
  });

  it('ignores claims of other slots: other measures, categories, events', () => {
    const related = [
      ...relays,
      witness,
      claim('claim:injured', { predicate: 'COUNT', count: count(40, 40, { measure: 'INJURED' }) }),
      claim('claim:children', { predicate: 'COUNT', count: count(40, 40, { category: 'children' }) }),
      killed('claim:other-event', 40, 40, ['source:official'], { subjectId: 'event:harrow-ambush' }),
    ];
    const support = supportOfClaim(target, related, [], noLinks, originSpeaker);
    expect(support.supporting).toHaveLength(6);
    expect(support.opposing).toEqual([]);
  });

  it('puts an incompatible figure of the same slot among the opposing claims', () => {
    const official = killed('claim:official', 40, 40, ['source:official']);
    const support = supportOfClaim(target, [...relays, witness, official], [], noLinks, originSpeaker);
    expect(support.supporting).toHaveLength(6);
    expect(ids(support.opposing)).toEqual(['claim:official']);
    expect(keys(support.opponents)).toEqual(['source:official']);
  });

  it('adds a supporter for a CONFIRMS claim about the target from another speaker', () => {
    const confirms = commentary('claim:ngo-confirms', 'CONFIRMS', [target.id], ['source:ngo']);
    const support = supportOfClaim(target, [...relays, witness], [confirms], noLinks, originSpeaker);
    expect(support.supporting).toHaveLength(7);
    expect(ids(support.supporting)).toContain('claim:ngo-confirms');
    expect(keys(support.supporters)).toEqual(['source:monitor', 'source:ngo', 'source:witness']);
    expect(support.opposing).toEqual([]);
  });

  it('adds an opponent for a DISPUTES claim about the target', () => {
    const disputes = commentary('claim:army-disputes', 'DISPUTES', [target.id], ['source:army']);
    const support = supportOfClaim(target, [...relays, witness], [disputes], noLinks, originSpeaker);
    expect(support.supporting).toHaveLength(6);
    expect(support.supporters).toHaveLength(2);
    expect(ids(support.opposing)).toEqual(['claim:army-disputes']);
    expect(keys(support.opponents)).toEqual(['source:army']);
  });

  it('ignores commentary about unrelated claims and CANNOT_VERIFY commentary', () => {
    const elsewhere = commentary('claim:ngo-confirms', 'CONFIRMS', ['claim:unrelated'], ['source:ngo']);
    const disputesElsewhere = commentary(
      'claim:army-disputes',
      'DISPUTES',
      ['claim:unrelated'],
      ['source:army'],
    );
    const cannotVerify = commentary('claim:outlet-cannot', 'CANNOT_VERIFY', [target.id], ['source:outlet-9']);
    const support = supportOfClaim(
      target,
      [...relays, witness],
      [elsewhere, disputesElsewhere, cannotVerify],
      noLinks,
      originSpeaker,
    );
    expect(support.supporting).toHaveLength(6);
    expect(support.supporters).toHaveLength(2);
    expect(support.opposing).toEqual([]);
  });

  it('counts retracted claims for nothing, on either side', () => {
    const retracted = { verification: 'RETRACTED' as const };
    const retractedAgreeing = killed('claim:retracted-agree', 12, 12, ['source:ngo'], retracted);
    const retractedOpposing = killed('claim:retracted-oppose', 40, 40, ['source:official'], retracted);
    const retractedConfirms = commentary(
      'claim:retracted-confirms',
      'CONFIRMS',
      [target.id],
      ['source:ngo'],
      {
        verification: 'RETRACTED',
      },
    );
    const retractedDisputes = commentary(
      'claim:retracted-disputes',
      'DISPUTES',
      [target.id],
      ['source:army'],
      {
        verification: 'RETRACTED',
      },
    );
    const support = supportOfClaim(
      target,
      [...relays, witness, retractedAgreeing, retractedOpposing],
      [retractedConfirms, retractedDisputes],
      noLinks,
      originSpeaker,
    );
    expect(support.supporting).toHaveLength(6);
    expect(keys(support.supporters)).toEqual(['source:monitor', 'source:witness']);
    expect(support.opposing).toEqual([]);
    expect(support.opponents).toEqual([]);
  });

  it('does not count figures for a non-overlapping time for or against the target', () => {
    const march = { time: span('2025-03-01', '2025-03-31') };
    const marchTarget = killed('claim:march', 12, 12, ['source:monitor'], march);
    const aprilHigher = killed('claim:april-higher', 40, 40, ['source:official'], {
      time: span('2025-04-01', '2025-04-30'),
    });
    const aprilSame = killed('claim:april-same', 12, 12, ['source:witness'], {
      time: span('2025-04-01', '2025-04-30'),
    });
    const support = supportOfClaim(
      marchTarget,
      [marchTarget, aprilHigher, aprilSame],
      [],
      noLinks,
      originSpeaker,
    );
    expect(ids(support.supporting)).toEqual(['claim:march']);
    expect(support.opposing).toEqual([]);
  });

  it('does count figures for an overlapping time, and figures without a time', () => {
    const marchTarget = killed('claim:march', 12, 12, ['source:monitor'], {
      time: span('2025-03-01', '2025-03-31'),
    });
    const midMarch = killed('claim:mid-march', 40, 40, ['source:official'], { time: span('2025-03-15') });
    const undated = killed('claim:undated', 12, 12, ['source:witness']);
    const support = supportOfClaim(marchTarget, [midMarch, undated], [], noLinks, originSpeaker);
    expect(ids(support.supporting)).toEqual(['claim:march', 'claim:undated']);
    expect(ids(support.opposing)).toEqual(['claim:mid-march']);
  });

  it('compares OCCURRED_ON claims by their intervals', () => {
    const on = (id: string, chain: string[], start: string, end?: string) =>
      claim(id, { predicate: 'OCCURRED_ON', chain, time: span(start, end) });
    const witnessDay = on('claim:witness-day', ['source:witness'], '2025-03-06');
    const monitorMonth = on(
      'claim:monitor-month',
      ['source:outlet-1', 'source:monitor'],
      '2025-03-01',
      '2025-03-31',
    );
    const officialFebruary = on('claim:official-feb', ['source:official'], '2025-02-01', '2025-02-28');
    const support = supportOfClaim(
      witnessDay,
      [witnessDay, monitorMonth, officialFebruary],
      [],
      noLinks,
      originSpeaker,
    );
    expect(ids(support.supporting)).toEqual(['claim:monitor-month', 'claim:witness-day']);
    expect(ids(support.opposing)).toEqual(['claim:official-feb']);
  });

  it('adds claims an editor linked as supporting or contradicting', () => {
    const stated = claim('claim:stated', { predicate: 'STATED', chain: ['source:official'] });
    const linkedSupport = claim('claim:linked-support', { predicate: 'STATED', chain: ['source:witness'] });
    const linkedContra = claim('claim:linked-contra', { predicate: 'STATED', chain: ['source:army'] });
    const unlinked = claim('claim:unlinked', { predicate: 'STATED', chain: ['source:ngo'] });
    const support = supportOfClaim(
      stated,
      [unlinked],
      [],
      { supports: [linkedSupport], contradicts: [linkedContra] },
      originSpeaker,
    );
    // A STATED claim has no slot: only the links speak for or against it.
    expect(ids(support.supporting)).toEqual(['claim:linked-support', 'claim:stated']);
    expect(ids(support.opposing)).toEqual(['claim:linked-contra']);
  });
});

describe('supportOf', () => {
  it('counts confirmations of any claim of the core, once each', () => {
    const a = killed('claim:a', 12, 12, ['source:outlet-1', 'source:monitor']);
    const b = killed('claim:b', 12, 12, ['source:witness']);
    const confirmsBoth = commentary('claim:c', 'CONFIRMS', ['claim:a', 'claim:b'], ['source:ngo']);
    const support = supportOf([a, b, a], [], [confirmsBoth], originSpeaker);
    expect(ids(support.supporting)).toEqual(['claim:a', 'claim:b', 'claim:c']);
    expect(support.supporters).toHaveLength(3);
  });
});

describe('findDisputes', () => {
  it('finds one dispute with two sides when two speakers give incompatible figures', () => {
    const monitor = killed('claim:a-monitor', 12, 12, ['source:outlet-1', 'source:monitor']);
    const official = killed('claim:b-official', 40, 40, ['source:official']);
    const disputes = findDisputes([monitor, official], [], [], originSpeaker);
    expect(disputes).toHaveLength(1);
    const [dispute] = disputes;
    expect(dispute!.slot).toBe(slotKey(monitor));
    expect(dispute!.subjectId).toBe(EVENT);
    expect(dispute!.predicate).toBe('COUNT');
    expect(dispute!.sides).toHaveLength(2);
    const [first, second] = dispute!.sides;
    expect(ids(first!.supporting)).toEqual(['claim:a-monitor']);
    expect(ids(first!.opposing)).toEqual(['claim:b-official']);
    expect(keys(first!.opponents)).toEqual(['source:official']);
    expect(ids(second!.supporting)).toEqual(['claim:b-official']);
    expect(ids(second!.opposing)).toEqual(['claim:a-monitor']);
    expect(keys(second!.opponents)).toEqual(['source:monitor']);
  });

  it('finds no dispute when the figures are compatible', () => {
    const monitor = killed('claim:a', 10, 15, ['source:monitor']);
    const official = killed('claim:b', 12, 12, ['source:official']);
    const openEnded = killed('claim:c', 11, null, ['source:witness']);
    expect(findDisputes([monitor, official, openEnded], [], [], originSpeaker)).toEqual([]);
  });

  it('puts agreeing speakers on one side', () => {
    const monitor = killed('claim:a', 12, 12, ['source:monitor']);
    const witness = killed('claim:b', 10, 14, ['source:witness']);
    const official = killed('claim:c', 40, 40, ['source:official']);
    const [dispute, ...rest] = findDisputes([monitor, witness, official], [], [], originSpeaker);
    expect(rest).toEqual([]);
    expect(dispute!.sides.map((s) => ids(s.supporting))).toEqual([['claim:a', 'claim:b'], ['claim:c']]);
    expect(keys(dispute!.sides[0]!.supporters)).toEqual(['source:monitor', 'source:witness']);
    expect(keys(dispute!.sides[1]!.opponents)).toEqual(['source:monitor', 'source:witness']);
  });

  it('adds confirmations of a side to that side', () => {
    const monitor = killed('claim:a', 12, 12, ['source:monitor']);
    const official = killed('claim:b', 40, 40, ['source:official']);
    const confirms = commentary('claim:ngo-confirms', 'CONFIRMS', ['claim:a'], ['source:ngo']);
    const disputes = findDisputes([monitor, official], [confirms], [], originSpeaker);
    const slotDispute = disputes.find((d) => d.slot === slotKey(monitor))!;
    expect(keys(slotDispute.sides[0]!.supporters)).toEqual(['source:monitor', 'source:ngo']);
    expect(keys(slotDispute.sides[1]!.opponents)).toEqual(['source:monitor', 'source:ngo']);
  });

  it('does not treat a speaker revising its own figure as a dispute', () => {
    const first = killed('claim:a', 12, 12, ['source:outlet-1', 'source:monitor'], { saidOn: '2025-03-07' });
    const revised = killed('claim:b', 30, 30, ['source:outlet-2', 'source:monitor'], {
      saidOn: '2025-03-10',
    });
    expect(findDisputes([first, revised], [], [], originSpeaker)).toEqual([]);
  });

  it('does not treat one speaker giving two dates as a dispute', () => {
    const a = claim('claim:a', {
      predicate: 'OCCURRED_ON',
      chain: ['source:witness'],
      time: span('2025-03-06'),
    });
    const b = claim('claim:b', {
      predicate: 'OCCURRED_ON',
      chain: ['source:witness'],
      time: span('2025-03-09'),
    });
    expect(findDisputes([a, b], [], [], originSpeaker)).toEqual([]);
  });

  it("uses only each speaker's latest figure: a revised-away figure does not start a dispute", () => {
    const oldMonitor = killed('claim:a', 12, 12, ['source:monitor'], { saidOn: '2025-03-07' });
    const newMonitor = killed('claim:b', 28, 32, ['source:monitor'], { saidOn: '2025-03-10' });
    const official = killed('claim:c', 30, 30, ['source:official'], { saidOn: '2025-03-08' });
    expect(findDisputes([oldMonitor, newMonitor, official], [], [], originSpeaker)).toEqual([]);
    // Listed in any order.
    expect(findDisputes([newMonitor, official, oldMonitor], [], [], originSpeaker)).toEqual([]);
  });

  it("uses only each speaker's latest figure: a revised figure that disagrees is disputed, the old one left out", () => {
    const oldMonitor = killed('claim:a', 30, 30, ['source:monitor'], { saidOn: '2025-03-07' });
    const newMonitor = killed('claim:b', 12, 12, ['source:monitor'], { saidOn: '2025-03-10' });
    const official = killed('claim:c', 30, 30, ['source:official'], { saidOn: '2025-03-08' });
    const disputes = findDisputes([newMonitor, oldMonitor, official], [], [], originSpeaker);
    expect(disputes).toHaveLength(1);
    expect(disputes[0]!.sides.map((s) => ids(s.supporting))).toEqual([['claim:b'], ['claim:c']]);
  });

  it('falls back to the day a claim was recorded when it has no saidOn', () => {
    const oldMonitor = killed('claim:a', 12, 12, ['source:monitor'], {
      saidOn: null,
      recordedAt: '2025-03-07T12:00:00.000Z',
    });
    const newMonitor = killed('claim:b', 30, 30, ['source:monitor'], {
      saidOn: null,
      recordedAt: '2025-03-10T12:00:00.000Z',
    });
    const official = killed('claim:c', 30, 30, ['source:official']);
    expect(findDisputes([oldMonitor, newMonitor, official], [], [], originSpeaker)).toEqual([]);
  });

  it('does not set figures for non-overlapping times against each other', () => {
    const march = killed('claim:a', 12, 12, ['source:monitor'], { time: span('2025-03-01', '2025-03-31') });
    const april = killed('claim:b', 40, 40, ['source:official'], { time: span('2025-04-01', '2025-04-30') });
    expect(findDisputes([march, april], [], [], originSpeaker)).toEqual([]);
    const midMarch = killed('claim:c', 40, 40, ['source:official'], { time: span('2025-03-15') });
    expect(findDisputes([march, midMarch], [], [], originSpeaker)).toHaveLength(1);
  });

  it('ignores retracted figures', () => {
    const monitor = killed('claim:a', 12, 12, ['source:monitor']);
    const official = killed('claim:b', 40, 40, ['source:official'], { verification: 'RETRACTED' });
    expect(findDisputes([monitor, official], [], [], originSpeaker)).toEqual([]);
  });

  it('finds a dispute between speakers giving incompatible dates', () => {
    const witness = claim('claim:a', {
      predicate: 'OCCURRED_ON',
      chain: ['source:witness'],
      time: span('2025-03-06'),
    });
    const official = claim('claim:b', {
      predicate: 'OCCURRED_ON',
      chain: ['source:official'],
      time: span('2025-02-01', '2025-02-28'),
    });
    const disputes = findDisputes([witness, official], [], [], originSpeaker);
    expect(disputes).toHaveLength(1);
    expect(disputes[0]!.predicate).toBe('OCCURRED_ON');
    expect(disputes[0]!.sides.map((s) => ids(s.supporting))).toEqual([['claim:a'], ['claim:b']]);
  });

  it('finds no slot disputes for predicates other than COUNT and OCCURRED_ON', () => {
    const a = claim('claim:a', {
      predicate: 'BLAMED_FOR',
      subjectId: 'faction:red-hand',
      chain: ['source:witness'],
    });
    const b = claim('claim:b', {
      predicate: 'BLAMED_FOR',
      subjectId: 'faction:blue-hand',
      chain: ['source:army'],
    });
    expect(findDisputes([a, b], [], [], originSpeaker)).toEqual([]);
  });

  it('turns an explicit contradiction pair into a dispute of the two claims', () => {
    const a = claim('claim:a', { predicate: 'BLAMED_FOR', subjectId: 'faction:red-hand', objectId: EVENT });
    const b = claim('claim:b', {
      predicate: 'BLAMED_FOR',
      subjectId: 'faction:blue-hand',
      objectId: EVENT,
      chain: ['source:army'],
    });
    const disputes = findDisputes([a, b], [], [[a, b]], originSpeaker);
    expect(disputes).toHaveLength(1);
    const [dispute] = disputes;
    expect(dispute!.slot).toBe('claim:a|claim:b');
    expect(dispute!.subjectId).toBe('faction:red-hand');
    expect(dispute!.predicate).toBe('BLAMED_FOR');
    expect(ids(dispute!.sides[0]!.supporting)).toEqual(['claim:a']);
    expect(ids(dispute!.sides[0]!.opposing)).toEqual(['claim:b']);
    expect(ids(dispute!.sides[1]!.supporting)).toEqual(['claim:b']);
    expect(ids(dispute!.sides[1]!.opposing)).toEqual(['claim:a']);
  });

  it('drops an explicit contradiction when either claim is retracted', () => {
    const a = claim('claim:a', { predicate: 'BLAMED_FOR', subjectId: 'faction:red-hand', objectId: EVENT });
    const b = claim('claim:b', {
      predicate: 'BLAMED_FOR',
      subjectId: 'faction:blue-hand',
      objectId: EVENT,
      verification: 'RETRACTED',
    });
    expect(findDisputes([a, b], [], [[a, b]], originSpeaker)).toEqual([]);
    expect(findDisputes([a, b], [], [[b, a]], originSpeaker)).toEqual([]);
  });

  it('turns DISPUTES commentary about a claim into a dispute between the claim and the commentary', () => {
    const a = claim('claim:a', { predicate: 'BLAMED_FOR', subjectId: 'faction:red-hand', objectId: EVENT });
    const disputesA = commentary('claim:red-hand-denies', 'DISPUTES', ['claim:a'], ['source:red-hand']);
    const confirmsA = commentary('claim:ngo-confirms', 'CONFIRMS', ['claim:a'], ['source:ngo']);
    const disputes = findDisputes([a], [disputesA, confirmsA], [], originSpeaker);
    expect(disputes).toHaveLength(1);
    const [dispute] = disputes;
    expect(dispute!.slot).toBe('claim:a|claim:red-hand-denies');
    expect(dispute!.subjectId).toBe('faction:red-hand');
    expect(dispute!.predicate).toBe('BLAMED_FOR');
    expect(ids(dispute!.sides[0]!.supporting)).toEqual(['claim:a']);
    expect(ids(dispute!.sides[0]!.opposing)).toEqual(['claim:red-hand-denies']);
    expect(keys(dispute!.sides[1]!.supporters)).toEqual(['source:red-hand']);
  });

  it('ignores DISPUTES commentary that is retracted, about claims outside the scope, or about retracted claims', () => {
    const a = claim('claim:a', { predicate: 'BLAMED_FOR', subjectId: 'faction:red-hand', objectId: EVENT });
    const retracted = commentary('claim:d1', 'DISPUTES', ['claim:a'], ['source:red-hand'], {
      verification: 'RETRACTED',
    });
    const elsewhere = commentary('claim:d2', 'DISPUTES', ['claim:unrelated'], ['source:red-hand']);
    expect(findDisputes([a], [retracted, elsewhere], [], originSpeaker)).toEqual([]);
    // Nor is a retracted claim still disputed.
    const retractedClaim = { ...a, verification: 'RETRACTED' as const };
    const disputesIt = commentary('claim:d3', 'DISPUTES', ['claim:a'], ['source:red-hand']);
    expect(findDisputes([retractedClaim], [disputesIt], [], originSpeaker)).toEqual([]);
  });
});

describe('findDisputes with figures for several periods', () => {
  it('keeps a dispute about one period when a speaker later gives a figure for another', () => {
    const monitorJanuary = killed('claim:a', 100, 100, ['source:monitor'], {
      time: span('2025-01-01', '2025-01-31'),
      saidOn: '2025-02-01',
    });
    const monitorMarch = killed('claim:b', 500, 500, ['source:monitor'], {
      time: span('2025-03-01', '2025-03-31'),
      saidOn: '2025-04-01',
    });
    const officialJanuary = killed('claim:c', 5000, 5000, ['source:official'], {
      time: span('2025-01-01', '2025-01-31'),
      saidOn: '2025-02-02',
    });
    const disputes = findDisputes([monitorJanuary, monitorMarch, officialJanuary], [], [], originSpeaker);
    expect(disputes.map((d) => d.sides.map((s) => ids(s.supporting)))).toEqual([[['claim:a'], ['claim:c']]]);
  });

  it('does not depend on the order claims arrive in when a speaker gives two figures on one day', () => {
    const low = killed('claim:a', 12, 12, ['source:outlet-1', 'source:monitor']);
    const high = killed('claim:b', 40, 40, ['source:outlet-2', 'source:monitor']);
    const official = killed('claim:c', 40, 40, ['source:official']);
    const forward = findDisputes([low, high, official], [], [], originSpeaker);
    const backward = findDisputes([high, low, official], [], [], originSpeaker);
    expect(forward).toEqual(backward);
  });
});
