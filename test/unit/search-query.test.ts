/** The Lucene query built from what a user types into name search. */
import { describe, expect, it } from 'vitest';
import { buildSearchQuery, normaliseSearchText } from '../../src/services/search-query.js';

const SPECIAL = new Set([
  '+',
  '-',
  '&',
  '|',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '\\',
  '/',
]);

/**
 * Splits a query into its clauses and strips the syntax the builder itself adds (a quoted phrase
 * with a boost, `^2` boosts, `~n` fuzziness and a trailing `*`), leaving the words that came from
 * the user.
 */
function parseClauses(query: string): { phrase: string | null; terms: { word: string; op: string }[] } {
  let rest = query;
  let phrase: string | null = null;
  const quoted = /^"((?:[^"\\]|\\.)*)"\^4(?: |$)/.exec(rest);
  if (quoted) {
    phrase = quoted[1]!;
    rest = rest.slice(quoted[0].length);
  }
  const terms = rest
    .split(' ')
    .filter((t) => t !== '')
    .map((clause) => {
      const m = /^(.*?)(\^2|~[12]|\*)$/.exec(clause);
      if (!m) throw new Error(`unexpected clause ${clause}`);
      return { word: m[1]!, op: m[2]! };
    });
  return { phrase, terms };
}

/** The characters of a word that are Lucene syntax and not escaped by a backslash. */
function unescapedSpecials(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '\\') {
      i++; // the next character is escaped
      continue;
    }
    if (SPECIAL.has(ch)) found.push(ch);
  }
  return found;
}

describe('normaliseSearchText', () => {
  it('folds accents and case', () => {
    expect(normaliseSearchText('Qūṣūr')).toEqual(['qusur']);
    expect(normaliseSearchText('ÉLODIE Müller')).toEqual(['elodie', 'muller']);
  });

  it('splits on punctuation and spaces', () => {
    expect(normaliseSearchText('al-Qusour')).toEqual(['al', 'qusour']);
    expect(normaliseSearchText('  Velmora,   north/east ')).toEqual(['velmora', 'north', 'east']);
  });

  it('keeps digits and letters of other scripts', () => {
    expect(normaliseSearchText('بانياس 2025')).toEqual(['بانياس', '2025']);
  });

  it('returns no words for empty or punctuation-only text', () => {
    expect(normaliseSearchText('')).toEqual([]);
    expect(normaliseSearchText(' -- !? ')).toEqual([]);
  });
});

describe('buildSearchQuery', () => {
  it('returns null when there is nothing to search for', () => {
    expect(buildSearchQuery('')).toBeNull();
    expect(buildSearchQuery('   ')).toBeNull();
    expect(buildSearchQuery('"(*)"~!')).toBeNull();
  });

  it('searches a single word exactly, fuzzily and as a prefix, without a phrase clause', () => {
    const { phrase, terms } = parseClauses(buildSearchQuery('Velmora')!);
    expect(phrase).toBeNull();
    expect(terms).toEqual([
      { word: 'velmora', op: '^2' },
      { word: 'velmora', op: '~2' },
      { word: 'velmora', op: '*' },
    ]);
  });

  it('allows two edits for words of four letters or more', () => {
    const query = buildSearchQuery('Varn')!;
    expect(query.split(' ')).toContain('varn~2');
    expect(parseClauses(buildSearchQuery('Kusour')!).terms).toContainEqual({ word: 'kusour', op: '~2' });
  });

  it('does not allow two edits for words shorter than four letters', () => {
    const ops = (text: string) => parseClauses(buildSearchQuery(text)!).terms.map((t) => t.op);
    expect(ops('Ali')).not.toContain('~2');
    expect(ops('al')).not.toContain('~2');
    expect(ops('al')).not.toContain('~1');
  });

  it('adds a boosted phrase clause for multi-word input, with the normalised words in order', () => {
    const { phrase, terms } = parseClauses(buildSearchQuery('Ilsa  Várn')!);
    expect(phrase).toBe('ilsa varn');
    expect(new Set(terms.map((t) => t.word))).toEqual(new Set(['ilsa', 'varn']));
  });

  it('treats a hyphenated name as a phrase of its parts', () => {
    const { phrase, terms } = parseClauses(buildSearchQuery('al-Qusour')!);
    expect(phrase).toBe('al qusour');
    expect(terms).toContainEqual({ word: 'qusour', op: '~2' });
  });

  it('never lets Lucene syntax from the user through unescaped', () => {
    const inputs = [
      'a:b OR (c) "d" ~ * \\',
      'name:* OR id:/.*/',
      '+must -not && || !bang {x TO y} [a TO b] ^boost ?wild',
      'Velmora") OR name:(*',
      'x~2 y^10 "phrase',
    ];
    for (const input of inputs) {
      const query = buildSearchQuery(input);
      expect(query, input).not.toBeNull();
      const { phrase, terms } = parseClauses(query!);
      const words = [...(phrase === null ? [] : phrase.split(' ')), ...terms.map((t) => t.word)];
      expect(words.length, input).toBeGreaterThan(0);
      for (const word of words) {
        expect(word, `${input} → ${query}`).not.toBe('');
        expect(unescapedSpecials(word), `${input} → ${query}`).toEqual([]);
      }
    }
  });

  it('keeps the user words of a query with Lucene syntax, as plain lower-case words', () => {
    const { phrase } = parseClauses(buildSearchQuery('a:b OR (c) "d" ~ * \\')!);
    expect(phrase).toBe('a b or c d');
  });
});
