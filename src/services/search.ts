/** Name search with limits on what one request may ask for. */
import type { RequestContext } from '../context.js';
import { ValidationError } from '../errors.js';
import type { SearchHitRecord } from '../repositories/records.js';
import { buildSearchQuery, normaliseSearchText } from './search-query.js';

export const MAX_SEARCH_RESULTS = 50;
const MAX_SEARCH_TEXT = 200;
/**
 * Each word becomes up to four Lucene clauses, and Lucene refuses a query over 1,024. Some
 * characters expand when normalised (ﷺ is four words), so the words are counted after it.
 */
const MAX_SEARCH_WORDS = 32;
/** Lucene cannot build the matcher of a fuzzy or prefix match on a very long word (㍿ is four letters). */
const MAX_SEARCH_WORD = 64;

export async function searchNames(
  ctx: RequestContext,
  text: string,
  types: string[] | null,
  first: number | null | undefined,
): Promise<SearchHitRecord[]> {
  const limit = first ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_RESULTS) {
    throw new ValidationError('Invalid search', [
      { path: 'first', message: `must be between 1 and ${MAX_SEARCH_RESULTS}` },
    ]);
  }
  if (text.length > MAX_SEARCH_TEXT) {
    throw new ValidationError('Invalid search', [
      { path: 'text', message: `must be at most ${MAX_SEARCH_TEXT} characters` },
    ]);
  }
  const words = normaliseSearchText(text);
  if (words.length > MAX_SEARCH_WORDS) {
    throw new ValidationError('Invalid search', [
      { path: 'text', message: `has ${words.length} words once normalised; at most ${MAX_SEARCH_WORDS}` },
    ]);
  }
  const longest = Math.max(...words.map((w) => w.length));
  if (longest > MAX_SEARCH_WORD) {
    throw new ValidationError('Invalid search', [
      {
        path: 'text',
        message: `has a word of ${longest} letters once normalised; at most ${MAX_SEARCH_WORD}`,
      },
    ]);
  }
  const query = buildSearchQuery(text);
  if (query === null) return [];
  const found = await ctx.searchRepository.search(query, types, ctx.cleared, limit);
  // The hits come with their records, so that a hit's name and node cost no further statement.
  return found.map(({ hit, entity, source }) => {
    if (entity) ctx.loaders.primeEntity(entity);
    if (source) ctx.loaders.primeSource(source);
    return hit;
  });
}
