/**
 * The totals rules, added up by the database, on a fictional campaign whose figures are chosen so
 * that each rule changes the answer: one figure per speaker (highest or latest), relays counted
 * once, open-ended figures, retractions, verified-only, measures kept apart, and a sub-event not
 * counted again when its larger event has a figure of its own.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/import/import-dataset.js';
import { dataOf, resetGraph, useTestService } from '../helpers/service.js';

const CAMPAIGN = 'event:harrowgate-campaign';
const SIEGE_A = 'event:harrowgate-siege-north';
const SIEGE_A_NIGHT = 'event:harrowgate-night-raid';
const SIEGE_B = 'event:harrowgate-siege-south';

const source = (id: string, name: string, kind: string, speaker?: string) => ({
  id,
  name,
  kind,
  form: kind === 'WITNESS' ? 'TESTIMONY' : kind === 'MEDIA' ? 'ARTICLE' : 'REPORT',
  publishedOn: '2033-05-01',
  ...(speaker ? { speaker } : {}),
});

function figure(
  id: string,
  chain: string[],
  subject: string,
  saidOn: string,
  count: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    chain,
    subject,
    saidOn,
    quote: `Figure ${id}.`,
    predicate: 'COUNT',
    count: { unit: 'PEOPLE', measure: 'KILLED', category: 'civilians', qualifier: 'EXACT', ...count },
    ...extra,
  };
}

const dataset = {
  format: 'claimgraph/1',
  dataset: {
    id: 'dataset:harrowgate',
    title: 'Fictional: the Harrowgate campaign',
    description: 'Invented for tests.',
  },
  sources: [
    source('source:marl-monitor', 'Marl Monitoring Desk', 'MONITOR', 'actor:marl-desk'),
    source('source:marl-bulletin', 'Marl Monitoring Desk bulletin', 'MONITOR', 'actor:marl-desk'),
    source('source:nessa-watch', 'Nessa Watch', 'MONITOR'),
    source('source:orrin-times', 'The Orrin Times', 'MEDIA'),
    source('source:witness-tova', 'Testimony of Tova Renn', 'WITNESS'),
  ],
  entities: [
    { id: 'actor:marl-desk', type: 'Actor', kind: 'ORGANISATION', name: 'Marl Monitoring Desk' },
    { id: CAMPAIGN, type: 'Event', eventType: 'ARMED_CLASH', name: 'Harrowgate campaign' },
    {
      id: SIEGE_A,
      type: 'Event',
      eventType: 'ARMED_CLASH',
      name: 'Siege of north Harrowgate',
      partOf: CAMPAIGN,
    },
    {
      id: SIEGE_A_NIGHT,
      type: 'Event',
      eventType: 'ARMED_CLASH',
      name: 'Night raid in north Harrowgate',
      partOf: SIEGE_A,
    },
    {
      id: SIEGE_B,
      type: 'Event',
      eventType: 'ARMED_CLASH',
      name: 'Siege of south Harrowgate',
      partOf: CAMPAIGN,
    },
  ],
  claims: [
    // South siege: Marl says 10, then (through its bulletin, the same speaker) 8; the Orrin Times
    // relays Marl's 10 a day later; Nessa says 14 (verified) and once said 50, since retracted.
    figure('claim:hg-marl-south-10', ['source:marl-monitor'], SIEGE_B, '2033-05-01', { value: 10 }),
    figure('claim:hg-marl-south-8', ['source:marl-bulletin'], SIEGE_B, '2033-05-03', { value: 8 }),
    figure(
      'claim:hg-orrin-relays-marl-10',
      ['source:orrin-times', 'source:marl-monitor'],
      SIEGE_B,
      '2033-05-02',
      { value: 10 },
    ),
    figure(
      'claim:hg-nessa-south-14',
      ['source:nessa-watch'],
      SIEGE_B,
      '2033-05-02',
      { value: 14 },
      { verification: 'VERIFIED' },
    ),
    figure(
      'claim:hg-nessa-south-50',
      ['source:nessa-watch'],
      SIEGE_B,
      '2033-05-04',
      { value: 50 },
      { verification: 'RETRACTED' },
    ),
    // North siege: Tova says more than 20 (open-ended); Marl says 25 (corroborated).
    figure('claim:hg-tova-north-20', ['source:witness-tova'], SIEGE_A, '2033-05-02', {
      value: 20,
      qualifier: 'MORE_THAN',
    }),
    figure(
      'claim:hg-marl-north-25',
      ['source:marl-monitor'],
      SIEGE_A,
      '2033-05-02',
      { value: 25 },
      { verification: 'CORROBORATED' },
    ),
    // The night raid lies inside the north siege, which has figures of its own: set aside.
    figure('claim:hg-nessa-night-5', ['source:nessa-watch'], SIEGE_A_NIGHT, '2033-05-02', { value: 5 }),
    // Injured: the campaign as a whole (said last, on 5 May), and the sieges inside it (set
    // aside): 7 in the south, "dozens" (24 to 99, the vocabulary's range) in the north.
    figure('claim:hg-nessa-campaign-injured-30', ['source:nessa-watch'], CAMPAIGN, '2033-05-05', {
      value: 30,
      measure: 'INJURED',
    }),
    figure('claim:hg-marl-south-injured-7', ['source:marl-monitor'], SIEGE_B, '2033-05-02', {
      value: 7,
      measure: 'INJURED',
    }),
    figure('claim:hg-tova-north-injured-dozens', ['source:witness-tova'], SIEGE_A, '2033-05-02', {
      qualifier: 'DOZENS',
      measure: 'INJURED',
    }),
    // Displaced households are another unit of another measure, kept apart.
    figure('claim:hg-marl-north-households', ['source:marl-monitor'], SIEGE_A, '2033-05-02', {
      value: 40,
      measure: 'DISPLACED',
      unit: 'HOUSEHOLDS',
      category: undefined,
    }),
  ],
};

const service = useTestService(async (s) => {
  await resetGraph(s.db);
  await importDataset(s.db, dataset);
});

interface TotalAnswer {
  measure: string;
  category: string | null;
  unit: string;
  low: number;
  high: number;
  openEnded: boolean;
  independentSpeakers: number;
  verified: boolean;
  claims: { id: string }[];
  setAside: { id: string }[];
}

async function totals(args: string): Promise<Record<string, TotalAnswer>> {
  const { totals } = dataOf(
    await service.query<{ totals: TotalAnswer[] }>(
      `{ totals(${args}) { measure category unit low high openEnded independentSpeakers verified claims { id } setAside { id } } }`,
    ),
  );
  return Object.fromEntries(totals.map((t) => [t.measure, t]));
}
const ids = (claims: { id: string }[]) => claims.map((c) => c.id).sort();

describe('totals of a campaign', () => {
  it("adds each event's range once: one figure per speaker (their highest), relays counted once", async () => {
    const { KILLED } = await totals(`event: "${CAMPAIGN}"`);
    // South: Marl's highest is 10 (the relay's 10 is said later, so it is the one kept), Nessa 14:
    // 10..14. North: Tova more than 20 (21, open), Marl 25: 21..25. Night raid: inside the north.
    expect(KILLED).toMatchObject({
      category: 'civilians',
      unit: 'PEOPLE',
      low: 10 + 21,
      high: 14 + 25,
      openEnded: true,
    });
    expect(KILLED!.independentSpeakers).toBe(3);
    expect(ids(KILLED!.claims)).toEqual([
      'claim:hg-marl-north-25',
      'claim:hg-nessa-south-14',
      'claim:hg-orrin-relays-marl-10',
      'claim:hg-tova-north-20',
    ]);
    expect(ids(KILLED!.setAside)).toEqual([
      'claim:hg-marl-south-10',
      'claim:hg-marl-south-8',
      'claim:hg-nessa-night-5',
      'claim:hg-nessa-south-50',
    ]);
    expect(KILLED!.verified).toBe(false);
  });

  it("takes each speaker's latest figure under LATEST_PER_SPEAKER", async () => {
    const { KILLED } = await totals(`event: "${CAMPAIGN}", rule: LATEST_PER_SPEAKER`);
    // South: Marl's latest is 8 (3 May), Nessa's 14 (the retracted 50 never counts): 8..14.
    expect(KILLED).toMatchObject({ low: 8 + 21, high: 14 + 25 });
    expect(ids(KILLED!.claims)).toContain('claim:hg-marl-south-8');
  });

  it('uses only verified or corroborated figures under VERIFIED_ONLY, and says they are', async () => {
    const { KILLED } = await totals(`event: "${CAMPAIGN}", rule: VERIFIED_ONLY`);
    expect(KILLED).toMatchObject({
      low: 14 + 25,
      high: 14 + 25,
      openEnded: false,
      verified: true,
      independentSpeakers: 2,
    });
  });

  it('does not count a sub-event again when its larger event has a figure for the same measure', async () => {
    const { INJURED, DISPLACED } = await totals(`event: "${CAMPAIGN}"`);
    expect(INJURED).toMatchObject({ low: 30, high: 30 });
    expect(ids(INJURED!.claims)).toEqual(['claim:hg-nessa-campaign-injured-30']);
    expect(ids(INJURED!.setAside)).toEqual([
      'claim:hg-marl-south-injured-7',
      'claim:hg-tova-north-injured-dozens',
    ]);
    // Another measure and unit, so not set aside by the campaign's injured figure.
    expect(DISPLACED).toMatchObject({ unit: 'HOUSEHOLDS', category: null, low: 40, high: 40 });
  });

  it('adds up the night raid when only the raid itself is in scope', async () => {
    const { KILLED } = await totals(`event: "${SIEGE_A_NIGHT}"`);
    expect(KILLED).toMatchObject({ low: 5, high: 5 });
  });

  it('counts the sieges when the campaign figure is not yet reported (asOf)', async () => {
    // As of 4 May the campaign has no injured figure, so both sieges' figures count.
    const { INJURED } = await totals(`event: "${CAMPAIGN}", asOf: "2033-05-04"`);
    expect(INJURED).toMatchObject({ low: 7 + 24, high: 7 + 99, openEnded: false });
    expect(INJURED!.setAside).toEqual([]);
  });

  it('counts them too when a lens leaves the campaign figure out', async () => {
    // Only first-hand witnesses: Tova's "dozens" is all that is left of the injured.
    const { INJURED } = await totals(`event: "${CAMPAIGN}", lens: { originKinds: [WITNESS] }`);
    expect(INJURED).toMatchObject({ low: 24, high: 99, independentSpeakers: 1 });
  });
});
