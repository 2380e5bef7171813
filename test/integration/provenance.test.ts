/**
 * Corroboration, disputes, totals, time and perspective, on the sample report and on fictional
 * fixtures (five outlets relaying one monitor; rival tolls over several days).
 */
import { describe, expect, it } from 'vitest';
import { dataOf, EDITOR_TOKEN, loadFixtures, loadSample, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await loadSample(s.db);
  await loadFixtures(s.db, 'tessel-relays', 'dunmore-tolls');
});

interface Total {
  low: number;
  high: number;
  openEnded: boolean;
  verified: boolean;
  independentSpeakers: number;
  claims: { id: string }[];
}

const TOTALS = `query Totals($event: ID, $asOf: Date, $lens: Lens, $rule: TotalRule) {
  totals(event: $event, asOf: $asOf, lens: $lens, rule: $rule) {
    low high openEnded verified independentSpeakers claims { id }
  }
}`;

async function dunmoreTotal(variables: Record<string, unknown> = {}): Promise<Total | undefined> {
  const { totals } = dataOf(
    await service.query<{ totals: Total[] }>(TOTALS, { event: 'event:dunmore-shelling', ...variables }),
  );
  expect(totals.length).toBeLessThanOrEqual(1);
  return totals[0];
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('the coastal violence in the sample', () => {
  it('shows who is blamed by whom, each side with its independent support, and the unverified toll', async () => {
    const data = dataOf(
      await service.query<{
        event: {
          accused: {
            accused: { id: string };
            support: { independentSupport: number; supporters: { originalSource: { id: string } }[] };
          }[];
        };
        totals: (Total & {
          measure: string;
          category: string;
          claims: { id: string; verification: string; commentary: { predicate: string }[] }[];
        })[];
      }>(`{
        event(id: "event:coastal-violence-2025-03") {
          accused { accused { ... on Actor { id } ... on Faction { id } } support { independentSupport supporters { originalSource { id } } } }
        }
        totals(event: "event:coastal-violence-2025-03") {
          measure category low high openEnded verified independentSpeakers
          claims { id verification commentary { predicate } }
        }
      }`),
    );
    const sides = Object.fromEntries(
      data.event.accused.map((s) => [s.accused.id, s.support.supporters.map((x) => x.originalSource.id)]),
    );
    expect(sides).toEqual({
      'actor:ghiath-dallah': ['source:fares-testimony'],
      'faction:assad-loyalists': ['source:fares-testimony'],
      'actor:ahmad-al-sharaa': ['source:unnamed-others'],
    });
    expect(
      data.event.accused.every((s) => s.support.independentSupport === s.support.supporters.length),
    ).toBe(true);
    const civilians = data.totals.find((t) => t.measure === 'KILLED' && t.category === 'civilians');
    expect(civilians).toMatchObject({ low: 741, openEnded: true, verified: false, independentSpeakers: 1 });
    expect(civilians!.claims).toEqual([
      {
        id: 'claim:sohr-civilian-toll',
        verification: 'UNVERIFIED',
        commentary: [{ predicate: 'CANNOT_VERIFY' }],
      },
    ]);
  });

  it("counts the protected witness's confirmation as independent support, and the BBC's relaying as none", async () => {
    const { claim } = dataOf(
      await service.query<{
        claim: {
          support: {
            independentSupport: number;
            supporters: { originalSource: { id: string }; claims: { id: string }[] }[];
          };
        };
      }>(
        `{ claim(id: "claim:qusour-raids-occurred") { support { independentSupport supporters { originalSource { id } claims { id } } } } }`,
      ),
    );
    expect(claim.support.independentSupport).toBe(2);
    expect(claim.support.supporters.map((s) => s.originalSource.id).sort()).toEqual([
      'source:fares-testimony',
      'source:protected-witness-1',
    ]);
  });
});

describe('independent corroboration', () => {
  it('counts five outlets relaying one monitor once, and a first-hand witness as a second speaker', async () => {
    const { claim } = dataOf(
      await service.query<{
        claim: {
          support: {
            independentSupport: number;
            supporting: { id: string }[];
            supporters: {
              originalSource: { id: string };
              speaker: { name: string } | null;
              claims: { id: string }[];
              relayedThrough: { id: string }[];
            }[];
          };
        };
      }>(`{ claim(id: "claim:brask-saw-marsh-brigade") { support {
            independentSupport supporting { id }
            supporters { originalSource { id } speaker { ... on Actor { name } } claims { id } relayedThrough { id } }
          } } }`),
    );
    expect(claim.support.supporting).toHaveLength(6);
    expect(claim.support.independentSupport).toBe(2);
    const [harlow, brask] = claim.support.supporters;
    expect(harlow).toMatchObject({
      originalSource: { id: 'source:harlow-report' },
      speaker: { name: 'Harlow Monitoring Group' },
    });
    expect(harlow!.claims).toHaveLength(5);
    expect(ids(harlow!.relayedThrough)).toEqual([
      'source:harbour-post',
      'source:lumen-news',
      'source:north-wire',
      'source:tessel-courier',
      'source:valley-daily',
    ]);
    expect(brask).toMatchObject({ originalSource: { id: 'source:brask-testimony' }, relayedThrough: [] });
  });
});

describe('totals over time', () => {
  it('returns each day’s range as the tolls were reported by that day', async () => {
    expect(await dunmoreTotal({ asOf: '2031-06-01' })).toMatchObject({
      low: 12,
      high: 12,
      openEnded: true,
      independentSpeakers: 1,
    });
    const day2 = await dunmoreTotal({ asOf: '2031-06-02' });
    expect(day2).toMatchObject({ low: 0, high: 33, independentSpeakers: 3 });
    expect(ids(day2!.claims)).toEqual([
      'claim:corven-toll-day-2',
      'claim:ministry-toll',
      'claim:ostrava-toll-day-2',
    ]);
    const day3 = await dunmoreTotal({ asOf: '2031-06-03' });
    expect(day3).toMatchObject({ low: 0, high: 60 });
    expect(await dunmoreTotal()).toEqual(day3);
    expect(await dunmoreTotal({ asOf: '2031-05-30' })).toBeUndefined();
  });

  it('never counts a retracted figure, and says which rule made the range', async () => {
    const { totals } = dataOf(
      await service.query<{
        totals: { high: number; rule: string; ruleDescription: string; setAside: { id: string }[] }[];
      }>(
        `{ totals(event: "event:dunmore-shelling", rule: LATEST_PER_SPEAKER) { high rule ruleDescription setAside { id } } }`,
      ),
    );
    expect(totals[0]!.high).toBe(60);
    expect(totals[0]!.rule).toBe('LATEST_PER_SPEAKER');
    expect(totals[0]!.ruleDescription).toMatch(/latest/);
    expect(ids(totals[0]!.setAside)).toContain('claim:gull-toll');
    const verifiedOnly = await dunmoreTotal({ rule: 'VERIFIED_ONLY' });
    expect(verifiedOnly).toMatchObject({ low: 25, high: 33, verified: true });
  });
});

describe('disputes', () => {
  it('shows the rival figures side by side, each side with its independent support', async () => {
    const { disputes } = dataOf(
      await service.query<{
        disputes: {
          predicate: string;
          sides: { independentSupport: number; supporting: { id: string }[]; opposing: { id: string }[] }[];
        }[];
      }>(
        `{ disputes(event: "event:dunmore-shelling") { predicate sides { independentSupport supporting { id } opposing { id } } } }`,
      ),
    );
    expect(disputes).toHaveLength(1);
    const [ministry, monitors] = [...disputes[0]!.sides].sort(
      (a, b) => a.supporting.length - b.supporting.length,
    );
    expect(ids(ministry!.supporting)).toEqual(['claim:ministry-toll']);
    expect(monitors!.independentSupport).toBe(2);
    expect(ids(monitors!.supporting)).not.toContain('claim:gull-toll');
    expect(ids(ministry!.opposing)).toEqual(ids(monitors!.supporting));
  });

  it('lists a contradiction an editor records, for the place and for the period too', async () => {
    const link = await service.query(
      `mutation { linkClaims(from: "claim:harlow-shelling-happened", to: "claim:brask-saw-marsh-brigade", relation: CONTRADICTS) { contradictedBy { id } } }`,
      {},
      { token: EDITOR_TOKEN },
    );
    expect(dataOf(link)).toEqual({
      linkClaims: { contradictedBy: [{ id: 'claim:brask-saw-marsh-brigade' }] },
    });
    for (const scope of ['place: "place:tessel"', 'event: "event:tessel-shelling"']) {
      const { disputes } = dataOf(
        await service.query<{ disputes: { sides: { supporting: { id: string }[] }[] }[] }>(
          `{ disputes(${scope}) { sides { supporting { id } } } }`,
        ),
      );
      expect(
        disputes.map((d) =>
          d.sides
            .map((s) => ids(s.supporting))
            .flat()
            .sort(),
        ),
      ).toEqual([['claim:brask-saw-marsh-brigade', 'claim:harlow-shelling-happened']]);
    }
  });
});

describe('lenses', () => {
  const EVENT_VIEW = `query View($lens: Lens) {
    event(id: "event:dunmore-shelling", lens: $lens) { counts { id } }
    totals(event: "event:dunmore-shelling", lens: $lens) { low high claims { id } }
    claims(filter: { about: "event:dunmore-shelling", predicates: [COUNT] }, lens: $lens) { totalCount edges { node { id } } }
    disputes(event: "event:dunmore-shelling", lens: $lens) { sides { supporting { id } } }
  }`;

  interface View {
    event: { counts: { id: string }[] };
    totals: { low: number; high: number; claims: { id: string }[] }[];
    claims: { totalCount: number; edges: { node: { id: string } }[] };
    disputes: unknown[];
  }

  async function view(lens: Record<string, unknown> | null): Promise<View> {
    return dataOf(await service.query<View>(EVENT_VIEW, { lens }));
  }

  /** Every part of the view shows the same claims: the lens is applied once, everywhere. */
  function expectConsistent(v: View, expected: string[]) {
    expect(ids(v.event.counts)).toEqual(expected);
    expect(ids(v.claims.edges.map((e) => e.node))).toEqual(expected);
    expect(v.claims.totalCount).toBe(expected.length);
    for (const id of ids(v.totals[0]?.claims ?? [])) expect(expected).toContain(id);
  }

  it('leaves out sources affiliated with a party, in counts, ranges, lists and disputes alike', async () => {
    const all = await view(null);
    expect(all.disputes).toHaveLength(1);
    const without = await view({ excludeAffiliatedWith: ['faction:dunmore-government'] });
    expectConsistent(
      without,
      ids(all.event.counts).filter((id) => id !== 'claim:ministry-toll'),
    );
    expect(without.totals[0]).toMatchObject({ low: 40, high: 60 });
    expect(without.disputes).toEqual([]);
  });

  it('keeps only sources of a minimum reliability', async () => {
    const graded = await view({ minReliability: 'B' });
    expectConsistent(graded, [
      'claim:corven-toll-day-1',
      'claim:corven-toll-day-2',
      'claim:corven-toll-day-3',
    ]);
    expect(graded.totals[0]).toMatchObject({ low: 40, high: 40 });
  });

  it('keeps only verified or corroborated claims', async () => {
    const verified = await view({ verification: ['VERIFIED', 'CORROBORATED'] });
    expectConsistent(verified, ['claim:corven-toll-day-2', 'claim:ostrava-toll-day-2']);
    expect(verified.totals[0]).toMatchObject({ low: 25, high: 33 });
  });

  it('keeps one source only, or the record as of a date', async () => {
    const one = await view({ onlySource: 'source:ostrava-casualty-project' });
    expectConsistent(one, ['claim:ostrava-toll-day-2', 'claim:ostrava-toll-day-3']);
    expect(one.totals[0]).toMatchObject({ low: 50, high: 60 });
    const early = await view({ asOf: '2031-06-01' });
    expectConsistent(early, ['claim:corven-toll-day-1']);
  });

  it('keeps first-hand claims, or claims of one kind of original speaker, in corroboration too', async () => {
    const SUPPORT = `query($lens: Lens) { claim(id: "claim:brask-saw-marsh-brigade", lens: $lens) { support { independentSupport } } }`;
    const support = async (lens: Record<string, unknown>) =>
      dataOf(await service.query<{ claim: { support: { independentSupport: number } } }>(SUPPORT, { lens }))
        .claim.support.independentSupport;
    expect(await support({})).toBe(2);
    expect(await support({ firstHandOnly: true })).toBe(1);
    expect(await support({ originKinds: ['WITNESS'] })).toBe(1);
    const monitorsOnly = dataOf(
      await service.query<{ witness: null; relay: { support: { independentSupport: number } } }>(
        `query($lens: Lens) {
          witness: claim(id: "claim:brask-saw-marsh-brigade", lens: $lens) { id }
          relay: claim(id: "claim:north-wire-relays-harlow", lens: $lens) { support { independentSupport } }
        }`,
        { lens: { originKinds: ['MONITOR'] } },
      ),
    );
    expect(monitorsOnly).toEqual({ witness: null, relay: { support: { independentSupport: 1 } } });
  });

  it('lets each root field of one request read through its own lens and asOf', async () => {
    const totalsAsOf = `query($day: Date) { totals(event: "event:dunmore-shelling", asOf: $day) { measure low high } }`;
    const separately = await Promise.all(
      ['2031-06-01', '2031-06-03'].map(
        async (day) => dataOf(await service.query<{ totals: unknown[] }>(totalsAsOf, { day })).totals,
      ),
    );
    expect(separately[0]).not.toEqual(separately[1]);
    const together = dataOf(
      await service.query<{
        day1: unknown[];
        day3: unknown[];
        b: { id: string } | null;
        c: { id: string } | null;
      }>(`{
        day1: totals(event: "event:dunmore-shelling", asOf: "2031-06-01") { measure low high }
        day3: totals(event: "event:dunmore-shelling", asOf: "2031-06-03") { measure low high }
        b: event(id: "event:dunmore-shelling", lens: { minReliability: B }) { id }
        c: event(id: "event:dunmore-shelling", lens: { minReliability: C }) { id }
      }`),
    );
    expect([together.day1, together.day3]).toEqual(separately);
    expect(together.b).toEqual({ id: 'event:dunmore-shelling' });
    expect(together.c).toEqual({ id: 'event:dunmore-shelling' });
  });
});

describe('verification records', () => {
  it('shows the steps taken to verify a claim', async () => {
    const { claim } = dataOf(
      await service.query<{ claim: { verification: string; verificationSteps: unknown[] } }>(
        `{ claim(id: "claim:ostrava-toll-day-2") { verification verificationSteps { check by on result note } } }`,
      ),
    );
    expect(claim).toEqual({
      verification: 'CORROBORATED',
      verificationSteps: [
        {
          check: 'matched names against hospital lists',
          by: 'fixture editors',
          on: '2031-06-03',
          result: 'CONFIRMED',
          note: null,
        },
      ],
    });
  });
});
