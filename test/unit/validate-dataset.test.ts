/**
 * Dataset validation before anything is written: the schema (shape), references (against the
 * file and the graph), and the write plan (times and counts resolved). Every issue must name
 * the record and field it concerns. All names here are fictional.
 */
import { describe, expect, it } from 'vitest';
import { claimSchema, datasetSchema, entitySchema, sourceSchema } from '../../src/import/dataset-schema.js';
import { RecordChecker } from '../../src/import/check-records.js';
import { datasetInMemory } from '../../src/import/dataset-reader.js';
import {
  aliasRows,
  claimBatch,
  claimRow,
  entityRow,
  partOfRows,
  sourceLinkRow,
  sourceRow,
} from '../../src/import/plan-writes.js';
import {
  checkReferences,
  describePath,
  parseDataset,
  type KnownRecord,
} from '../../src/import/validate-dataset.js';
import type { DatasetInput } from '../../src/import/dataset-schema.js';
import type { InputIssue } from '../../src/errors.js';

type Raw = {
  format: string;
  dataset: Record<string, unknown>;
  sources: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  [key: string]: unknown;
};

/** A small valid dataset: a gazette reports that a flood hit the town of Velmora on Thursday. */
function raw(): Raw {
  return {
    format: 'claimgraph/1',
    dataset: { id: 'dataset:velmora-flood', title: 'The Velmora flood' },
    sources: [
      {
        id: 'source:gazette',
        name: 'Velmora Gazette',
        kind: 'MEDIA',
        form: 'ARTICLE',
        publishedOn: '2025-03-09',
        speaker: 'faction:gazette-staff',
        relays: ['source:varn-testimony'],
      },
      {
        id: 'source:varn-testimony',
        name: 'Testimony of Ilsa Varn',
        kind: 'WITNESS',
        form: 'TESTIMONY',
        speaker: 'actor:ilsa-varn',
        protected: true,
        publicLabel: 'A witness in Velmora',
      },
    ],
    entities: [
      { id: 'place:velmora', type: 'Place', name: 'Velmora', kind: 'TOWN' },
      {
        id: 'actor:ilsa-varn',
        type: 'Actor',
        name: 'Ilsa Varn',
        kind: 'PERSON',
        aliases: [{ name: 'Ilsa', source: 'source:gazette' }],
      },
      { id: 'faction:gazette-staff', type: 'Faction', name: 'Gazette staff', kind: 'OTHER' },
      { id: 'event:velmora-flood', type: 'Event', name: 'Velmora flood', eventType: 'OTHER' },
    ],
    claims: [
      {
        id: 'claim:x',
        chain: ['source:gazette'],
        quote: 'The river burst its banks on Thursday.',
        predicate: 'OCCURRED_ON',
        subject: 'event:velmora-flood',
        time: { phrase: 'on Thursday' },
      },
      {
        id: 'claim:varn-witnessed',
        chain: ['source:gazette', 'source:varn-testimony'],
        quote: 'Ilsa Varn watched the water rise.',
        predicate: 'PARTICIPATED_IN',
        subject: 'actor:ilsa-varn',
        object: 'event:velmora-flood',
        role: 'WITNESS',
        places: ['place:velmora'],
      },
      {
        id: 'claim:flood-toll',
        chain: ['source:gazette'],
        quote: 'Dozens of families were displaced.',
        predicate: 'COUNT',
        subject: 'event:velmora-flood',
        count: { qualifier: 'DOZENS', measure: 'DISPLACED', unit: 'HOUSEHOLDS' },
      },
      {
        id: 'claim:gazette-confirms',
        chain: ['source:gazette'],
        quote: 'The Gazette confirmed her account.',
        predicate: 'CONFIRMS',
        subject: 'actor:ilsa-varn',
        about: ['claim:varn-witnessed'],
      },
    ],
  };
}

function parsed(data: unknown = raw()): DatasetInput {
  const result = parseDataset(data);
  if (!result.dataset) throw new Error(`does not parse: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}

const paths = (issues: InputIssue[]) => issues.map((i) => i.path);
const NOTHING = new Map<string, KnownRecord>();

describe('parseDataset', () => {
  it('accepts a minimal valid dataset and fills in the defaults', () => {
    const result = parseDataset(raw());
    expect(result.issues).toEqual([]);
    const data = result.dataset!;
    expect(data.claims).toHaveLength(4);
    expect(data.claims[0]).toMatchObject({
      places: [],
      about: [],
      credibility: 6,
      verification: 'UNVERIFIED',
      identifying: false,
    });
    expect(data.entities[0]).toMatchObject({ aliases: [], protected: false });
    expect(data.claims[2]!.count).toMatchObject({ unit: 'HOUSEHOLDS' });
  });

  it('defaults the unit of a count to people', () => {
    const data = raw();
    delete (data.claims[2]!.count as Record<string, unknown>).unit;
    expect(parsed(data).claims[2]!.count!.unit).toBe('PEOPLE');
  });

  it('names the claim and field when a COUNT claim has no count', () => {
    const data = raw();
    delete data.claims[0]!.time;
    data.claims[0]!.predicate = 'COUNT';
    const { dataset, issues } = parseDataset(data);
    expect(dataset).toBeUndefined();
    expect(issues).toEqual([
      { path: 'claims[0] (claim:x).count', message: expect.stringContaining('COUNT') },
    ]);
  });

  it('names the role when PARTICIPATED_IN has none', () => {
    const data = raw();
    delete data.claims[1]!.role;
    expect(paths(parseDataset(data).issues)).toEqual(['claims[1] (claim:varn-witnessed).role']);
  });

  it('refuses a role on a predicate other than PARTICIPATED_IN', () => {
    const data = raw();
    data.claims[0]!.role = 'VICTIM';
    expect(paths(parseDataset(data).issues)).toEqual(['claims[0] (claim:x).role']);
  });

  it('needs a subject and an object for entity-to-entity predicates', () => {
    const data = raw();
    delete data.claims[1]!.object;
    expect(paths(parseDataset(data).issues)).toEqual(['claims[1] (claim:varn-witnessed).object']);
    const noSubject = raw();
    delete noSubject.claims[0]!.subject;
    expect(paths(parseDataset(noSubject).issues)).toEqual(['claims[0] (claim:x).subject']);
  });

  it('needs a time for OCCURRED_ON', () => {
    const data = raw();
    delete data.claims[0]!.time;
    expect(paths(parseDataset(data).issues)).toEqual(['claims[0] (claim:x).time']);
  });

  it('needs `about` for claims about claims', () => {
    const data = raw();
    data.claims[3]!.about = [];
    const issues = parseDataset(data).issues;
    expect(paths(issues)).toEqual(['claims[3] (claim:gazette-confirms).about']);
    expect(issues[0]!.message).toMatch(/CONFIRMS/);
    for (const predicate of ['CANNOT_VERIFY', 'DISPUTES']) {
      const other = raw();
      other.claims[3]!.predicate = predicate;
      delete other.claims[3]!.about;
      expect(paths(parseDataset(other).issues), predicate).toEqual([
        'claims[3] (claim:gazette-confirms).about',
      ]);
    }
  });

  it('rejects unknown fields anywhere, naming the record', () => {
    const data = raw();
    data.claims[0]!.colour = 'red';
    const issues = parseDataset(data).issues;
    expect(paths(issues)).toEqual(['claims[0] (claim:x)']);
    expect(issues[0]!.message).toMatch(/colour/);

    const top = raw();
    top.extra = true;
    expect(parseDataset(top).dataset).toBeUndefined();

    const nested = raw();
    (nested.claims[2]!.count as Record<string, unknown>).approx = true;
    expect(paths(parseDataset(nested).issues)).toEqual(['claims[2] (claim:flood-toll).count']);
  });

  it('rejects ids that are not lower-case slugs with a type prefix', () => {
    for (const id of ['Place:Velmora', 'velmora', 'place:', 'place:velmora flood', ':velmora']) {
      const data = raw();
      data.entities[0]!.id = id;
      const issues = parseDataset(data).issues;
      expect(issues.length, id).toBeGreaterThan(0);
      expect(issues[0]!.path, id).toBe(`entities[0] (${id}).id`);
    }
  });

  it('requires a public label for a protected entity or source', () => {
    const data = raw();
    data.entities[1]!.protected = true;
    expect(paths(parseDataset(data).issues)).toEqual(['entities[1] (actor:ilsa-varn).publicLabel']);
    const src = raw();
    delete src.sources[1]!.publicLabel;
    expect(paths(parseDataset(src).issues)).toEqual(['sources[1] (source:varn-testimony).publicLabel']);
  });

  it('rejects a value-less count with a qualifier that needs a value', () => {
    const data = raw();
    data.claims[2]!.count = { qualifier: 'MORE_THAN', measure: 'KILLED' };
    expect(paths(parseDataset(data).issues)).toEqual(['claims[2] (claim:flood-toll).count.value']);
  });

  it('rejects count bounds with low above high', () => {
    const data = raw();
    data.claims[2]!.count = { qualifier: 'DOZENS', measure: 'DISPLACED', low: 50, high: 40 };
    expect(paths(parseDataset(data).issues)).toEqual(['claims[2] (claim:flood-toll).count.low']);
  });

  it('rejects a time with neither phrase nor start', () => {
    const data = raw();
    data.claims[0]!.time = { anchor: '2025-03-09' };
    expect(paths(parseDataset(data).issues)).toEqual(['claims[0] (claim:x).time']);
  });

  it('rejects an unknown vocabulary term and a malformed date', () => {
    const data = raw();
    data.entities[0]!.kind = 'VILLAGE';
    data.sources[0]!.publishedOn = '9 March 2025';
    expect(paths(parseDataset(data).issues).sort()).toEqual([
      'entities[0] (place:velmora).kind',
      'sources[0] (source:gazette).publishedOn',
    ]);
  });

  it('says "required" of a field left out, with what it takes', () => {
    const data = raw();
    delete data.claims[0]!.quote;
    delete data.entities[0]!.type;
    delete data.sources[0]!.form;
    expect(parseDataset(data).issues).toEqual([
      {
        path: 'sources[0] (source:gazette).form',
        message: expect.stringMatching(/^required: one of ARTICLE, /),
      },
      { path: 'entities[0] (place:velmora).type', message: 'required: one of Actor, Faction, Place, Event' },
      { path: 'claims[0] (claim:x).quote', message: 'required (string)' },
    ]);
  });

  it('accepts only web links as a source url', () => {
    const data = raw();
    data.sources[0]!.url = 'javascript:alert(document.cookie)';
    data.sources[1]!.url = 'https://gazette.example/velmora-flood';
    expect(parseDataset(data).issues).toEqual([
      { path: 'sources[0] (source:gazette).url', message: 'must be an http:// or https:// URL' },
    ]);
  });

  it('rejects a file of another format', () => {
    const data = raw();
    data.format = 'claimgraph/2';
    expect(paths(parseDataset(data).issues)).toEqual(['format']);
  });

  it('reports every issue at once, not just the first', () => {
    const data = raw();
    delete data.claims[1]!.role;
    data.entities[1]!.protected = true;
    expect(paths(parseDataset(data).issues).sort()).toEqual([
      'claims[1] (claim:varn-witnessed).role',
      'entities[1] (actor:ilsa-varn).publicLabel',
    ]);
  });

  it('exports the record schemas the dataset schema is built from', () => {
    const data = raw();
    expect(datasetSchema.safeParse(data).success).toBe(true);
    expect(sourceSchema.safeParse(data.sources[0]).success).toBe(true);
    expect(entitySchema.safeParse(data.entities[1]).success).toBe(true);
    expect(claimSchema.safeParse({ ...data.claims[1], role: undefined }).success).toBe(false);
  });
});

describe('describePath', () => {
  it('names records in the top-level lists by their id', () => {
    expect(describePath(['claims', 0, 'count'], raw())).toBe('claims[0] (claim:x).count');
    expect(describePath(['claims', 1, 'chain', 1], raw())).toBe('claims[1] (claim:varn-witnessed).chain[1]');
    expect(describePath(['entities', 1, 'aliases', 0, 'source'], raw())).toBe(
      'entities[1] (actor:ilsa-varn).aliases[0].source',
    );
  });

  it('describes records without a usable id, and paths that lead nowhere, by position', () => {
    const data = raw();
    data.claims[0]!.id = 42;
    expect(describePath(['claims', 0, 'quote'], data)).toBe('claims[0].quote');
    expect(describePath(['claims', 9, 'quote'], data)).toBe('claims[9].quote');
    expect(describePath(['dataset', 'title'], data)).toBe('dataset.title');
  });

  it('names the root', () => {
    expect(describePath([], raw())).toBe('(root)');
  });
});

describe('the graph lookup', () => {
  it('asks the graph about the ids the file refers to but does not define, and about its own ids', async () => {
    const data = parsed();
    data.claims[0]!.places = ['place:elsewhere'];
    const asked: string[] = [];
    const reader = datasetInMemory(data);
    const checker = new RecordChecker({ whereOf: (o) => reader.whereOf(o) });
    for (const item of reader.items()) checker.add(item);
    const result = await checker.finish({
      find: async (ids) => {
        asked.push(...ids);
        return new Map([['place:elsewhere', { type: 'Place', publishedOn: null }]]);
      },
      isEmpty: async () => false,
    });
    expect(result.issues).toEqual([]);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).toContain('place:elsewhere');
    expect(asked).toContain('claim:gazette-confirms');
    expect(result.counts).toEqual({
      sources: 2,
      entities: 4,
      aliases: 1,
      containment: 2,
      claims: 4,
      claimLinks: 1,
    });
  });

  it('does not ask about the ids a large file defines when the graph is empty', async () => {
    const reader = datasetInMemory(parsed());
    const checker = new RecordChecker({ whereOf: (o) => reader.whereOf(o) });
    for (const item of reader.items()) checker.add(item);
    const asked: string[] = [];
    // Under the lookup chunk every id is asked in the one query; the empty-graph shortcut is for
    // files above it, which the integration tests import.
    await checker.finish({
      find: async (ids) => (asked.push(...ids), new Map()),
      isEmpty: async () => true,
    });
    expect(asked).toHaveLength(10);
  });
});

describe('checkReferences', () => {
  it('finds nothing wrong with a self-contained valid dataset', async () => {
    expect(await checkReferences(parsed(), NOTHING)).toEqual([]);
  });

  it('refuses a Place as the subject of PARTICIPATED_IN, expecting an Actor or Faction', async () => {
    const data = parsed();
    data.claims[1]!.subject = 'place:velmora';
    const issues = await checkReferences(data, NOTHING);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('claims[1] (claim:varn-witnessed).subject');
    expect(issues[0]!.message).toMatch(/Place/);
    expect(issues[0]!.message).toMatch(/expected Actor or Faction/);
  });

  it('refuses a source that relays itself', async () => {
    const data = parsed();
    data.sources[0]!.relays = ['source:gazette'];
    expect(await checkReferences(data, NOTHING)).toEqual([
      { path: 'sources[0] (source:gazette).relays[0]', message: 'a source cannot relay itself' },
    ]);
  });

  it('reports an id that is neither in the file nor in the graph', async () => {
    const data = parsed();
    data.claims[1]!.places = ['place:atlantis'];
    const issues = await checkReferences(data, new Map());
    expect(issues).toEqual([
      {
        path: 'claims[1] (claim:varn-witnessed).places[0]',
        message: expect.stringContaining('place:atlantis'),
      },
    ]);
    expect(issues[0]!.message).toMatch(/neither in this file nor in the graph/);
  });

  it('accepts a reference to a record of the right type already in the graph', async () => {
    const data = parsed();
    data.claims[1]!.places = ['place:old-mill'];
    const existing = new Map<string, KnownRecord>([['place:old-mill', { type: 'Place', publishedOn: null }]]);
    expect(await checkReferences(data, existing)).toEqual([]);
  });

  it('refuses a reference to a record of the wrong type in the graph', async () => {
    const data = parsed();
    data.claims[1]!.places = ['actor:old-miller'];
    const existing = new Map<string, KnownRecord>([
      ['actor:old-miller', { type: 'Actor', publishedOn: null }],
    ]);
    expect(paths(await checkReferences(data, existing))).toEqual([
      'claims[1] (claim:varn-witnessed).places[0]',
    ]);
  });

  it('reports an id defined twice in the file, at the second definition', async () => {
    const data = parsed();
    data.claims.push({ ...data.claims[0]! });
    const issues = await checkReferences(data, NOTHING);
    expect(issues).toEqual([
      { path: 'claims[4] (claim:x).id', message: expect.stringMatching(/defined twice/) },
    ]);
  });

  it('reports an id already in the graph as a record of another type', async () => {
    const data = parsed();
    data.claims[0]!.id = 'claim:velmora';
    const existing = new Map<string, KnownRecord>([['claim:velmora', { type: 'Place', publishedOn: null }]]);
    const issues = await checkReferences(data, existing);
    expect(issues).toEqual([
      { path: 'claims[0] (claim:velmora).id', message: expect.stringMatching(/already belongs to a Place/) },
    ]);
  });

  it('checks the types of chain links, speakers, relays, alias sources and partOf', async () => {
    const data = parsed();
    data.claims[0]!.chain = ['actor:ilsa-varn'];
    data.sources[0]!.speaker = 'place:velmora';
    data.sources[0]!.relays = ['claim:x'];
    data.entities[1]!.aliases = [{ name: 'Ilsa', source: 'actor:ilsa-varn' }];
    const velmora = data.entities[0]!;
    if (velmora.type !== 'Place') throw new Error('fixture changed');
    velmora.partOf = 'event:velmora-flood';
    expect(paths(await checkReferences(data, NOTHING)).sort()).toEqual([
      'claims[0] (claim:x).chain[0]',
      'entities[0] (place:velmora).partOf',
      'entities[1] (actor:ilsa-varn).aliases[0].source',
      'sources[0] (source:gazette).relays[0]',
      'sources[0] (source:gazette).speaker',
    ]);
  });

  it('refuses a record that is part of itself and a claim about itself', async () => {
    const data = parsed();
    const velmora = data.entities[0]!;
    if (velmora.type !== 'Place') throw new Error('fixture changed');
    velmora.partOf = 'place:velmora';
    data.claims[3]!.about = ['claim:gazette-confirms'];
    expect(paths(await checkReferences(data, NOTHING)).sort()).toEqual([
      'claims[3] (claim:gazette-confirms).about[0]',
      'entities[0] (place:velmora).partOf',
    ]);
  });

  it('refuses an object on a predicate that takes none', async () => {
    const data = parsed();
    data.claims[0]!.object = 'place:velmora';
    const issues = await checkReferences(data, NOTHING);
    expect(issues).toEqual([
      { path: 'claims[0] (claim:x).object', message: expect.stringMatching(/takes no object/) },
    ]);
  });
});

describe('checkReferences for editors (createOnly)', () => {
  it('leaves ids already in the graph to the uniqueness constraint, which answers CONFLICT', async () => {
    // A check before the write could not stop two editors adding one id at the same moment; the
    // database's constraint does (test/integration/concurrent-writes.test.ts).
    const data = parsed();
    const existing = new Map<string, KnownRecord>([
      ['place:velmora', { type: 'Place', publishedOn: null }],
      ['claim:flood-toll', { type: 'Event', publishedOn: null }],
    ]);
    expect(await checkReferences(data, existing, { createOnly: true })).toEqual([]);
  });

  it('finds nothing when the graph holds none of the ids', async () => {
    expect(await checkReferences(parsed(), NOTHING, { createOnly: true })).toEqual([]);
  });
});

/** Publication dates of the sample's sources, as the check hands them to the writes. */
const DATES = new Map<string, string | null>([
  ['source:gazette', '2025-03-09'],
  ['source:varn-testimony', null],
]);

describe('write rows', () => {
  it('resolves a time phrase against the publication date of the first source in the chain', () => {
    expect(claimRow(parsed().claims[0]!, DATES)).toMatchObject({
      timeStart: '2025-03-06',
      timeEnd: '2025-03-06',
      timePrecision: 'DAY',
      timeEdtf: '2025-03-06',
      timePhrase: 'on Thursday',
      timeAnchor: '2025-03-09',
      saidOn: '2025-03-09',
    });
  });

  it('uses the publication date of a chain source that is already in the graph', async () => {
    const data = parsed();
    data.sources = data.sources.filter((s) => s.id !== 'source:gazette');
    data.claims = [{ ...data.claims[0]!, chain: ['source:gazette'] }];
    const existing = new Map<string, KnownRecord>([
      ['source:gazette', { type: 'Source', publishedOn: '2025-01-15' }],
    ]);
    expect(await checkReferences(data, existing)).toEqual([]);
    const row = claimRow(data.claims[0]!, new Map([['source:gazette', '2025-01-15']]));
    expect(row).toMatchObject({ timeStart: '2025-01-09', timeAnchor: '2025-01-15', saidOn: '2025-01-15' });
  });

  it('prefers the claim’s own saidOn to the publication date', () => {
    const data = parsed();
    data.claims[0]!.saidOn = '2025-03-01';
    expect(claimRow(data.claims[0]!, DATES)).toMatchObject({
      saidOn: '2025-03-01',
      timeAnchor: '2025-03-01',
      timeStart: '2025-02-27',
    });
  });

  it('reports an unresolvable phrase at the claim’s time', async () => {
    const data = parsed();
    data.claims[0]!.time = { phrase: 'recently' };
    const issues = await checkReferences(data, NOTHING);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('claims[0] (claim:x).time');
    expect(issues[0]!.message).toMatch(/recently/);
  });

  it('reports a phrase with no date to resolve it against', async () => {
    const data = parsed();
    delete data.sources[0]!.publishedOn;
    expect(paths(await checkReferences(data, NOTHING))).toEqual(['claims[0] (claim:x).time']);
  });

  it('turns counts into ranges and leaves count fields null on other claims', () => {
    const data = parsed();
    const dead = {
      ...data.claims[2]!,
      id: 'claim:flood-dead',
      count: { value: 740, qualifier: 'MORE_THAN', unit: 'PEOPLE', measure: 'KILLED', category: 'residents' },
    } as const;
    expect(claimRow(data.claims[2]!, DATES)).toMatchObject({
      countQualifier: 'DOZENS',
      countValue: null,
      countLow: 24,
      countHigh: 99,
      countBest: null,
      countUnit: 'HOUSEHOLDS',
      countMeasure: 'DISPLACED',
    });
    expect(claimRow(dead, DATES)).toMatchObject({
      countValue: 740,
      countLow: 741,
      countHigh: null,
      countCategory: 'residents',
    });
    expect(claimRow(data.claims[0]!, DATES)).toMatchObject({
      countLow: null,
      countHigh: null,
      countQualifier: null,
    });
  });

  it('makes absent optional fields explicit nulls so a re-import clears them', () => {
    const data = parsed();
    const place = data.entities.find((e) => e.id === 'place:velmora')!;
    expect(entityRow(place)).toMatchObject({
      description: null,
      latitude: null,
      longitude: null,
      publicLabel: null,
    });
    expect(partOfRows(place)).toEqual([{ id: 'place:velmora', partOf: null }]);
    expect(claimRow(data.claims[2]!, DATES)).toMatchObject({
      timeStart: null,
      timePhrase: null,
      role: null,
      note: null,
    });
    expect(sourceRow(data.sources[1]!)).toMatchObject({
      publishedOn: null,
      protected: true,
      publicLabel: 'A witness in Velmora',
    });
  });

  it('plans links, aliases and the events whose dates need refreshing', async () => {
    const data = parsed();
    data.claims.push({ ...data.claims[0]!, id: 'claim:old-storm-date', subject: 'event:old-storm' });
    const reader = datasetInMemory(data);
    const checker = new RecordChecker({ whereOf: (o) => reader.whereOf(o) });
    for (const item of reader.items()) checker.add(item);
    const checked = await checker.finish({
      find: async (ids) =>
        new Map(
          ids.includes('event:old-storm') ? [['event:old-storm', { type: 'Event', publishedOn: null }]] : [],
        ),
      isEmpty: async () => false,
    });
    expect(new Set(checked.eventIds)).toEqual(new Set(['event:velmora-flood', 'event:old-storm']));
    expect(data.entities.flatMap(aliasRows)).toEqual([
      { entityId: 'actor:ilsa-varn', name: 'Ilsa', sourceId: 'source:gazette', note: null },
    ]);
    const batch = claimBatch(data.claims, checked.publishedOn);
    const of = (list: unknown, id: string) => (list as { claim: string }[]).filter((l) => l.claim === id);
    expect(of(batch.subjects, 'claim:varn-witnessed')).toEqual([
      { claim: 'claim:varn-witnessed', target: 'actor:ilsa-varn' },
    ]);
    expect(of(batch.objects, 'claim:varn-witnessed')).toEqual([
      { claim: 'claim:varn-witnessed', target: 'event:velmora-flood' },
    ]);
    expect(of(batch.places, 'claim:varn-witnessed')).toEqual([
      { claim: 'claim:varn-witnessed', target: 'place:velmora' },
    ]);
    expect(of(batch.chain, 'claim:varn-witnessed')).toEqual([
      { claim: 'claim:varn-witnessed', source: 'source:gazette', position: 0, origin: false },
      { claim: 'claim:varn-witnessed', source: 'source:varn-testimony', position: 1, origin: true },
    ]);
    // Each relayed pair once per batch, however many claims show it.
    expect(batch.relays).toEqual([{ from: 'source:gazette', to: 'source:varn-testimony' }]);
    expect(sourceLinkRow(data.sources[0]!)).toEqual({
      id: 'source:gazette',
      speakerId: 'faction:gazette-staff',
      relayIds: ['source:varn-testimony'],
    });
  });
});
