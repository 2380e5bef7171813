/**
 * Builds the Lucene query for name search from what a user typed. Each word may be misspelt by
 * up to two edits ("Benias" finds Banias, "Kusour" finds al-Qusour); the whole phrase scores
 * highest. User text never reaches Lucene's syntax unescaped.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function normaliseSearchText(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function buildSearchQuery(text: string): string | null {
  const words = normaliseSearchText(text).map((w) => w.replace(LUCENE_SPECIAL, '\\$&'));
  if (words.length === 0) return null;
  const clauses: string[] = [];
  if (words.length > 1) clauses.push(`"${words.join(' ')}"^4`);
  for (const word of words) {
    // Exact words weigh more than fuzzy ones; very short words are too ambiguous to fuzz.
    clauses.push(`${word}^2`);
    if (word.length >= 4) clauses.push(`${word}~2`);
    else if (word.length === 3) clauses.push(`${word}~1`);
    clauses.push(`${word}*`);
  }
  return clauses.join(' ');
}
