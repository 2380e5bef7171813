/**
 * `npm run generate -- --claims 100000 --out /tmp/vardesh.jsonl [--seed 7]`: writes a fictional
 * corpus in the JSON Lines dataset format (docs/data-format.md) for load tests and benchmarks,
 * and beside it `<out>.summary.json` with what the corpus holds, counted while it was written,
 * so that tests can compare the graph with figures computed independently of the import.
 *
 * Everything in it is invented: the country of Vardesh, its governorates, towns, people, armed
 * groups, monitors and outlets, in 2031, placed in open ocean. Its shape is meant to be
 * realistic: a few actors, factions and towns turn up in most claims (Zipf-like), many outlets
 * relay a few monitors and witnesses, speakers revise rival casualty tolls over days, officials
 * dispute them, accused factions deny, about 1% of sources are protected witnesses.
 *
 * The output is streamed: memory stays flat whatever the size. Events are flat (no sub-events),
 * so the expected totals are plain sums over events.
 */
import { once } from 'node:events';
import { createWriteStream, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    claims: { type: 'string', default: '10000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20310101' },
  },
});
if (!args.out || !/\.(jsonl|ndjson)$/.test(args.out)) {
  console.error('usage: npm run generate -- --claims N --out <file.jsonl> [--seed S]');
  process.exit(2);
}
const CLAIMS = Number(args.claims);
const SEED = Number(args.seed);
const OUT = args.out;
if (!Number.isInteger(CLAIMS) || CLAIMS < 100) {
  console.error('--claims must be a whole number of at least 100');
  process.exit(2);
}

/** What `<out>.summary.json` holds; tests and benchmarks read it (`import type` runs nothing). */
export interface CorpusSummary {
  file: string;
  seed: number;
  counts: {
    sources: number;
    protectedSources: number;
    entities: number;
    places: number;
    factions: number;
    actors: number;
    events: number;
    aliases: number;
    claims: number;
    identifyingClaims: number;
    retractedClaims: number;
    claimsByPredicate: Record<string, number>;
    /** Relationships the import creates, by type; RELAYS counts distinct pairs. */
    links: Record<string, number>;
  };
  /** The country, the actor in most events and the town with most events. */
  ids: { country: string; busyActor: string; busyTown: string };
  /** The country's totals under HIGHEST_PER_SPEAKER, per measure, category and unit. */
  totals: { place: string; rule: string; note: string; figures: TotalFigure[] };
}

export interface TotalFigure {
  measure: string;
  category: string | null;
  unit: string;
  low: number;
  high: number;
  openEnded: boolean;
  /** Events with a figure of this key. */
  events: number;
}

// ---------------------------------------------------------------- randomness

/** mulberry32: a small seeded PRNG, so that the same seed always gives the same corpus. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (rng: Rng, p: number) => rng() < p;
const pickOne = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Draws index i with weight 1/(i+1)^s: a few items are drawn most of the time. */
function zipf<T>(items: readonly T[], s = 1.1): (rng: Rng) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < items.length; i += 1) cumulative.push((sum += 1 / (i + 1) ** s));
  return (rng) => {
    const target = rng() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)));

// ---------------------------------------------------------------- fictional names

const world = mulberry32(SEED);
const ONSETS = ['k', 'v', 'd', 'm', 'r', 's', 't', 'l', 'b', 'z', 'h', 'n', 'dr', 'th', 'sh', 'gr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['n', 'r', 'sh', 'l', 'd', 'th', 'm', 'sk', 'v', ''];
const usedNames = new Set<string>();

/** A made-up word of a few syllables, unique within the corpus. */
function inventName(syllables: number): string {
  for (;;) {
    let word = '';
    for (let i = 0; i < syllables; i += 1) {
      word +=
        pickOne(world, ONSETS) + pickOne(world, VOWELS) + (i === syllables - 1 ? pickOne(world, CODAS) : '');
    }
    const name = word[0]!.toUpperCase() + word.slice(1);
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** A plausible misspelling, as a machine translation or a hurried reporter would write it. */
const garble = (name: string) =>
  name.length > 4 ? name.slice(0, 2) + name[3] + name[2] + name.slice(4) : `${name}h`;

// ---------------------------------------------------------------- output

const out = createWriteStream(OUT, { highWaterMark: 1 << 20 });
async function emit(line: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}

const counts = {
  sources: 0,
  protectedSources: 0,
  entities: 0,
  places: 0,
  factions: 0,
  actors: 0,
  events: 0,
  aliases: 0,
  claims: 0,
  identifyingClaims: 0,
  retractedClaims: 0,
  claimsByPredicate: {} as Record<string, number>,
};
/** Relationships the import should create, by type; RELAYS counts distinct pairs. */
const links: Record<string, number> = {};
const relayPairs = new Set<string>();
const addLinks = (type: string, n = 1) => {
  if (n > 0) links[type] = (links[type] ?? 0) + n;
};

interface Source {
  id: string;
  name: string;
  kind: string;
  form: string;
  speaker?: string;
  publishedOn?: string;
  protected?: boolean;
  publicLabel?: string;
  relays?: string[];
  description?: string;
  reliability?: { grade: string; gradedBy: string; gradedOn: string };
}

async function emitSource(source: Source): Promise<void> {
  counts.sources += 1;
  if (source.protected) counts.protectedSources += 1;
  if (source.speaker) addLinks('SPOKEN_BY');
  for (const relayed of source.relays ?? []) relayPairs.add(`${source.id}>${relayed}`);
  await emit({ source });
}

interface Alias {
  name: string;
  source: string;
}

async function emitEntity(entity: Record<string, unknown> & { id: string; type: string }): Promise<void> {
  counts.entities += 1;
  const key = ({ Place: 'places', Faction: 'factions', Actor: 'actors', Event: 'events' } as const)[
    entity.type as 'Place'
  ];
  counts[key] += 1;
  const aliases = (entity.aliases as Alias[] | undefined) ?? [];
  counts.aliases += aliases.length;
  addLinks('KNOWN_AS', aliases.length);
  addLinks('USED_BY', aliases.length);
  if (entity.partOf) addLinks('PART_OF');
  await emit({ entity });
}

// ---------------------------------------------------------------- the world

const PEOPLE_SCALE = CLAIMS / 1000;
const COUNTRY = { id: 'place:vardesh', name: 'Vardesh', latitude: -36.2, longitude: 83.4 };
const SOURCE_GRADER = 'Vardesh corpus editors (fictional)';

interface Place {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

async function buildPlaces() {
  await emitEntity({
    id: COUNTRY.id,
    type: 'Place',
    kind: 'COUNTRY',
    name: COUNTRY.name,
    description: 'A fictional country, invented for generated test data.',
    location: { latitude: COUNTRY.latitude, longitude: COUNTRY.longitude },
  });
  const towns: Place[] = [];
  const governorates = 8;
  const districtsPer = 5;
  const townsPerDistrict = clamp((PEOPLE_SCALE * 2.5) / (governorates * districtsPer), 2, 80);
  for (let g = 0; g < governorates; g += 1) {
    const gName = `${inventName(3)} Governorate`;
    const gId = `place:${slug(gName)}`;
    const gLat = COUNTRY.latitude + (Math.floor(g / 4) - 0.5) * 1.2;
    const gLon = COUNTRY.longitude + ((g % 4) - 1.5) * 1.2;
    await emitEntity({
      id: gId,
      type: 'Place',
      kind: 'GOVERNORATE',
      name: gName,
      partOf: COUNTRY.id,
      location: { latitude: gLat, longitude: gLon },
    });
    for (let d = 0; d < districtsPer; d += 1) {
      const dName = `${inventName(2)} District`;
      const dId = `place:${slug(dName)}`;
      const dLat = gLat + (d - 2) * 0.2;
      const dLon = gLon + (d % 2) * 0.2;
      await emitEntity({
        id: dId,
        type: 'Place',
        kind: 'DISTRICT',
        name: dName,
        partOf: gId,
        location: { latitude: round4(dLat), longitude: round4(dLon) },
      });
      for (let t = 0; t < townsPerDistrict; t += 1) {
        const name = inventName(int(world, 2, 3));
        const town = {
          id: `place:${slug(name)}`,
          name,
          latitude: round4(dLat + (world() - 0.5) * 0.18),
          longitude: round4(dLon + (world() - 0.5) * 0.18),
        };
        towns.push(town);
        await emitEntity({
          id: town.id,
          type: 'Place',
          kind: 'TOWN',
          name,
          partOf: dId,
          location: { latitude: town.latitude, longitude: town.longitude },
          // Aliases name the outlets that used them, so they are added once the outlets exist.
          aliases: chance(world, 0.3) ? [{ name: garble(name), source: 'source:vardesh-wire' }] : [],
        });
      }
    }
  }
  return towns;
}
const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

const FACTION_KINDS = [
  'ARMED_GROUP',
  'ARMED_GROUP',
  'ARMED_GROUP',
  'STATE_FORCES',
  'POLITICAL_MOVEMENT',
  'COMMUNITY',
];
const FACTION_WORDS = ['Brigade', 'Front', 'Guard', 'Movement', 'Battalion', 'Council', 'Legion'];

async function buildActors() {
  const actors: { id: string; name: string }[] = [];
  const total = clamp(PEOPLE_SCALE * 5, 40, 6000);
  for (let i = 0; i < total; i += 1) {
    const name = `${inventName(2)} ${inventName(3)}`;
    const id = `actor:${slug(name)}`;
    actors.push({ id, name });
    await emitEntity({
      id,
      type: 'Actor',
      kind: 'PERSON',
      name,
      aliases: chance(world, 0.15) ? [{ name: garble(name), source: 'source:vardesh-wire' }] : [],
    });
  }
  return actors;
}

interface Origin {
  id: string;
  name: string;
  speaker: string;
  kind: string;
  protected: boolean;
}

async function buildSources(
  government: { id: string },
  factions: { id: string; name: string; statement: string }[],
) {
  const gradedOn = '2031-01-01';
  const monitors: Origin[] = [];
  for (let i = 0; i < 6; i += 1) {
    const name = `${inventName(2)} Casualty Monitor`;
    const id = `source:${slug(name)}`;
    monitors.push({ id, name, speaker: id, kind: 'MONITOR', protected: false });
    await emitSource({
      id,
      name,
      kind: 'MONITOR',
      form: 'REPORT',
      description: 'A fictional monitoring group that publishes daily tallies.',
      reliability: { grade: pickOne(world, ['B', 'C', 'C', 'D']), gradedBy: SOURCE_GRADER, gradedOn },
    });
  }
  const officials: Origin[] = [];
  for (let i = 0; i < 12; i += 1) {
    const id = `source:interior-ministry-briefing-${i + 1}`;
    const name = `Interior Ministry briefing no. ${i + 1}`;
    // Every briefing speaks for the ministry: one independent speaker, however many briefings.
    officials.push({ id, name, speaker: government.id, kind: 'OFFICIAL', protected: false });
    await emitSource({ id, name, kind: 'OFFICIAL', form: 'STATEMENT', speaker: government.id });
  }
  const groupStatements: Origin[] = [];
  for (const f of factions) {
    groupStatements.push({
      id: f.statement,
      name: `${f.name} statements`,
      speaker: f.id,
      kind: 'ARMED_GROUP',
      protected: false,
    });
    await emitSource({
      id: f.statement,
      name: `Statements of the ${f.name}`,
      kind: 'ARMED_GROUP',
      form: 'STATEMENT',
      speaker: f.id,
    });
  }
  const witnesses: Origin[] = [];
  const witnessCount = clamp(PEOPLE_SCALE * 3.3, 30, 5000);
  for (let i = 0; i < witnessCount; i += 1) {
    const name = `${inventName(2)} ${inventName(2)}`;
    const id = `source:testimony-${slug(name)}`;
    // About 1% of all sources: witnesses who asked not to be named.
    const isProtected = chance(world, 0.012);
    witnesses.push({ id, name, speaker: id, kind: 'WITNESS', protected: isProtected });
    await emitSource({
      id,
      name: `Testimony of ${name}`,
      kind: 'WITNESS',
      form: 'TESTIMONY',
      ...(isProtected ? { protected: true, publicLabel: `Protected witness ${i + 1}` } : {}),
    });
  }
  const outlets: Origin[] = [];
  const outletCount = clamp(PEOPLE_SCALE / 2, 20, 600);
  for (let i = 0; i < outletCount; i += 1) {
    const name =
      i === 0
        ? 'Vardesh Wire'
        : `The ${inventName(2)} ${pickOne(world, ['Herald', 'Courier', 'Post', 'Daily', 'Times', 'Radio'])}`;
    const id = i === 0 ? 'source:vardesh-wire' : `source:${slug(name)}`;
    outlets.push({ id, name, speaker: id, kind: 'MEDIA', protected: false });
    await emitSource({
      id,
      name,
      kind: 'MEDIA',
      form: 'ARTICLE',
      // Outlets declare the monitors they regularly relay; claims' chains add the rest.
      relays: i < 10 ? monitors.slice(0, 2).map((m) => m.id) : [],
      reliability:
        i < 30 ? { grade: pickOne(world, ['A', 'B', 'C']), gradedBy: SOURCE_GRADER, gradedOn } : undefined,
    });
  }
  return { monitors, officials, groupStatements, witnesses, outlets };
}

// ---------------------------------------------------------------- events and claims

const EVENT_TYPES = [
  'VIOLENCE_AGAINST_CIVILIANS',
  'ARMED_CLASH',
  'AMBUSH',
  'LOOTING',
  'ARREST',
  'DISPLACEMENT',
  'SECURITY_OPERATION',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const YEAR_START = Date.UTC(2031, 0, 1);
const dayOf = (n: number) => new Date(YEAR_START + n * 86_400_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Per (measure|category|unit): the HIGHEST_PER_SPEAKER range over all events (src/services/totals.ts). */
const totals = new Map<string, TotalFigure>();

interface Figure {
  speaker: string;
  low: number;
  high: number | null;
  key: { measure: string; category: string | null; unit: string };
}

/** Adds one event's figures: per speaker the highest (by low), then low = min, high = max. */
function addEventTotals(figures: Figure[]): void {
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.key.measure}|${f.key.category ?? ''}|${f.key.unit}`;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  for (const [key, list] of byKey) {
    const perSpeaker = new Map<string, Figure>();
    for (const f of list) {
      const best = perSpeaker.get(f.speaker);
      // Equal lows: the later figure wins, as in the service (figures come in the order said).
      if (!best || f.low >= best.low) perSpeaker.set(f.speaker, f);
    }
    const picked = [...perSpeaker.values()];
    const total = totals.get(key) ?? { ...list[0]!.key, low: 0, high: 0, openEnded: false, events: 0 };
    total.low += Math.min(...picked.map((f) => f.low));
    total.high += Math.max(...picked.map((f) => f.high ?? f.low));
    total.openEnded ||= picked.some((f) => f.high === null);
    total.events += 1;
    totals.set(key, total);
  }
}

async function main() {
  await emit({
    format: 'claimgraph/1',
    dataset: {
      id: `dataset:vardesh-${CLAIMS}-${SEED}`,
      title: `Generated fictional corpus: Vardesh, ${CLAIMS} claims (seed ${SEED})`,
      description: 'Invented country, people, groups and sources, for load tests. Nothing here is real.',
    },
  });
  // Sources first: aliases and claims name them.
  const { government, factions } = planFactions();
  const sources = await buildSources(government, factions);
  const towns = await buildPlaces();
  await buildFactionEntities(government, factions);
  const actors = await buildActors();

  const pickTown = zipf(towns);
  const pickActor = zipf(actors, 1.05);
  const pickFaction = zipf(factions, 1.2);
  const pickOutlet = zipf(sources.outlets, 1.0);
  const pickWitness = zipf(sources.witnesses, 0.8);
  const pickMonitor = zipf(sources.monitors, 1.0);
  const pickOfficial = zipf(sources.officials, 1.0);
  const townUse = new Map<string, number>();
  const actorUse = new Map<string, number>();
  const use = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);

  for (let e = 0; counts.claims < CLAIMS; e += 1) {
    const rng = mulberry32((SEED ^ Math.imul(e + 1, 0x9e3779b1)) >>> 0);
    const eventDay = int(rng, 0, 364);
    const date = dayOf(eventDay);
    const town = pickTown(rng);
    const eventType = pickOne(rng, EVENT_TYPES);
    const eventId = `event:vardesh-${e + 1}`;
    await emitEntity({
      id: eventId,
      type: 'Event',
      eventType,
      name: `${eventType.toLowerCase().replace(/_/g, ' ')} in ${town.name}, ${isoDay(date)}`,
    });
    use(townUse, town.id);

    let n = 0;
    const emitted: string[] = [];
    const figures: Figure[] = [];
    const claim = async (body: Record<string, unknown> & { predicate: string; chain: string[] }) => {
      if (counts.claims >= CLAIMS) return null;
      const id = `claim:e${e + 1}-${(n += 1)}`;
      const record = { id, ...body };
      counts.claims += 1;
      counts.claimsByPredicate[body.predicate] = (counts.claimsByPredicate[body.predicate] ?? 0) + 1;
      if (body.identifying) counts.identifyingClaims += 1;
      if (body.verification === 'RETRACTED') counts.retractedClaims += 1;
      if (body.subject) addLinks('SUBJECT');
      if (body.object) addLinks('OBJECT');
      addLinks('AT_PLACE', ((body.places as string[] | undefined) ?? []).length);
      addLinks('ABOUT', ((body.about as string[] | undefined) ?? []).length);
      addLinks('CONTRADICTS_CLAIM', ((body.contradicts as string[] | undefined) ?? []).length);
      addLinks('ATTRIBUTED_TO', body.chain.length);
      for (let i = 0; i + 1 < body.chain.length; i += 1)
        relayPairs.add(`${body.chain[i]}>${body.chain[i + 1]}`);
      emitted.push(id);
      await emit({ claim: record });
      return id;
    };
    /** Publisher → ... → origin: first-hand, relayed by an outlet, or relayed twice. */
    const chainFor = (origin: Origin): string[] => {
      const r = rng();
      if (origin.kind !== 'WITNESS' && r < 0.25) return [origin.id];
      const outlet = pickOutlet(rng);
      if (r > 0.9) {
        const wire = sources.outlets[0]!;
        if (wire.id !== outlet.id) return [outlet.id, wire.id, origin.id];
      }
      return [outlet.id, origin.id];
    };
    const said = (offset: number) => isoDay(dayOf(eventDay + offset));

    // Who speaks about this event: usually a monitor, often officials and witnesses.
    const origins: Origin[] = [pickMonitor(rng)];
    if (chance(rng, 0.6)) origins.push(pickOfficial(rng));
    for (let w = int(rng, 0, 2); w > 0; w -= 1) {
      // One entry per speaker: its revisions then come in the order they were said.
      const witness = pickWitness(rng);
      if (!origins.includes(witness)) origins.push(witness);
    }
    const perpetrator = pickFaction(rng);
    const witness = origins.find((o) => o.kind === 'WITNESS');
    const main = witness ?? origins[0]!;
    const identifying = (o: Origin) => (o.protected && chance(rng, 0.3) ? { identifying: true } : {});

    await claim({
      chain: chainFor(main),
      quote: `${main.protected ? 'A resident' : main.name} described ${eventType.toLowerCase().replace(/_/g, ' ')} in ${town.name}.`,
      predicate: 'OCCURRED',
      subject: eventId,
      statement: `${eventType.toLowerCase().replace(/_/g, ' ')} in ${town.name}`,
      saidOn: said(1),
      ...identifying(main),
    });
    await claim({
      chain: chainFor(origins[0]!),
      quote: `The incident took place in ${town.name}.`,
      predicate: 'OCCURRED_IN',
      subject: eventId,
      object: town.id,
      saidOn: said(1),
    });
    const offset = int(rng, 1, 6);
    await claim({
      chain: chainFor(origins[0]!),
      quote: `It happened on ${WEEKDAYS[date.getUTCDay()]}.`,
      predicate: 'OCCURRED_ON',
      subject: eventId,
      // Half give the weekday as the report did, resolved against the day it was said.
      time: chance(rng, 0.5) ? { phrase: `on ${WEEKDAYS[date.getUTCDay()]}` } : { start: isoDay(date) },
      saidOn: said(offset),
    });
    await claim({
      chain: chainFor(main),
      quote: `Fighters of the ${perpetrator.name} were seen in ${town.name}.`,
      predicate: 'PARTICIPATED_IN',
      subject: perpetrator.id,
      object: eventId,
      role: 'PERPETRATOR',
      saidOn: said(1),
      ...identifying(main),
    });
    for (let a = int(rng, 1, 3); a > 0; a -= 1) {
      const actor = pickActor(rng);
      use(actorUse, actor.id);
      await claim({
        chain: chainFor(pickOne(rng, origins)),
        quote: `${actor.name} was there.`,
        predicate: 'PARTICIPATED_IN',
        subject: actor.id,
        object: eventId,
        role: pickOne(rng, ['VICTIM', 'WITNESS', 'SPEAKER', 'RESPONDER', 'AFFECTED']),
        saidOn: said(int(rng, 0, 3)),
      });
    }

    // Rival tolls: each speaker revises its own figure upwards over the following days.
    const measures: Figure['key'][] = [{ measure: 'KILLED', category: 'civilians', unit: 'PEOPLE' }];
    if (chance(rng, 0.3)) measures.push({ measure: 'KILLED', category: 'fighters', unit: 'PEOPLE' });
    if (chance(rng, 0.3)) measures.push({ measure: 'INJURED', category: null, unit: 'PEOPLE' });
    if (chance(rng, 0.1)) measures.push({ measure: 'DISPLACED', category: null, unit: 'HOUSEHOLDS' });
    const tollIds: { id: string; origin: Origin; value: number }[] = [];
    for (const key of measures) {
      const base = int(rng, 1, 40);
      for (const origin of origins) {
        if (origin.protected) continue; // protected witnesses' figures would be withheld from most callers
        let value = Math.max(1, Math.round(base * (0.6 + rng() * 0.9)));
        for (let r = int(rng, 1, 3), day = 1; r > 0; r -= 1, day += int(rng, 1, 3)) {
          const qualifier = pickOne(rng, ['EXACT', 'EXACT', 'EXACT', 'ABOUT', 'MORE_THAN', 'AT_LEAST']);
          const retracted = chance(rng, 0.01);
          const count = {
            value,
            qualifier,
            unit: key.unit,
            measure: key.measure,
            ...(key.category ? { category: key.category } : {}),
          };
          const id = await claim({
            chain: chainFor(origin),
            quote: `${qualifierWords(qualifier)} ${value} ${key.category ?? key.measure.toLowerCase()} ${key.measure === 'DISPLACED' ? 'households displaced' : key.measure.toLowerCase()} in ${town.name}.`,
            predicate: 'COUNT',
            subject: eventId,
            count,
            places: chance(rng, 0.2) ? [town.id] : [],
            saidOn: said(day),
            verification: retracted
              ? 'RETRACTED'
              : pickOne(rng, ['UNVERIFIED', 'UNVERIFIED', 'CORROBORATED']),
            credibility: int(rng, 2, 6),
          });
          if (id === null) break;
          if (!retracted) figures.push({ speaker: origin.speaker, key, ...range(value, qualifier) });
          tollIds.push({ id, origin, value });
          // A revision is always higher: the speaker's highest figure is its latest.
          value += int(rng, 1, 12);
        }
      }
    }
    // Disputes: officials dispute a monitor's toll; figures far apart are marked as contradicting.
    const monitorToll = tollIds.find((t) => t.origin.kind === 'MONITOR');
    const officialToll = tollIds.find((t) => t.origin.kind === 'OFFICIAL');
    if (monitorToll && officialToll) {
      await claim({
        chain: chainFor(officialToll.origin),
        quote: `The ministry said the monitor's figure of ${monitorToll.value} was exaggerated.`,
        predicate: 'DISPUTES',
        subject: eventId,
        about: [monitorToll.id],
        contradicts: Math.abs(monitorToll.value - officialToll.value) > 5 ? [monitorToll.id] : [],
        saidOn: said(3),
      });
    }
    // Blame, and the accused group's denial.
    if (chance(rng, 0.6)) {
      const blame = await claim({
        chain: chainFor(main),
        quote: `The ${perpetrator.name} was responsible for the killings.`,
        predicate: 'BLAMED_FOR',
        subject: perpetrator.id,
        object: eventId,
        saidOn: said(2),
        ...identifying(main),
      });
      if (blame && chance(rng, 0.5)) {
        const denial: Origin = {
          id: perpetrator.statement,
          name: perpetrator.name,
          speaker: perpetrator.id,
          kind: 'ARMED_GROUP',
          protected: false,
        };
        await claim({
          chain: chainFor(denial),
          quote: `The ${perpetrator.name} denied any involvement in ${town.name}.`,
          predicate: 'DISPUTES',
          subject: perpetrator.id,
          about: [blame],
          saidOn: said(4),
        });
      }
    }
    if (chance(rng, 0.3) && emitted.length > 0) {
      const outlet = pickOutlet(rng);
      await claim({
        chain: [outlet.id],
        quote: `${outlet.name} could not independently verify the reports.`,
        predicate: 'CANNOT_VERIFY',
        subject: eventId,
        about: [emitted[0]!],
        saidOn: said(2),
      });
    }
    if (figures.length) addEventTotals(figures);
    if ((e + 1) % 5000 === 0) process.stderr.write(`  ${counts.claims} claims\r`);
  }
  out.end();
  await once(out, 'finish');

  addLinks('RELAYS', relayPairs.size);
  const busiest = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const summary: CorpusSummary = {
    file: OUT,
    seed: SEED,
    counts: { ...counts, links },
    ids: { country: COUNTRY.id, busyActor: busiest(actorUse), busyTown: busiest(townUse) },
    totals: {
      place: COUNTRY.id,
      rule: 'HIGHEST_PER_SPEAKER',
      note: 'per event, per independent speaker their highest figure (retracted claims left out); low = lowest of those, high = highest; summed over events',
      figures: [...totals.values()].sort((a, b) =>
        `${a.measure}|${a.category}`.localeCompare(`${b.measure}|${b.category}`),
      ),
    },
  };
  writeFileSync(`${OUT}.summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
  console.error(
    `wrote ${counts.claims} claims, ${counts.entities} entities, ${counts.sources} sources to ${OUT}`,
  );
}

function planFactions() {
  const government = { id: 'faction:vardesh-interior-ministry', name: 'Vardesh Interior Ministry' };
  const factions: { id: string; name: string; statement: string }[] = [];
  for (let i = 0; i < 40; i += 1) {
    const name = `${inventName(2)} ${pickOne(world, FACTION_WORDS)}`;
    factions.push({ id: `faction:${slug(name)}`, name, statement: `source:${slug(name)}-statements` });
  }
  return { government, factions };
}

async function buildFactionEntities(
  government: { id: string; name: string },
  factions: { id: string; name: string }[],
) {
  await emitEntity({ ...government, type: 'Faction', kind: 'GOVERNMENT' });
  for (const [i, f] of factions.entries()) {
    await emitEntity({
      id: f.id,
      type: 'Faction',
      kind: i < 3 ? 'STATE_FORCES' : pickOne(world, FACTION_KINDS),
      name: f.name,
      aliases: chance(world, 0.2) ? [{ name: f.name.toUpperCase(), source: 'source:vardesh-wire' }] : [],
    });
  }
}

/** The range src/domain/count-range.ts gives a figure, for the expected totals. */
function range(value: number, qualifier: string): { low: number; high: number | null } {
  switch (qualifier) {
    case 'ABOUT':
      return { low: Math.floor((value * 9) / 10), high: Math.ceil((value * 11) / 10) };
    case 'MORE_THAN':
      return { low: value + 1, high: null };
    case 'AT_LEAST':
      return { low: value, high: null };
    default:
      return { low: value, high: value };
  }
}

function qualifierWords(qualifier: string): string {
  return { EXACT: 'Exactly', ABOUT: 'About', MORE_THAN: 'More than', AT_LEAST: 'At least' }[qualifier] ?? '';
}

main().catch((error: unknown) => {
  console.error(`generate failed: ${(error as Error).message}`);
  process.exit(1);
});
