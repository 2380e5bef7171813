/**
 * The sample dataset (data/syria-coast-2025-03-09.json) encodes the BBC report of 9 March 2025,
 * whose text is kept in data/source-texts/. These tests hold it to what a user of the graph relies on: it imports,
 * every claim is anchored in a verbatim quote, every sentence of the report is encoded, the
 * garbled names resolve to the right entities, every reference resolves, the protected witness
 * stays protected, and the key figures are encoded as the report gives them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveTimeSpan } from '../../src/domain/time-span.js';
import { checkReferences } from '../../src/import/validate-dataset.js';
import {
  datasetSchema,
  type ClaimInput,
  type DatasetInput,
  type EntityInput,
} from '../../src/import/dataset-schema.js';

const DATASET_URL = new URL('../../data/syria-coast-2025-03-09.json', import.meta.url);
const REPORT_URL = new URL('../../data/source-texts/syria-coast-2025-03-09.txt', import.meta.url);

const BBC = 'source:bbc-2025-03-09';
const BYLINE = 'BBC Middle East Correspondent';

const raw: unknown = JSON.parse(readFileSync(DATASET_URL, 'utf8'));
const report = readFileSync(REPORT_URL, 'utf8');
const parsed = datasetSchema.safeParse(raw);

/** The parsed dataset; tests other than the schema test fail with a pointer to it. */
function dataset(): DatasetInput {
  if (!parsed.success) throw new Error('the dataset does not parse: see the schema test');
  return parsed.data;
}

function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => {
      let node: unknown = raw;
      let where = '';
      for (const key of issue.path) {
        node =
          node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
        const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
        where +=
          typeof key === 'number' ? `[${key}]${typeof id === 'string' ? ` (${id})` : ''}` : `.${String(key)}`;
      }
      return `${where || '(root)'}: ${issue.message}`;
    })
    .join('\n');
}

/**
 * The report's body as sentences: one paragraph per line, split after a full stop, question or
 * exclamation mark (and any closing quote) that is followed by the start of a new sentence, but
 * not after an abbreviation such as "Mr.".
 */
function reportSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const paragraph = line.trim();
    if (paragraph === '' || paragraph === BYLINE) continue;
    const pieces = paragraph.split(/(?<=[.!?][”"’]?)\s+(?=[“"‘A-Z0-9])/u);
    const merged: string[] = [];
    for (const piece of pieces) {
      const previous = merged.at(-1);
      if (previous !== undefined && /\b(?:Mr|Mrs|Ms|Dr|St)\.$/.test(previous)) {
        merged[merged.length - 1] = `${previous} ${piece}`;
      } else {
        merged.push(piece);
      }
    }
    sentences.push(...merged);
  }
  return sentences;
}

type RecordType = 'Source' | 'Claim' | EntityInput['type'];

function recordTypes(data: DatasetInput): Map<string, RecordType> {
  const types = new Map<string, RecordType>();
  for (const s of data.sources) types.set(s.id, 'Source');
  for (const e of data.entities) types.set(e.id, e.type);
  for (const c of data.claims) types.set(c.id, 'Claim');
  return types;
}

const claimById = (id: string): ClaimInput => {
  const claim = dataset().claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
};
const entityById = (id: string): EntityInput => {
  const entity = dataset().entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id}`);
  return entity;
};

describe('sample dataset: syria-coast-2025-03-09', () => {
  it('parses with the dataset schema', () => {
    expect(parsed.success, parsed.success ? '' : formatIssues(parsed.error.issues)).toBe(true);
  });

  it('is indented with two spaces', () => {
    const text = readFileSync(DATASET_URL, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const badLines = text
      .split('\n')
      .map((line, i) => ({ line, at: i + 1, indent: /^ */.exec(line)![0].length }))
      .filter(({ line, indent }) => line.startsWith('\t') || indent % 2 !== 0)
      .map(({ at }) => at);
    expect(badLines, `lines not indented by two spaces: ${badLines.join(', ')}`).toEqual([]);
    expect(text).toMatch(/^\{\n {2}"format"/);
  });

  it('quotes the report verbatim in every claim', () => {
    const notFound = dataset()
      .claims.filter((c) => !report.includes(c.quote))
      .map((c) => `${c.id}: ${c.quote}`);
    expect(notFound, `quotes not found in the report:\n${notFound.join('\n')}`).toEqual([]);
  });

  it('covers every sentence of the report with at least one claim quote', () => {
    const sentences = reportSentences(report);
    // A splitter that found almost nothing would make this test vacuous.
    expect(sentences.length).toBeGreaterThanOrEqual(60);
    expect(sentences).not.toContain(BYLINE);
    const quotes = dataset().claims.map((c) => c.quote);
    const uncovered = sentences.filter(
      (sentence) => !quotes.some((quote) => sentence.includes(quote) || quote.includes(sentence)),
    );
    expect(uncovered, `sentences without a claim:\n${uncovered.join('\n')}`).toEqual([]);
  });

  it('resolves every spelling of the names table to the right entity, recorded as used by the BBC', () => {
    const table: { entity: string; spellings: string[] }[] = [
      { entity: 'place:latakia', spellings: ['Latakia', 'Latakya'] },
      { entity: 'place:latakia-governorate', spellings: ['Latakia'] },
      { entity: 'place:tartus-governorate', spellings: ['Taltas'] },
      { entity: 'place:jableh', spellings: ['Japur'] },
      { entity: 'place:banias', spellings: ['Banias', 'Benias', 'Benia'] },
      { entity: 'place:al-qusour', spellings: ['Hai al Kusour', 'Kusur'] },
      { entity: 'actor:ayman-fares', spellings: ['Eyman', 'Mr Fares'] },
      {
        entity: 'faction:alawites',
        spellings: ['Alawites', 'Alavian', 'Alavet', 'Alaveite'],
      },
      { entity: 'actor:sohr', spellings: ['Syrian Human Rights Observatory'] },
      {
        entity: 'faction:military-council-liberation-syria',
        spellings: ['military commission to liberate Syria'],
      },
      { entity: 'actor:ghiath-dallah', spellings: ['Ghiath Dallah', 'Dara'] },
      { entity: 'actor:ahmad-al-sharaa', spellings: ['Sharaa', 'salad'] },
      {
        entity: 'faction:islamist-led-forces',
        spellings: ['Islamist-led troops', 'Sharaa’s Islamic power'],
      },
    ];
    const problems: string[] = [];
    const allowed = new Map<string, Set<string>>();
    for (const { entity: id, spellings } of table) {
      const entity = dataset().entities.find((e) => e.id === id);
      if (!entity) {
        problems.push(`${id} is missing`);
        continue;
      }
      for (const spelling of spellings) {
        allowed.set(spelling, (allowed.get(spelling) ?? new Set()).add(id));
        if (!report.includes(spelling)) problems.push(`"${spelling}" does not occur in the report`);
        const known =
          entity.name === spelling || entity.aliases.some((a) => a.name === spelling && a.source === BBC);
        if (!known) problems.push(`${id} lacks the alias "${spelling}" with source ${BBC}`);
      }
    }
    // No other entity may claim one of these spellings.
    for (const entity of dataset().entities) {
      for (const name of [entity.name, ...entity.aliases.map((a) => a.name)]) {
        const owners = allowed.get(name);
        if (owners && !owners.has(entity.id)) problems.push(`${entity.id} also claims "${name}"`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('records as used by the BBC only spellings that occur in the report', () => {
    const invented = dataset().entities.flatMap((e) =>
      e.aliases
        .filter((a) => a.source === BBC && !report.includes(a.name))
        .map((a) => `${e.id}: "${a.name}"`),
    );
    expect(invented, invented.join('\n')).toEqual([]);
  });

  it('resolves every reference inside the file, with unique, correctly prefixed ids', async () => {
    const data = dataset();
    const types = recordTypes(data);
    const problems: string[] = [];
    const all = [
      ...data.sources.map((s) => s.id),
      ...data.entities.map((e) => e.id),
      ...data.claims.map((c) => c.id),
    ];
    const seen = new Set<string>();
    for (const id of all) {
      if (seen.has(id)) problems.push(`${id} is defined twice`);
      seen.add(id);
    }
    const prefix: Record<RecordType, string> = {
      Source: 'source:',
      Claim: 'claim:',
      Actor: 'actor:',
      Faction: 'faction:',
      Place: 'place:',
      Event: 'event:',
    };
    for (const [id, type] of types) {
      if (!id.startsWith(prefix[type]))
        problems.push(`${id} is a ${type} but lacks the prefix ${prefix[type]}`);
    }
    // Every reference resolves inside the file, to a record of the kind its field expects.
    for (const issue of await checkReferences(data, new Map()))
      problems.push(`${issue.path}: ${issue.message}`);
    for (const c of data.claims) {
      if (c.chain[0] !== BBC)
        problems.push(`${c.id}: the chain must start at ${BBC}, where the quote is published`);
      // A chain hop must be declared as relayed by the source before it.
      for (let i = 1; i < c.chain.length; i++) {
        const relayer = data.sources.find((s) => s.id === c.chain[i - 1]);
        if (relayer && !relayer.relays.includes(c.chain[i]!)) {
          problems.push(`${c.id}: ${relayer.id} does not declare that it relays ${c.chain[i]}`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('holds the records other parts of the system rely on, with their types', () => {
    const types = recordTypes(dataset());
    const required: Record<string, RecordType> = {
      'source:bbc-2025-03-09': 'Source',
      'source:fares-testimony': 'Source',
      'source:protected-witness-1': 'Source',
      'source:sohr-tally': 'Source',
      'actor:ayman-fares': 'Actor',
      'actor:protected-witness-1': 'Actor',
      'actor:ghiath-dallah': 'Actor',
      'actor:ahmad-al-sharaa': 'Actor',
      'actor:sohr': 'Actor',
      'actor:bbc': 'Actor',
      'place:syria': 'Place',
      'place:latakia-governorate': 'Place',
      'place:latakia': 'Place',
      'place:tartus-governorate': 'Place',
      'place:jableh': 'Place',
      'place:banias': 'Place',
      'place:al-qusour': 'Place',
      'place:damascus': 'Place',
      'faction:alawites': 'Faction',
      'faction:assad-loyalists': 'Faction',
      'faction:foreign-fighters': 'Faction',
      'faction:interim-security-forces': 'Faction',
      'faction:military-council-liberation-syria': 'Faction',
      'event:coastal-violence-2025-03': 'Event',
      'event:qusour-raids': 'Event',
      'claim:sohr-civilian-toll': 'Claim',
      'claim:bbc-cannot-verify-toll': 'Claim',
      'claim:protected-witness-confirms-fares': 'Claim',
    };
    const actual = Object.fromEntries(Object.keys(required).map((id) => [id, types.get(id)]));
    expect(actual).toEqual(required);
    const bbc = dataset().sources.find((s) => s.id === BBC);
    expect(bbc).toMatchObject({
      kind: 'MEDIA',
      form: 'ARTICLE',
      publishedOn: '2025-03-09',
      author: 'BBC Middle East Correspondent',
      speaker: 'actor:bbc',
    });
    expect(dataset().sources.find((s) => s.id === 'source:fares-testimony')).toMatchObject({
      kind: 'WITNESS',
      form: 'TESTIMONY',
      speaker: 'actor:ayman-fares',
    });
    expect(dataset().sources.find((s) => s.id === 'source:sohr-tally')).toMatchObject({
      kind: 'MONITOR',
      form: 'REPORT',
      speaker: 'actor:sohr',
    });
  });

  it('nests every place inside Syria, al-Qusour inside Banias', () => {
    const places = new Map(
      dataset()
        .entities.filter((e) => e.type === 'Place')
        .map((p) => [p.id, p]),
    );
    const ancestors = (id: string): string[] => {
      const chain: string[] = [];
      let current = places.get(id);
      while (current?.type === 'Place' && current.partOf !== undefined) {
        if (chain.includes(current.partOf) || chain.length > 10) throw new Error(`partOf cycle at ${id}`);
        chain.push(current.partOf);
        current = places.get(current.partOf);
      }
      return chain;
    };
    for (const id of places.keys()) {
      if (id !== 'place:syria') expect(ancestors(id), id).toContain('place:syria');
    }
    expect(ancestors('place:al-qusour').slice(0, 2)).toEqual(['place:banias', 'place:tartus-governorate']);
    expect(ancestors('place:jableh')[0]).toBe('place:latakia-governorate');
    expect(ancestors('place:latakia')[0]).toBe('place:latakia-governorate');
    expect(entityById('place:al-qusour')).toMatchObject({
      kind: 'NEIGHBOURHOOD',
    });
    expect(entityById('place:banias')).toMatchObject({
      location: { latitude: 35.1825, longitude: 35.9406 },
    });
  });

  it('gives every event an OCCURRED claim, and sub-events an existing larger event', () => {
    const data = dataset();
    const events = data.entities.filter((e) => e.type === 'Event');
    const occurred = new Set(data.claims.filter((c) => c.predicate === 'OCCURRED').map((c) => c.subject));
    const missing = events.filter((e) => !occurred.has(e.id)).map((e) => e.id);
    expect(missing, `events without an OCCURRED claim: ${missing.join(', ')}`).toEqual([]);
    expect(entityById('event:qusour-raids')).toMatchObject({
      partOf: 'event:coastal-violence-2025-03',
    });
  });

  it('resolves every time phrase against the date the claim was said', () => {
    const data = dataset();
    const saidOn = (c: ClaimInput) => c.saidOn ?? data.sources.find((s) => s.id === c.chain[0])?.publishedOn;
    const failures: string[] = [];
    for (const c of data.claims) {
      if (!c.time) continue;
      try {
        resolveTimeSpan(c.time, saidOn(c));
      } catch (error) {
        failures.push(`${c.id}: ${(error as Error).message}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);

    const when = (subject: string, phrase: string) => {
      const claim = data.claims.find(
        (c) => c.predicate === 'OCCURRED_ON' && c.subject === subject && c.time?.phrase === phrase,
      );
      if (!claim?.time) throw new Error(`no OCCURRED_ON "${phrase}" for ${subject}`);
      const span = resolveTimeSpan(claim.time, saidOn(claim));
      return [span.start, span.end];
    };
    expect(when('event:coastal-violence-2025-03', 'on Thursday')).toEqual(['2025-03-06', '2025-03-06']);
    expect(when('event:coastal-violence-2025-03', 'on Sunday')).toEqual(['2025-03-09', '2025-03-09']);
    expect(when('event:fall-of-assad', 'last December')).toEqual(['2024-12-01', '2024-12-31']);
    expect(when('event:fall-of-assad', 'three months ago')).toEqual(['2024-12-01', '2024-12-31']);
    expect(when('event:fares-facebook-video', 'in August 2023')).toEqual(['2023-08-01', '2023-08-31']);
  });

  it('encodes the SOHR toll as more than 740 civilians killed, which the BBC cannot verify', () => {
    const toll = claimById('claim:sohr-civilian-toll');
    expect(toll.predicate).toBe('COUNT');
    expect(toll.count).toMatchObject({
      value: 740,
      qualifier: 'MORE_THAN',
      unit: 'PEOPLE',
      measure: 'KILLED',
      category: 'civilians',
    });
    expect(toll.chain).toEqual([BBC, 'source:sohr-tally']);
    expect(toll.places).toEqual(expect.arrayContaining(['place:latakia', 'place:jableh', 'place:banias']));
    expect(toll.verification).toBe('UNVERIFIED');
    const subject = entityById(toll.subject!);
    expect(
      subject.id === 'event:coastal-violence-2025-03' ||
        (subject.type === 'Event' && subject.partOf === 'event:coastal-violence-2025-03'),
    ).toBe(true);

    const cannotVerify = claimById('claim:bbc-cannot-verify-toll');
    expect(cannotVerify.predicate).toBe('CANNOT_VERIFY');
    expect(cannotVerify.chain).toEqual([BBC]);
    expect(cannotVerify.about).toContain('claim:sohr-civilian-toll');
  });

  it('keeps the qualifier of every loosely reported number', () => {
    const count = (subject: string, category: string) =>
      dataset().claims.find(
        (c) => c.predicate === 'COUNT' && c.subject === subject && c.count?.category === category,
      )?.count;
    expect(count('event:coastal-violence-2025-03', 'security forces and remnants')).toMatchObject({
      value: 300,
      measure: 'KILLED',
    });
    expect(count('event:coastal-displacement', 'people')).toMatchObject({
      qualifier: 'HUNDREDS',
      measure: 'DISPLACED',
    });
    expect(count('event:loyalist-ambush', 'people')).toMatchObject({
      qualifier: 'DOZENS',
    });
    expect(count('place:syria', 'population below the poverty line')).toMatchObject({
      value: 90,
      unit: 'PERCENT',
      measure: 'OTHER',
    });
  });

  it('marks as corroborated exactly the Fares claims that the protected witness confirms', () => {
    const data = dataset();
    const confirms = claimById('claim:protected-witness-confirms-fares');
    expect(confirms.predicate).toBe('CONFIRMS');
    expect(confirms.chain).toEqual([BBC, 'source:protected-witness-1']);
    expect(confirms.about.length).toBeGreaterThan(0);
    const confirmed = confirms.about.map(claimById);
    for (const claim of confirmed) {
      expect(claim.chain.at(-1), claim.id).toBe('source:fares-testimony');
      expect(claim.verification, claim.id).toBe('CORROBORATED');
    }
    expect(confirmed.map((c) => c.subject)).toContain('event:qusour-raids');
    // Nothing is corroborated unless an independent original speaker confirms it.
    const confirmedBy = new Map<string, string[]>();
    for (const c of data.claims.filter((x) => x.predicate === 'CONFIRMS')) {
      for (const id of c.about) confirmedBy.set(id, [...(confirmedBy.get(id) ?? []), c.chain.at(-1)!]);
    }
    const unsupported = data.claims
      .filter((c) => c.verification === 'CORROBORATED')
      .filter((c) => !(confirmedBy.get(c.id) ?? []).some((speaker) => speaker !== c.chain.at(-1)))
      .map((c) => c.id);
    expect(
      unsupported,
      `corroborated without an independent confirmation: ${unsupported.join(', ')}`,
    ).toEqual([]);
  });

  it('protects the witness who asked not to be named', () => {
    const data = dataset();
    const ali = entityById('actor:protected-witness-1');
    expect(ali).toMatchObject({
      type: 'Actor',
      kind: 'PERSON',
      protected: true,
    });
    const testimony = data.sources.find((s) => s.id === 'source:protected-witness-1');
    expect(testimony).toMatchObject({
      kind: 'WITNESS',
      protected: true,
      speaker: 'actor:protected-witness-1',
    });
    const identifyingDetail = /\bAli\b|qusour|kusur|wife|daughter/i;
    for (const label of [ali.publicLabel, ali.description, testimony?.publicLabel, testimony?.description]) {
      expect(label ?? '').not.toMatch(identifyingDetail);
    }
    expect(ali.publicLabel).toBeTruthy();
    expect(testimony?.publicLabel).toBeTruthy();

    // Places and events in al-Qusour, where he lives.
    const inQusour = new Set(['place:al-qusour']);
    for (const c of data.claims) {
      if (c.predicate === 'OCCURRED_IN' && c.object === 'place:al-qusour' && c.subject)
        inQusour.add(c.subject);
    }
    let grew = true;
    while (grew) {
      grew = false;
      for (const e of data.entities) {
        if (e.type === 'Event' && e.partOf && inQusour.has(e.partOf) && !inQusour.has(e.id)) {
          inQusour.add(e.id);
          grew = true;
        }
      }
    }
    const problems: string[] = [];
    for (const c of data.claims) {
      const text = [c.quote, c.statement ?? '', c.note ?? ''].join(' ');
      if (/\bAli\b/.test(text) && !c.identifying) problems.push(`${c.id} names him but is not identifying`);
      const touchesQusour = [c.subject, c.object, ...c.places].some(
        (id) => id !== undefined && inQusour.has(id),
      );
      const fromHim =
        c.chain.includes('source:protected-witness-1') ||
        c.subject === 'actor:protected-witness-1' ||
        c.object === 'actor:protected-witness-1';
      if (touchesQusour && fromHim && !c.identifying)
        problems.push(`${c.id} places him in al-Qusour but is not identifying`);
    }
    // Records shown to everyone must not tie him to his neighbourhood or carry his name.
    for (const e of data.entities.filter((x) => !x.protected)) {
      const text = `${e.name} ${e.description ?? ''}`;
      if (/\bAli\b/.test(text)) problems.push(`${e.id} names him`);
      if (inQusour.has(e.id) && /protected witness/i.test(text))
        problems.push(`${e.id} ties him to al-Qusour`);
    }
    // Ids are shown to everyone, so none may carry his name.
    const ids = [...data.sources, ...data.entities, ...data.claims].map((r) => r.id);
    for (const id of ids) {
      if (/[:-]ali(?:[-.]|$)/.test(id)) problems.push(`${id} carries his name`);
    }
    const lives = data.claims.find(
      (c) =>
        c.predicate === 'LOCATED_IN' &&
        c.subject === 'actor:protected-witness-1' &&
        c.object === 'place:al-qusour',
    );
    if (!lives) problems.push('no claim says where in Banias he lives');
    else if (!lives.identifying) problems.push(`${lives.id} says where he lives but is not identifying`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('grades every source as a modest demonstration judgement', () => {
    const ungraded = dataset()
      .sources.filter(
        (s) =>
          s.reliability?.gradedBy !== 'claimgraph sample editors' ||
          s.reliability.gradedOn !== '2026-11-25' ||
          !/demonstration/i.test(s.reliability.note ?? ''),
      )
      .map((s) => s.id);
    expect(ungraded).toEqual([]);
    const grade = (id: string) => dataset().sources.find((s) => s.id === id)?.reliability?.grade;
    expect(grade(BBC)).toBe('B');
    expect(grade('source:sohr-tally')).toBe('C');
    expect(grade('source:fares-testimony')).toBe('F');
    expect(grade('source:protected-witness-1')).toBe('F');
    expect(dataset().sources.some((s) => s.reliability?.grade === 'A')).toBe(false);
  });
});
