/**
 * Which claims a lens lets through, on the real database: the cases the unit tests of the former
 * Node predicate (passesLens) covered, now answered by the one Cypher predicate,
 * cypher/fragments/claimVisible.cypher. The fixture (test/fixtures/lens-cases.json, fictional)
 * has one event per field of the lens, with claims that pass and fail it; the expected claims are
 * worked out from the fixture in the comments.
 *
 * Each case asks `claim(id:, lens:)` for every claim of the case (one request, one lens); the
 * lists (`claims(filter:, lens:)`) are asked separately, and must hold exactly the same claims.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLEARANCE_TOKEN, dataOf, loadFixtures, resetGraph, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await resetGraph(s.db);
  await loadFixtures(s.db, 'lens-cases');
});

const fixture = JSON.parse(readFileSync(new URL('../fixtures/lens-cases.json', import.meta.url), 'utf8')) as {
  claims: { id: string; identifying?: boolean }[];
};

/** The lens input as the API takes it. */
interface LensInput {
  minReliability?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  verification?: string[];
  excludeAffiliatedWith?: string[];
  onlySource?: string;
  firstHandOnly?: boolean;
  originKinds?: string[];
  asOf?: string;
}

interface Ask {
  lens?: LensInput | null;
  /** The root field's own asOf argument. */
  asOf?: string;
  token?: string;
}

/** Whether `claim(id:, lens:)` returns each claim: all asked in one request, through one lens. */
async function visibility(ids: string[], ask: Ask = {}): Promise<Record<string, boolean>> {
  const fields = ids.map(
    (id, i) => `c${i}: claim(id: ${JSON.stringify(id)}, lens: $lens, asOf: $asOf) { id }`,
  );
  const data = dataOf(
    await service.query<Record<string, { id: string } | null>>(
      `query Visibility($lens: Lens, $asOf: Date) {\n  ${fields.join('\n  ')}\n}`,
      { lens: ask.lens ?? null, asOf: ask.asOf ?? null },
      { token: ask.token },
    ),
  );
  return Object.fromEntries(
    ids.map((id, i) => {
      const claim = data[`c${i}`];
      if (claim) expect(claim.id).toBe(id);
      return [id, claim !== null && claim !== undefined];
    }),
  );
}

/** Asks for every claim named in `expected` and compares what is seen with it. */
async function expectVisibility(expected: Record<string, boolean>, ask: Ask = {}): Promise<void> {
  expect(await visibility(Object.keys(expected), ask)).toEqual(expected);
}

const LIST = `query List($filter: ClaimFilter, $lens: Lens, $asOf: Date) {
  claims(filter: $filter, lens: $lens, asOf: $asOf, first: 100) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id } }
  }
}`;

interface ListAnswer {
  claims: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
}

/** The ids `claims(filter:, lens:)` lists (in its order, by id); its totalCount must agree. */
async function listed(filter: Record<string, unknown>, ask: Ask = {}): Promise<string[]> {
  const { claims } = dataOf(
    await service.query<ListAnswer>(
      LIST,
      { filter, lens: ask.lens ?? null, asOf: ask.asOf ?? null },
      { token: ask.token },
    ),
  );
  const ids = claims.edges.map((e) => e.node.id);
  expect(claims.totalCount).toBe(ids.length);
  expect(claims.pageInfo.hasNextPage).toBe(false);
  return ids;
}

/** The claims about an event, through the lens. */
const about = (event: string, ask: Ask = {}) => listed({ about: event }, ask);

const sorted = (ids: string[]) => [...ids].sort();

describe('without a lens', () => {
  const identifying = fixture.claims.filter((c) => c.identifying).map((c) => c.id);
  const open = fixture.claims.filter((c) => !c.identifying).map((c) => c.id);

  it('lets every claim through, retracted ones too, but an identifying one only with clearance', async () => {
    // The fixture has one identifying claim (claim:raid-witness-identifying); every other claim,
    // whatever its grade, status, speaker or date, is seen by anyone.
    expect(identifying).toEqual(['claim:raid-witness-identifying']);
    expect(open).toContain('claim:ferry-seizure-retracted');
    await expectVisibility({
      ...Object.fromEntries(open.map((id) => [id, true])),
      'claim:raid-witness-identifying': false,
    });
    await expectVisibility(Object.fromEntries(fixture.claims.map((c) => [c.id, true])), {
      token: CLEARANCE_TOKEN,
    });
  });

  it('lists every claim a source is in, retracted ones too', async () => {
    // The Ledger is in the chain of these 22 claims (publisher, relay in the middle, or speaker).
    const ledger = [
      'claim:ambush-other-party',
      'claim:ambush-partisan-origin',
      'claim:ambush-unaffiliated',
      'claim:arrests-unverified-monitor-origin',
      'claim:arrests-verified-media-origin',
      'claim:arrests-verified-monitor-origin',
      'claim:ferry-seizure-corroborated',
      'claim:ferry-seizure-disputed',
      'claim:ferry-seizure-retracted',
      'claim:ferry-seizure-unverified',
      'claim:ferry-seizure-verified',
      'claim:granary-fire-hearsay',
      'claim:granary-fire-relayed',
      'claim:kestrel-watch-member-of-grey-lantern',
      'claim:protest-relayed',
      'claim:protest-relayed-twice',
      'claim:raid-witness-relayed',
      'claim:sedge-circle-member-of-reed-league',
      'claim:weir-clash-published-may-10',
      'claim:weir-clash-said-may-6',
      'claim:weir-clash-said-may-7',
      'claim:weir-clash-said-may-8',
    ];
    expect(await listed({ source: 'source:brennick-ledger' })).toEqual(sorted(ledger));
  });
});

describe('minReliability', () => {
  // Grades: Pell Gazette A, Vale Observatory A, Brennick Ledger B, Corin Aske B, Ysolde Fane C,
  // Cinder Sheet D, Marl Watch D, Hale Tarrow D; the talk on Tallow Quay is ungraded (counts as F).
  const EVENT = 'event:brennick-granary-fire';

  it('requires every source of the chain, not only the publisher, to be graded that well', async () => {
    await expectVisibility(
      {
        'claim:granary-fire-relayed': true, // Ledger B, Observatory A: both B or better
        'claim:granary-fire-top-graded': true, // Gazette A, Observatory A
        'claim:granary-fire-weak-origin': false, // Gazette A, but the original speaker Marl Watch is D
        'claim:granary-fire-weak-publisher': false, // Observatory A, but the publisher Cinder Sheet is D
        'claim:granary-fire-weak-relay': false, // Gazette A and Observatory A, relayed through Cinder Sheet D
      },
      { lens: { minReliability: 'B' } },
    );
    await expectVisibility(
      {
        'claim:granary-fire-relayed': false, // the Ledger's B is worse than A
        'claim:granary-fire-top-graded': true, // A and A
      },
      { lens: { minReliability: 'A' } },
    );
  });

  it('treats the grade as a floor: the same grade or better passes', async () => {
    await expectVisibility(
      {
        'claim:granary-fire-witness-c': true, // Ysolde Fane C: the same grade
        'claim:granary-fire-witness-b': true, // Corin Aske B: better
        'claim:granary-fire-witness-d': false, // Hale Tarrow D: worse
      },
      { lens: { minReliability: 'C' } },
    );
  });

  it('counts an ungraded source as F', async () => {
    // Ledger B relaying the ungraded talk on Tallow Quay: F is worse than E, and no worse than F.
    await expectVisibility({ 'claim:granary-fire-hearsay': false }, { lens: { minReliability: 'E' } });
    await expectVisibility({ 'claim:granary-fire-hearsay': true }, { lens: { minReliability: 'F' } });
  });

  it('lists the same claims about the event', async () => {
    const topGraded = ['claim:granary-fire-top-graded'];
    // B: the claims with no source worse than B; C adds Ysolde Fane's own C.
    const b = [...topGraded, 'claim:granary-fire-relayed', 'claim:granary-fire-witness-b'];
    const c = [...b, 'claim:granary-fire-witness-c'];
    // D: everything but the ungraded hearsay; E the same; F everything.
    const d = [
      ...c,
      'claim:granary-fire-weak-origin',
      'claim:granary-fire-weak-publisher',
      'claim:granary-fire-weak-relay',
      'claim:granary-fire-witness-d',
    ];
    const f = [...d, 'claim:granary-fire-hearsay'];
    expect(await about(EVENT, { lens: { minReliability: 'A' } })).toEqual(sorted(topGraded));
    expect(await about(EVENT, { lens: { minReliability: 'B' } })).toEqual(sorted(b));
    expect(await about(EVENT, { lens: { minReliability: 'C' } })).toEqual(sorted(c));
    expect(await about(EVENT, { lens: { minReliability: 'D' } })).toEqual(sorted(d));
    expect(await about(EVENT, { lens: { minReliability: 'E' } })).toEqual(sorted(d));
    expect(await about(EVENT, { lens: { minReliability: 'F' } })).toEqual(sorted(f));
    expect(await about(EVENT)).toEqual(sorted(f));
  });
});

describe('verification', () => {
  // Five claims of the same chain (Ledger relaying the Observatory), one of each status;
  // the unverified one gives no status and takes the default.
  const EVENT = 'event:oskel-ferry-seizure';

  it('lets through only the statuses asked for', async () => {
    await expectVisibility(
      {
        'claim:ferry-seizure-verified': true,
        'claim:ferry-seizure-corroborated': true,
        'claim:ferry-seizure-unverified': false,
        'claim:ferry-seizure-disputed': false,
        'claim:ferry-seizure-retracted': false,
      },
      { lens: { verification: ['VERIFIED', 'CORROBORATED'] } },
    );
    await expectVisibility(
      {
        'claim:ferry-seizure-verified': false,
        'claim:ferry-seizure-unverified': true, // UNVERIFIED by default
        'claim:ferry-seizure-retracted': false,
      },
      { lens: { verification: ['UNVERIFIED'] } },
    );
  });

  it('lists the same claims about the event', async () => {
    expect(await about(EVENT, { lens: { verification: ['VERIFIED', 'CORROBORATED'] } })).toEqual(
      sorted(['claim:ferry-seizure-corroborated', 'claim:ferry-seizure-verified']),
    );
    expect(await about(EVENT, { lens: { verification: ['RETRACTED'] } })).toEqual([
      'claim:ferry-seizure-retracted',
    ]);
    expect(await about(EVENT, { lens: { verification: ['DISPUTED', 'UNVERIFIED'] } })).toEqual(
      sorted(['claim:ferry-seizure-disputed', 'claim:ferry-seizure-unverified']),
    );
  });
});

describe('excludeAffiliatedWith', () => {
  // Speakers: Provost Odo Marrant speaks his office's bulletin; the Grey Lantern Company speaks
  // its communique; Kestrel Watch (claimed MEMBER_OF the Grey Lantern Company) speaks its report;
  // Sedge Circle (claimed MEMBER_OF the Reed League) speaks its report; the Vale Observatory
  // speaks its report and belongs to no one; the Ledger has no speaker.
  const EVENT = 'event:marl-road-ambush';
  const exclude = ['faction:grey-lantern-company', 'actor:odo-marrant'];

  it('leaves out a claim any of whose sources is affiliated with an excluded party', async () => {
    await expectVisibility(
      {
        // the original speaker, Kestrel Watch, is claimed a member of the Grey Lantern Company
        'claim:ambush-partisan-origin': false,
        // the publisher, the Provost's bulletin, is spoken by Odo Marrant himself
        'claim:ambush-partisan-publisher': false,
        // spoken by the Grey Lantern Company itself
        'claim:ambush-communique': false,
      },
      { lens: { excludeAffiliatedWith: exclude } },
    );
  });

  it('keeps a claim whose sources are affiliated with other parties only', async () => {
    await expectVisibility(
      {
        // Sedge Circle belongs to the Reed League, which is not excluded
        'claim:ambush-other-party': true,
        // the Observatory belongs to no one; that the claim is about the Grey Lantern Company
        // (its subject) does not matter: only who speaks does
        'claim:ambush-unaffiliated': true,
      },
      { lens: { excludeAffiliatedWith: exclude } },
    );
  });

  it('excludes only the parties named', async () => {
    await expectVisibility(
      {
        'claim:ambush-partisan-origin': true, // Kestrel Watch has nothing to do with Marrant
        'claim:ambush-partisan-publisher': false, // Marrant's bulletin
        'claim:ambush-communique': true,
        'claim:ambush-other-party': true,
      },
      { lens: { excludeAffiliatedWith: ['actor:odo-marrant'] } },
    );
    await expectVisibility(
      {
        'claim:ambush-partisan-origin': true,
        'claim:ambush-other-party': false, // Sedge Circle, a claimed member of the Reed League
        'claim:ambush-unaffiliated': true,
      },
      { lens: { excludeAffiliatedWith: ['faction:reed-league'] } },
    );
    await expectVisibility(
      {
        'claim:ambush-partisan-origin': false, // Kestrel Watch itself, the speaker
        'claim:ambush-communique': true, // the Company, of which Kestrel Watch is a member, is not excluded
      },
      { lens: { excludeAffiliatedWith: ['actor:kestrel-watch'] } },
    );
  });

  it('lists the same claims about the event', async () => {
    expect(await about(EVENT, { lens: { excludeAffiliatedWith: exclude } })).toEqual(
      sorted(['claim:ambush-other-party', 'claim:ambush-unaffiliated']),
    );
    expect(await about(EVENT, { lens: { excludeAffiliatedWith: ['faction:reed-league'] } })).toEqual(
      sorted([
        'claim:ambush-communique',
        'claim:ambush-partisan-origin',
        'claim:ambush-partisan-publisher',
        'claim:ambush-unaffiliated',
      ]),
    );
  });
});

describe('chain shape: onlySource, firstHandOnly, originKinds', () => {
  // claim:protest-relayed: Ledger (MEDIA) relaying the Observatory (MONITOR).
  // claim:protest-witness: Ysolde Fane (WITNESS), first-hand.
  // claim:protest-relayed-twice: Gazette (MEDIA) relaying the Ledger (MEDIA) relaying Ysolde Fane.
  const EVENT = 'event:tallow-quay-protest';

  it('onlySource keeps claims with the source anywhere in the chain', async () => {
    await expectVisibility(
      {
        'claim:protest-relayed': true, // the Observatory is its original speaker
        'claim:protest-witness': false,
        'claim:protest-relayed-twice': false,
      },
      { lens: { onlySource: 'source:vale-observatory-report' } },
    );
    await expectVisibility(
      {
        'claim:protest-relayed': true, // the Ledger publishes it
        'claim:protest-witness': false,
        'claim:protest-relayed-twice': true, // the Ledger is in the middle of the chain
      },
      { lens: { onlySource: 'source:brennick-ledger' } },
    );
    await expectVisibility(
      {
        'claim:protest-relayed': false, // the Cinder Sheet is in none of these chains
        'claim:protest-witness': false,
        'claim:protest-relayed-twice': false,
      },
      { lens: { onlySource: 'source:cinder-sheet' } },
    );
  });

  it('firstHandOnly keeps claims whose publisher is the original speaker, and drops relayed ones', async () => {
    await expectVisibility(
      {
        'claim:protest-witness': true, // a chain of one
        'claim:protest-relayed': false, // two
        'claim:protest-relayed-twice': false, // three, ending with the same witness
      },
      { lens: { firstHandOnly: true } },
    );
  });

  it('originKinds looks at the kind of the original source, not the publisher', async () => {
    await expectVisibility(
      {
        'claim:protest-relayed': true, // MONITOR
        'claim:protest-witness': false, // WITNESS
        'claim:protest-relayed-twice': false, // WITNESS (published by MEDIA)
      },
      { lens: { originKinds: ['MONITOR'] } },
    );
    await expectVisibility(
      {
        'claim:protest-relayed': true,
        'claim:protest-witness': true,
        'claim:protest-relayed-twice': true,
      },
      { lens: { originKinds: ['WITNESS', 'MONITOR'] } },
    );
    await expectVisibility(
      {
        // two of the three are published by MEDIA, none is originally spoken by MEDIA
        'claim:protest-relayed': false,
        'claim:protest-witness': false,
        'claim:protest-relayed-twice': false,
      },
      { lens: { originKinds: ['MEDIA'] } },
    );
  });

  it('lists the same claims about the event', async () => {
    expect(await about(EVENT, { lens: { onlySource: 'source:ysolde-fane-testimony' } })).toEqual(
      sorted(['claim:protest-relayed-twice', 'claim:protest-witness']),
    );
    expect(await about(EVENT, { lens: { onlySource: 'source:brennick-ledger' } })).toEqual(
      sorted(['claim:protest-relayed', 'claim:protest-relayed-twice']),
    );
    expect(await about(EVENT, { lens: { onlySource: 'source:cinder-sheet' } })).toEqual([]);
    expect(await about(EVENT, { lens: { firstHandOnly: true } })).toEqual(['claim:protest-witness']);
    expect(await about(EVENT, { lens: { originKinds: ['WITNESS'] } })).toEqual(
      sorted(['claim:protest-relayed-twice', 'claim:protest-witness']),
    );
    expect(await about(EVENT, { lens: { originKinds: ['MEDIA'] } })).toEqual([]);
    // onlySource in a list with another source as filter: the Gazette's claims that also pass
    // through Ysolde Fane (the protest relayed twice); the Gazette's granary claims do not.
    expect(
      await listed(
        { source: 'source:pell-gazette' },
        { lens: { onlySource: 'source:ysolde-fane-testimony' } },
      ),
    ).toEqual(['claim:protest-relayed-twice']);
  });
});

describe('asOf', () => {
  // Said on: 6, 7 and 8 May 2024 (given); claim:weir-clash-published-may-10 gives none and takes
  // its publisher's, the Ledger's 10 May (not the 9 May of the Observatory it relays);
  // claim:weir-clash-observatory takes the Observatory's 9 May; the undated notice has no date
  // at all. Every claim was recorded when this test imported it, long after May 2024.
  const EVENT = 'event:weir-gate-clash';

  it('keeps claims said up to the end of the day, and drops later ones', async () => {
    await expectVisibility(
      {
        'claim:weir-clash-said-may-6': true,
        'claim:weir-clash-said-may-7': true,
        'claim:weir-clash-said-may-8': false,
      },
      { lens: { asOf: '2024-05-07' } },
    );
  });

  it("takes the publisher's date when the claim gives none", async () => {
    await expectVisibility(
      {
        'claim:weir-clash-observatory': true, // 9 May
        'claim:weir-clash-published-may-10': false, // 10 May, though its original speaker published on the 9th
      },
      { lens: { asOf: '2024-05-09' } },
    );
    await expectVisibility({ 'claim:weir-clash-published-may-10': true }, { lens: { asOf: '2024-05-10' } });
  });

  it('judges by saidOn, not by when the claim was recorded', async () => {
    // Recorded today, years after 7 May 2024, yet said by then.
    const { claim } = dataOf(
      await service.query<{ claim: { saidOn: string; recordedAt: string } }>(
        `{ claim(id: "claim:weir-clash-said-may-6") { saidOn recordedAt } }`,
      ),
    );
    expect(claim.saidOn).toBe('2024-05-06');
    expect(claim.recordedAt.slice(0, 10) > '2024-05-07').toBe(true);
    await expectVisibility({ 'claim:weir-clash-said-may-6': true }, { lens: { asOf: '2024-05-07' } });
  });

  it('falls back to the day the claim was recorded when it has no saidOn', async () => {
    // Neither the notice's claim nor the notice gives a date, so the import leaves saidOn unset.
    const { claim } = dataOf(
      await service.query<{ claim: { saidOn: string | null; recordedAt: string } }>(
        `{ claim(id: "claim:weir-clash-undated-notice") { saidOn recordedAt } }`,
      ),
    );
    expect(claim.saidOn).toBeNull();
    const recordedOn = claim.recordedAt.slice(0, 10);
    const dayBefore = new Date(Date.parse(`${recordedOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await expectVisibility({ 'claim:weir-clash-undated-notice': true }, { lens: { asOf: recordedOn } });
    await expectVisibility({ 'claim:weir-clash-undated-notice': false }, { lens: { asOf: dayBefore } });
    await expectVisibility({ 'claim:weir-clash-undated-notice': false }, { lens: { asOf: '2024-05-10' } });
  });

  it("reads the root field's asOf argument as the lens's asOf", async () => {
    await expectVisibility(
      {
        'claim:weir-clash-said-may-7': true,
        'claim:weir-clash-said-may-8': false,
      },
      { asOf: '2024-05-07' },
    );
  });

  it('lists the same claims about the event', async () => {
    const may7 = ['claim:weir-clash-said-may-6', 'claim:weir-clash-said-may-7'];
    const may9 = [...may7, 'claim:weir-clash-said-may-8', 'claim:weir-clash-observatory'];
    const may10 = [...may9, 'claim:weir-clash-published-may-10'];
    expect(await about(EVENT, { lens: { asOf: '2024-05-05' } })).toEqual([]);
    expect(await about(EVENT, { lens: { asOf: '2024-05-07' } })).toEqual(sorted(may7));
    expect(await about(EVENT, { asOf: '2024-05-07' })).toEqual(sorted(may7));
    expect(await about(EVENT, { lens: { asOf: '2024-05-09' } })).toEqual(sorted(may9));
    expect(await about(EVENT, { lens: { asOf: '2024-05-10' } })).toEqual(sorted(may10));
    // The undated notice counts from the day it was recorded, at the latest today: by tomorrow
    // it is in, whatever the hour of the import.
    const recorded = [...may10, 'claim:weir-clash-undated-notice'];
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await about(EVENT, { lens: { asOf: tomorrow } })).toEqual(sorted(recorded));
  });
});

describe('several fields at once', () => {
  // claim:arrests-verified-monitor-origin: VERIFIED, Ledger relaying the Observatory (MONITOR).
  // claim:arrests-unverified-monitor-origin: UNVERIFIED, the same chain.
  // claim:arrests-verified-media-origin: VERIFIED, the Observatory relaying the Ledger (MEDIA).
  const EVENT = 'event:lantern-hill-arrests';
  const both = { verification: ['VERIFIED'], originKinds: ['MONITOR'] };

  it('requires every field of the lens to pass', async () => {
    await expectVisibility(
      {
        'claim:arrests-verified-monitor-origin': true, // both hold
        'claim:arrests-unverified-monitor-origin': false, // the status fails
        'claim:arrests-verified-media-origin': false, // the original speaker's kind fails
      },
      { lens: both },
    );
    // Each field alone lets through the claims the other one stops.
    await expectVisibility(
      { 'claim:arrests-unverified-monitor-origin': true, 'claim:arrests-verified-media-origin': false },
      { lens: { originKinds: ['MONITOR'] } },
    );
    await expectVisibility(
      { 'claim:arrests-unverified-monitor-origin': false, 'claim:arrests-verified-media-origin': true },
      { lens: { verification: ['VERIFIED'] } },
    );
  });

  it('combines firstHandOnly with minReliability', async () => {
    // First-hand granary claims: the three witnesses (C, B, D); at B or better, only Corin Aske.
    // Relayed ones graded B or better (the relayed and top-graded claims) fail firstHandOnly.
    await expectVisibility(
      {
        'claim:granary-fire-witness-b': true,
        'claim:granary-fire-witness-c': false,
        'claim:granary-fire-witness-d': false,
        'claim:granary-fire-relayed': false,
        'claim:granary-fire-top-graded': false,
      },
      { lens: { firstHandOnly: true, minReliability: 'B' } },
    );
  });

  it('lists the same claims', async () => {
    expect(await about(EVENT, { lens: both })).toEqual(['claim:arrests-verified-monitor-origin']);
    expect(
      await about('event:brennick-granary-fire', { lens: { firstHandOnly: true, minReliability: 'B' } }),
    ).toEqual(['claim:granary-fire-witness-b']);
  });
});

describe('protection', () => {
  // claim:raid-witness-identifying: first-hand from the protected Reed Market witness, CORROBORATED,
  // identifying (its quote would give the witness away).
  // claim:raid-witness-relayed: the Ledger relaying the same witness, not identifying.
  const EVENT = 'event:reed-market-raid';

  it('hides an identifying claim from a caller without clearance, through any lens', async () => {
    await expectVisibility({ 'claim:raid-witness-identifying': false, 'claim:raid-witness-relayed': true });
    // A lens it passes does not bring it back.
    await expectVisibility(
      { 'claim:raid-witness-identifying': false, 'claim:raid-witness-relayed': true },
      { lens: { originKinds: ['WITNESS'] } },
    );
  });

  it('shows it with the clearance token, still through the lens', async () => {
    await expectVisibility(
      { 'claim:raid-witness-identifying': true, 'claim:raid-witness-relayed': true },
      { token: CLEARANCE_TOKEN },
    );
    await expectVisibility(
      { 'claim:raid-witness-identifying': true, 'claim:raid-witness-relayed': false }, // relayed: a chain of two
      { lens: { firstHandOnly: true }, token: CLEARANCE_TOKEN },
    );
    await expectVisibility(
      { 'claim:raid-witness-identifying': false, 'claim:raid-witness-relayed': false }, // WITNESS origins
      { lens: { originKinds: ['MONITOR'] }, token: CLEARANCE_TOKEN },
    );
  });

  it('lists the same claims', async () => {
    const lens = { originKinds: ['WITNESS'] };
    expect(await about(EVENT)).toEqual(['claim:raid-witness-relayed']);
    expect(await about(EVENT, { lens })).toEqual(['claim:raid-witness-relayed']);
    expect(await about(EVENT, { token: CLEARANCE_TOKEN })).toEqual(
      sorted(['claim:raid-witness-identifying', 'claim:raid-witness-relayed']),
    );
    expect(await about(EVENT, { lens, token: CLEARANCE_TOKEN })).toEqual(
      sorted(['claim:raid-witness-identifying', 'claim:raid-witness-relayed']),
    );
    expect(await about(EVENT, { lens: { firstHandOnly: true } })).toEqual([]);
  });
});
