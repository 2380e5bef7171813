/**
 * The trace on the sample report: who is reported to have done what, where and when, and
 * according to whom, through the queries the README shows.
 */
import { describe, expect, it } from 'vitest';
import { readmeQuery } from '../helpers/readme.js';
import { dataOf, useTestService } from '../helpers/service.js';

const service = useTestService();

const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('who does Mr Fares say attacked homes in al-Qusour, and who confirms it', () => {
  interface Answer {
    event: {
      name: string;
      places: { place: { name: string; containedIn: { name: string }[] } }[];
      attackers: {
        participant: { name: string };
        claims: { quote: string; chain: { name: string }[]; verification: string }[];
      }[];
      whatTheyDid: {
        quote: string;
        verification: string;
        confirmedBy: { predicate: string; quote: string | null; originalSource: { name: string } }[];
      }[];
    };
  }

  it('names the attackers Fares describes, each with his quote relayed by the BBC', async () => {
    const { event } = dataOf(await service.query<Answer>(readmeQuery('FaresOnQusour')));
    expect(event.places.map((p) => p.place.name)).toEqual(['al-Qusour']);
    expect(names(event.places[0]!.place.containedIn)).toEqual(
      expect.arrayContaining(['Banias', 'Tartus Governorate', 'Syria']),
    );
    const attackers = Object.fromEntries(event.attackers.map((a) => [a.participant.name, a.claims]));
    expect(Object.keys(attackers).sort()).toEqual(
      ['Foreign fighters', 'Unidentified Syrian fighters', 'Unidentified armed civilians'].sort(),
    );
    const foreign = attackers['Foreign fighters']![0]!;
    expect(foreign.quote).toContain('they appear to be Uzbek or Chechnya');
    expect(names(foreign.chain)).toEqual([
      "BBC report on the violence on Syria's coast, 9 March 2025",
      'Testimony of Ayman Fares to the BBC',
    ]);
  });

  it('shows what they did, and that the protected witness confirms it', async () => {
    const { event } = dataOf(await service.query<Answer>(readmeQuery('FaresOnQusour')));
    const killed = event.whatTheyDid.find((c) => c.quote.includes('he saw his family killed in his home'));
    expect(killed?.verification).toBe('CORROBORATED');
    expect(killed?.confirmedBy).toEqual([
      {
        predicate: 'CONFIRMS',
        quote: 'another resident of Banias, confirmed Mr. Fares’ account',
        originalSource: { name: 'Protected witness, Banias resident' },
      },
    ]);
    expect(event.whatTheyDid.some((c) => c.quote.includes('continued to raid other houses'))).toBe(true);
  });
});

describe('according to whom were more than 740 civilians killed', () => {
  interface Answer {
    claims: {
      edges: {
        node: {
          quote: string;
          count: {
            qualifier: string;
            value: number;
            low: number;
            high: number | null;
            measure: string;
            category: string;
            bounds: {
              lower: number | null;
              lowerInclusive: boolean;
              upper: number | null;
              openEnded: boolean;
            };
          };
          chain: { name: string; kind: string }[];
          originalSource: { name: string; reliability: { grade: string } | null };
          places: { name: string; partOf: { name: string } | null }[];
          verification: string;
          commentary: { predicate: string; quote: string; originalSource: { name: string } }[];
        };
      }[];
    };
  }

  it('traces the toll to the SOHR through the BBC, in three cities, flagged as unverifiable', async () => {
    const { claims } = dataOf(await service.query<Answer>(readmeQuery('CivilianToll')));
    expect(claims.edges).toHaveLength(1);
    const toll = claims.edges[0]!.node;
    expect(toll.count).toEqual({
      qualifier: 'MORE_THAN',
      value: 740,
      low: 741,
      high: null,
      measure: 'KILLED',
      category: 'civilians',
      bounds: { lower: 740, lowerInclusive: false, upper: null, openEnded: true },
    });
    expect(toll.chain.map((s) => s.kind)).toEqual(['MEDIA', 'MONITOR']);
    expect(toll.originalSource.name).toBe('Syrian Observatory for Human Rights casualty tally');
    expect(names(toll.places).sort()).toEqual(['Banias', 'Jableh', 'Latakia']);
    expect(toll.verification).toBe('UNVERIFIED');
    expect(toll.commentary).toEqual([
      {
        predicate: 'CANNOT_VERIFY',
        quote: 'The BBC cannot independently verify the death toll.',
        originalSource: { name: "BBC report on the violence on Syria's coast, 9 March 2025" },
      },
    ]);
  });
});

describe('the trace of an event, an actor and a source', () => {
  it('resolves "on Thursday" against the publication date and keeps the phrase', async () => {
    const { event } = dataOf(
      await service.query<{ event: { firstDate: string; times: { time: Record<string, string> }[] } }>(
        `{ event(id: "event:loyalist-ambush") { firstDate times { time { start end precision phrase anchor edtf } } } }`,
      ),
    );
    expect(event.firstDate).toBe('2025-03-06');
    expect(event.times.map((t) => t.time)).toContainEqual({
      start: '2025-03-06',
      end: '2025-03-06',
      precision: 'DAY',
      phrase: 'on Thursday',
      anchor: '2025-03-09',
      edtf: '2025-03-06',
    });
  });

  it('shows who accuses Ghiath Dallah of what, under the name the text used', async () => {
    const { actor } = dataOf(
      await service.query<{
        actor: {
          aliases: { name: string }[];
          accusations: { event: { id: string }; accuser: { id: string }; claims: { quote: string }[] }[];
        };
      }>(`{ actor(id: "actor:ghiath-dallah") {
            aliases { name }
            accusations { event { id } accuser { id } claims { quote } }
          } }`),
    );
    expect(actor.aliases.map((a) => a.name)).toContain('Dara');
    expect(actor.accusations).toContainEqual({
      event: { id: 'event:coastal-violence-2025-03' },
      accuser: { id: 'source:fares-testimony' },
      claims: [expect.objectContaining({ quote: expect.stringContaining('accused Dara') })],
    });
  });

  it('shows what a source asserts itself and whom it relays', async () => {
    const { source } = dataOf(
      await service.query<{
        source: { relays: { id: string }[]; asserts: { predicate: string }[]; publishes: { id: string }[] };
      }>(`{ source(id: "source:bbc-2025-03-09") { relays { id } asserts { predicate } publishes { id } } }`),
    );
    expect(source.relays.map((s) => s.id)).toEqual(
      expect.arrayContaining(['source:fares-testimony', 'source:sohr-tally', 'source:protected-witness-1']),
    );
    expect(source.asserts.map((c) => c.predicate)).toContain('CANNOT_VERIFY');
    // The BBC publishes every claim of the sample: it is the first link of each chain.
    const { claims } = dataOf(
      await service.query<{ claims: { totalCount: number } }>(`{ claims { totalCount } }`),
    );
    expect(source.publishes.length).toBeGreaterThanOrEqual(claims.totalCount);
  });

  it('answers node(id) for every kind of record, and null for an unknown id', async () => {
    const data = dataOf(
      await service.query<Record<string, { __typename: string } | null>>(`{
        a: node(id: "actor:ayman-fares") { __typename }
        f: node(id: "faction:alawites") { __typename }
        p: node(id: "place:banias") { __typename }
        e: node(id: "event:qusour-raids") { __typename }
        s: node(id: "source:sohr-tally") { __typename }
        c: node(id: "claim:sohr-civilian-toll") { __typename }
        x: node(id: "place:atlantis") { __typename }
        wrongType: place(id: "actor:ayman-fares") { id }
      }`),
    );
    expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v?.__typename ?? null]))).toEqual({
      a: 'Actor',
      f: 'Faction',
      p: 'Place',
      e: 'Event',
      s: 'Source',
      c: 'Claim',
      x: null,
      wrongType: null,
    });
  });
});

describe('how many civilians the monitor counted, as bounds a chart can draw', () => {
  it('reads "more than 740" as above 740, 740 itself not included, with no upper limit', async () => {
    const answer = await service.query<{
      claim: { count: { qualifier: string; low: number; high: number | null; bounds: unknown } };
    }>(`{ claim(id: "claim:sohr-civilian-toll") {
      count { qualifier low high bounds { lower lowerInclusive upper upperInclusive openEnded } }
    } }`);
    const { count } = dataOf(answer).claim;
    expect(count.qualifier).toBe('MORE_THAN');
    expect([count.low, count.high]).toEqual([741, null]);
    expect(count.bounds).toEqual({
      lower: 740,
      lowerInclusive: false,
      upper: null,
      upperInclusive: false,
      openEnded: true,
    });
  });
});
