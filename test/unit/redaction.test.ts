/** Protection of sources and people: what a caller without clearance may see. */
import { describe, expect, it } from 'vitest';
import {
  REDACTED,
  redactClaim,
  redactEntity,
  redactNames,
  redactSource,
} from '../../src/services/redaction.js';
import type { StoredEntity, StoredSource } from '../../src/repositories/node-repository.js';
import type { ClaimRecord } from '../../src/repositories/records.js';
import { claimRecord } from '../helpers/records.js';

function entity(overrides: Partial<StoredEntity> = {}): StoredEntity {
  return {
    id: 'actor:witness-1',
    type: 'Actor',
    name: 'Ilsa Varn',
    description: 'A baker from the lower town of Velmora.',
    kind: 'PERSON',
    eventType: null,
    protected: true,
    publicLabel: 'A resident of Velmora',
    publishedDetails: [{ field: 'town', value: 'Velmora' }],
    location: { latitude: 12.5, longitude: 45.25 },
    partOfId: null,
    firstDate: null,
    lastDate: null,
    aliases: [{ name: 'Ilsa', sourceIds: ['source:gazette'] }],
    ...overrides,
  };
}

function source(overrides: Partial<StoredSource> = {}): StoredSource {
  return {
    id: 'source:witness-1',
    type: 'Source',
    name: 'Testimony of Ilsa Varn',
    kind: 'WITNESS',
    form: 'TESTIMONY',
    protected: true,
    publicLabel: 'A witness in Velmora',
    publishedDetails: [],
    author: 'Ilsa Varn',
    url: 'https://example.org/varn',
    publishedOn: '2025-03-09',
    description: 'Interview with Ilsa Varn at her bakery.',
    reliability: { grade: 'F', gradedBy: 'editors', gradedOn: '2025-03-10', note: null },
    speakerId: 'actor:witness-1',
    ...overrides,
  };
}

/** The record as stored, minus the label that redaction substitutes for the name. */
function withoutLabel<T extends { publicLabel: string | null }>(record: T): Omit<T, 'publicLabel'> {
  const copy: Partial<T> = { ...record };
  delete copy.publicLabel;
  return copy as Omit<T, 'publicLabel'>;
}

function claim(overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  return claimRecord('claim:varn-saw-flood', {
    predicate: 'STATED',
    quote: 'Ilsa Varn said the river rose on Thursday.',
    statement: 'Varn saw the flood',
    chain: ['source:gazette', 'source:witness-1'],
    subjectId: 'actor:witness-1',
    saidOn: '2025-03-09',
    recordedAt: '2025-03-10T00:00:00Z',
    note: 'Ilsa asked not to be named.',
    ...overrides,
  });
}

describe('redactNames', () => {
  it('replaces a whole name, whatever its case and the punctuation after it', () => {
    expect(redactNames('Ali, who lives nearby, said so.', ['Ali'])).toBe(
      `${REDACTED}, who lives nearby, said so.`,
    );
    expect(redactNames('ask ali.', ['Ali'])).toBe(`ask ${REDACTED}.`);
    expect(redactNames('"ALI"', ['Ali'])).toBe(`"${REDACTED}"`);
  });

  it('leaves words that merely contain the name alone', () => {
    const text = 'The Alawites of Bali met Alia and Kali.';
    expect(redactNames(text, ['Ali'])).toBe(text);
  });

  it('replaces every occurrence', () => {
    expect(redactNames('Ali met Ali.', ['Ali'])).toBe(`${REDACTED} met ${REDACTED}.`);
  });

  it('replaces the longest name first, so a full name leaves no part behind', () => {
    expect(redactNames('Ilsa Varn spoke; later Ilsa left.', ['Ilsa', 'Ilsa Varn'])).toBe(
      `${REDACTED} spoke; later ${REDACTED} left.`,
    );
  });

  it('treats regular-expression characters in names literally', () => {
    expect(redactNames('Dr. V. (Varn) said.', ['Dr. V. (Varn)'])).toBe(`${REDACTED} said.`);
    expect(redactNames('Draw the Varn+ line.', ['V.rn'])).toBe('Draw the Varn+ line.');
    expect(() => redactNames('x', ['a(b', '[c', '\\', '*'])).not.toThrow();
    expect(redactNames('a(b and c', ['a(b'])).toBe(`${REDACTED} and c`);
  });

  it('handles names in other scripts and accented letters as whole words', () => {
    expect(redactNames('قال علي ذلك', ['علي'])).toBe(`قال ${REDACTED} ذلك`);
    expect(redactNames('Élodie et Élodiette', ['élodie'])).toBe(`${REDACTED} et Élodiette`);
  });

  it('leaves the text as it is when there are no names, or only blank ones', () => {
    expect(redactNames('Ilsa Varn', [])).toBe('Ilsa Varn');
    expect(redactNames('Ilsa Varn', ['', '  '])).toBe('Ilsa Varn');
  });
});

describe('redactEntity', () => {
  it('shows a protected entity by its public label only to a caller without clearance', () => {
    const shown = redactEntity(entity(), false);
    expect(shown.name).toBe('A resident of Velmora');
    expect(shown.description).toBeNull();
    expect(shown.aliases).toEqual([]);
    expect(shown.location).toBeNull();
    expect(shown.id).toBe('actor:witness-1');
    expect(JSON.stringify(shown)).not.toMatch(/Ilsa|Varn|baker/);
  });

  it('keeps exactly the details its sources published beside the public label', () => {
    expect(redactEntity(entity(), false).publishedDetails).toEqual([{ field: 'town', value: 'Velmora' }]);
  });

  it('never hands out the stored publicLabel field itself', () => {
    expect(redactEntity(entity(), false)).not.toHaveProperty('publicLabel');
    expect(redactEntity(entity(), true)).not.toHaveProperty('publicLabel');
    expect(redactEntity(entity({ protected: false }), false)).not.toHaveProperty('publicLabel');
  });

  it('falls back to a generic label when a protected entity has none', () => {
    expect(redactEntity(entity({ publicLabel: null }), false).name).toBe('Protected');
  });

  it('shows everything to a caller with clearance', () => {
    expect(redactEntity(entity(), true)).toEqual(withoutLabel(entity()));
  });

  it('shows an unprotected entity in full to everyone', () => {
    const open = entity({ protected: false, publicLabel: null });
    expect(redactEntity(open, false)).toEqual(withoutLabel(open));
  });
});

describe('redactSource', () => {
  it('shows a protected source by its public label, without author, url or description', () => {
    const shown = redactSource(source(), false);
    expect(shown).toMatchObject({
      id: 'source:witness-1',
      name: 'A witness in Velmora',
      author: null,
      url: null,
      description: null,
      kind: 'WITNESS',
    });
    expect(shown).not.toHaveProperty('publicLabel');
    expect(JSON.stringify(shown)).not.toMatch(/Ilsa|Varn|bakery|example\.org/);
  });

  it('falls back to a generic label when a protected source has none', () => {
    expect(redactSource(source({ publicLabel: null }), false).name).toBe('Protected source');
  });

  it('shows everything to a caller with clearance, and unprotected sources to everyone', () => {
    expect(redactSource(source(), true)).toEqual(withoutLabel(source()));
    const open = source({ protected: false });
    expect(redactSource(open, false)).toEqual(withoutLabel(open));
  });
});

describe('redactClaim', () => {
  const names = ['Ilsa Varn', 'Ilsa', 'Varn'];

  it('hides an identifying claim entirely from a caller without clearance', () => {
    expect(redactClaim(claim({ identifying: true }), false, names)).toBeNull();
  });

  it('keeps an identifying claim whose fact was published once the database withheld its words', () => {
    const withheld = claim({ identifying: true, quoteWithheld: true, quote: null, note: null });
    expect(redactClaim(withheld, false, names)).toMatchObject({
      quoteWithheld: true,
      quote: null,
      statement: `${REDACTED} saw the flood`,
    });
  });

  it('blanks protected names out of the quote, statement and note', () => {
    const shown = redactClaim(claim(), false, names);
    expect(shown).not.toBeNull();
    expect(shown!.quote).toBe(`${REDACTED} said the river rose on Thursday.`);
    expect(shown!.statement).toBe(`${REDACTED} saw the flood`);
    expect(shown!.note).toBe(`${REDACTED} asked not to be named.`);
    expect(shown!.id).toBe('claim:varn-saw-flood');
    expect(shown!.chain).toEqual(['source:gazette', 'source:witness-1']);
  });

  it('keeps absent texts absent', () => {
    const shown = redactClaim(claim({ quote: null, statement: null, note: null }), false, names);
    expect(shown).toMatchObject({ quote: null, statement: null, note: null });
  });

  it('returns the claim unchanged to a caller with clearance, identifying or not', () => {
    const identifying = claim({ identifying: true });
    expect(redactClaim(identifying, true, names)).toEqual(identifying);
    const plain = claim();
    expect(redactClaim(plain, true, names)).toEqual(plain);
  });
});
