/** Name search with limits on what one request may ask for. */
import type { RequestContext } from '../context.js';
import { ValidationError } from '../errors.js';
import type { SearchHitRecord } from '../repositories/records.js';
import { buildSearchQuery } from './search-query.js';

export const MAX_SEARCH_RESULTS = 50;
const MAX_SEARCH_TEXT = 200;

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
  const query = buildSearchQuery(text);
  if (query === null) return [];
  return ctx.searchRepository.search(query, types, ctx.cleared, limit);
}
