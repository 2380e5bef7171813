/** A protected source is shown without identifying detail to anyone without clearance. */
import { describe, expect, it } from 'vitest';
import { CLEARANCE_TOKEN, dataOf, loadFixtures, loadSample, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await loadSample(s.db);
  await loadFixtures(s.db, 'velmora');
});

const WITNESS = `{
  actor(id: "actor:protected-witness-1") { name description aliases { name } protected claims { id quote } }
  source(id: "source:protected-witness-1") { name protected asserts { id quote statement } }
}`;

interface WitnessAnswer {
  actor: {
    name: string;
    description: string | null;
    aliases: { name: string }[];
    protected: boolean;
    claims: { id: string; quote: string | null }[];
  };
  source: {
    name: string;
    protected: boolean;
    asserts: { id: string; quote: string | null; statement: string | null }[];
  };
}

describe('protection of the witness who asked not to be named', () => {
  it('shows only his public label and no quote that names him or says where he lives', async () => {
    const answer = dataOf(await service.query<WitnessAnswer>(WITNESS));
    expect(answer.actor).toMatchObject({
      name: 'Protected witness, Banias resident',
      description: null,
      aliases: [],
      protected: true,
    });
    expect(answer.source.name).toMatch(/^Protected witness/);
    const everything = JSON.stringify(answer);
    expect(everything).not.toMatch(/\bAli\b/);
    expect(everything).not.toMatch(/14-year-old/);
    expect(answer.source.asserts.length).toBeGreaterThan(3);
  });

  it('blanks his name out of quotes elsewhere in the trace', async () => {
    const { claim } = dataOf(
      await service.query<{ claim: { quote: string } }>(
        `{ claim(id: "claim:protected-witness-confirms-fares") { quote } }`,
      ),
    );
    expect(claim.quote).toBe('another resident of Banias, confirmed Mr. Fares’ account');
    // The BBC report publishes every claim of the sample.
    const { source } = dataOf(
      await service.query<{ source: { publishes: { quote: string | null }[] } }>(
        `{ source(id: "source:bbc-2025-03-09") { publishes { quote } } }`,
      ),
    );
    const quotes = source.publishes.map((c) => c.quote ?? '');
    expect(quotes.length).toBeGreaterThan(100);
    expect(quotes.filter((q) => /\bAli\b/.test(q))).toEqual([]);
    // The fictional fixture names its protected witness inside a quote.
    const { event } = dataOf(
      await service.query<{
        event: { participants: { participant: { name: string }; claims: { quote: string }[] }[] };
      }>(
        `{ event(id: "event:old-quay-raid") { participants(role: WITNESS) { participant { ... on Actor { name } } claims { quote } } } }`,
      ),
    );
    expect(event.participants).toEqual([
      {
        participant: { name: 'Protected witness, Velmora' },
        claims: [{ quote: '[protected], who saw the raid, said the shutters were forced at dawn.' }],
      },
    ]);
  });

  it('hides claims that would identify him, even from the claim list and its count', async () => {
    const cleared = dataOf(
      await service.query<{ claims: { totalCount: number } }>(
        `{ claims { totalCount } }`,
        {},
        { token: CLEARANCE_TOKEN },
      ),
    );
    const uncleared = dataOf(
      await service.query<{ claims: { totalCount: number } }>(`{ claims { totalCount } }`),
    );
    expect(uncleared.claims.totalCount).toBeLessThan(cleared.claims.totalCount);
    const where = dataOf(
      await service.query<{ actor: { claims: { object: { id: string } }[] } }>(
        `{ actor(id: "actor:protected-witness-1") { claims(predicates: [LOCATED_IN]) { object { id } } } }`,
      ),
    );
    // "A resident of Banias" is his public label; the neighbourhood is withheld.
    expect(where.actor.claims.map((c) => c.object.id)).not.toContain('place:al-qusour');
    const clearedWhere = dataOf(
      await service.query<{ actor: { claims: { object: { id: string } }[] } }>(
        `{ actor(id: "actor:protected-witness-1") { claims(predicates: [LOCATED_IN]) { object { id } } } }`,
        {},
        { token: CLEARANCE_TOKEN },
      ),
    );
    expect(clearedWhere.actor.claims.map((c) => c.object.id)).toContain('place:al-qusour');
  });

  it('shows everything to a caller with clearance', async () => {
    const answer = dataOf(await service.query<WitnessAnswer>(WITNESS, {}, { token: CLEARANCE_TOKEN }));
    expect(answer.actor.name).toBe('Ali');
    expect(JSON.stringify(answer)).toMatch(/Kusur/);
  });

  it('refuses a wrong token outright instead of answering', async () => {
    const answer = await service.query<WitnessAnswer>(WITNESS, {}, { token: 'guess' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.data ?? null).toBeNull();
  });
});

describe('lists and timelines never tie the witness to what only identifying claims say', () => {
  // The al-Qusour raids and lootings are tied to him only by claims the dataset marks identifying
  // (they would say which street he lives on); his family's flight and the Sunni neighbours'
  // protection are tied by claims he made public.
  const PUBLIC = ['event:banias-sunni-protection', 'event:witness-family-flight'];
  const QUSOUR = ['event:qusour-looting', 'event:qusour-raids'];
  const ids = (connection: { edges: { node: { id: string } }[] }) =>
    connection.edges.map((e) => e.node.id).sort();

  async function ask(token?: string) {
    const answer = await service.query<
      Record<string, { totalCount: number; edges: { node: { id: string } }[] }>
    >(
      `{
        involving: events(filter: { involving: "actor:protected-witness-1" }, first: 100) { totalCount edges { node { id } } }
        sourced: events(filter: { source: "source:protected-witness-1" }, first: 100) { totalCount edges { node { id } } }
        timeline(of: "actor:protected-witness-1", first: 100) { totalCount edges { node { id } } }
      }`,
      {},
      token ? { token } : {},
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }

  it('leaves the raids out for callers without clearance, in pages and counts alike', async () => {
    const answer = await ask();
    expect(ids(answer.involving!)).toEqual(PUBLIC);
    expect(answer.involving!.totalCount).toBe(PUBLIC.length);
    expect(ids(answer.timeline!)).toEqual(PUBLIC);
    for (const raid of QUSOUR) expect(ids(answer.sourced!)).not.toContain(raid);
  });

  it('shows them to cleared callers', async () => {
    const answer = await ask(CLEARANCE_TOKEN);
    expect(ids(answer.involving!)).toEqual(expect.arrayContaining([...PUBLIC, 'event:qusour-raids']));
    expect(ids(answer.sourced!)).toEqual(expect.arrayContaining(QUSOUR));
  });
});

describe('a witness known by his first name (the fictional Bramwick fixture)', () => {
  const bramwick = useTestService(async (s) => {
    await loadFixtures(s.db, 'bramwick-witness');
  });

  const WITNESS_IN_BRAMWICK = `{
    actor(id: "actor:bramwick-witness") {
      name description aliases { name } publishedDetails { field value }
      events { event { id } role claims { id quote quoteWithheld statement note } }
    }
    source(id: "source:bramwick-witness") { name author url description publishedDetails { field value } }
    arrests: event(id: "event:gullet-lane-arrests") { firstDate lastDate }
    curfew: event(id: "event:bramwick-curfew") { firstDate participants { participant { ... on Actor { name } } } }
  }`;

  interface BramwickAnswer {
    actor: {
      name: string;
      description: string | null;
      aliases: { name: string }[];
      publishedDetails: { field: string; value: string }[];
      events: {
        event: { id: string };
        role: string;
        claims: {
          id: string;
          quote: string | null;
          quoteWithheld: boolean;
          statement: string | null;
          note: string | null;
        }[];
      }[];
    };
    source: Record<string, unknown>;
    arrests: { firstDate: string | null; lastDate: string | null };
    curfew: { firstDate: string | null; participants: { participant: { name?: string } }[] };
  }

  it('shows his public label and exactly the details his sources published', async () => {
    const answer = dataOf(await bramwick.query<BramwickAnswer>(WITNESS_IN_BRAMWICK));
    expect(answer.actor).toMatchObject({
      name: 'Protected witness, Bramwick',
      description: null,
      aliases: [],
      publishedDetails: [
        { field: 'first name', value: 'Tomas' },
        { field: 'town', value: 'Bramwick' },
      ],
    });
    expect(answer.source).toEqual({
      name: 'Protected witness, Bramwick',
      author: null,
      url: null,
      description: null,
      publishedDetails: [{ field: 'first name', value: 'Tomas' }],
    });
    expect(JSON.stringify(answer)).not.toMatch(/Averell|chandlery|Quayside|ferry/);
  });

  it('keeps a claim whose fact was published, with its words withheld', async () => {
    const answer = dataOf(await bramwick.query<BramwickAnswer>(WITNESS_IN_BRAMWICK));
    expect(answer.actor.events.map((e) => e.event.id).sort()).toEqual([
      'event:bramwick-curfew',
      'event:bramwick-market-fire',
    ]);
    const curfew = answer.actor.events.find((e) => e.event.id === 'event:bramwick-curfew')!;
    expect(curfew.claims).toEqual([
      {
        id: 'claim:witness-stopped-at-curfew',
        quote: null,
        quoteWithheld: true,
        statement: 'The witness was turned back at the curfew barrier.',
        note: null,
      },
    ]);
    expect(answer.curfew.participants.map((p) => p.participant.name)).toContain(
      'Protected witness, Bramwick',
    );
    const fire = answer.actor.events.find((e) => e.event.id === 'event:bramwick-market-fire')!;
    // His first name was published: quotes keep it.
    expect(fire.claims[0]).toMatchObject({
      quoteWithheld: false,
      quote: expect.stringMatching(/^Tomas, who/),
    });
  });

  it('dates events only by claims a caller without clearance may see', async () => {
    // Only his identifying account dates the arrests (Tuesday 3 June 2031); the curfew is dated
    // by a public report (Saturday 7 June).
    const answer = dataOf(await bramwick.query<BramwickAnswer>(WITNESS_IN_BRAMWICK));
    expect(answer.arrests).toEqual({ firstDate: null, lastDate: null });
    expect(answer.curfew.firstDate).toBe('2031-06-07');
    const cleared = dataOf(
      await bramwick.query<BramwickAnswer>(WITNESS_IN_BRAMWICK, {}, { token: CLEARANCE_TOKEN }),
    );
    expect(cleared.arrests).toEqual({ firstDate: null, lastDate: null });
    expect(cleared.actor.name).toBe('Tomas Averell');
    const withheld = cleared.actor.events.find((e) => e.event.id === 'event:bramwick-curfew')!.claims[0]!;
    expect(withheld).toMatchObject({ quoteWithheld: false, quote: expect.stringMatching(/Quayside/) });
  });

  it('leaves the arrests and their count out of his events, timelines and totals', async () => {
    const answer = dataOf(
      await bramwick.query<{
        involving: { edges: { node: { id: string } }[] };
        lane: { edges: { node: { id: string } }[] };
        totals: { measure: string }[];
      }>(`{
        involving: events(filter: { involving: "actor:bramwick-witness" }) { edges { node { id } } }
        lane: events(filter: { place: "place:gullet-lane" }) { edges { node { id } } }
        totals(event: "event:gullet-lane-arrests") { measure }
      }`),
    );
    expect(answer.involving.edges.map((e) => e.node.id)).not.toContain('event:gullet-lane-arrests');
    expect(answer.lane.edges).toEqual([]);
    expect(answer.totals).toEqual([]);
  });
});
