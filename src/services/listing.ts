/** The paged list queries: events in time order, entities, sources and claims by id. */
import type { RequestContext } from '../context.js';
import type { EventListFilter } from '../repositories/listing-repository.js';
import type { IdPage } from '../repositories/claim-repository.js';
import type { ClaimListFilter } from '../repositories/claim-repository.js';
import { decodeCursor, pageSize, toConnection, type ConnectionModel } from './pagination.js';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../repositories/records.js';

const UNDATED = '9999-12-31';
/**
 * Through a lens, which rows match depends on the claims the lens lets through, so the rows are
 * read whole (up to this many), filtered, and paged here instead of in Cypher.
 */
export const LENS_SCAN_LIMIT = 5000;

export async function listEvents(
  ctx: RequestContext,
  filter: EventListFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel<EntityRecord>> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const cursor = decodeCursor(after, 2);
  const keyOf = (e: EntityRecord) => [e.firstDate ?? UNDATED, e.id];
  const load = (ids: string[]) => ctx.loaders.entities(ids);
  if (ctx.lens.value) {
    // Through a lens, an event is in view when at least one claim about it passes the lens.
    const all = await ctx.listing.events(filter, null, LENS_SCAN_LIMIT);
    const inView = await Promise.all(
      all.ids.map(async (id) => ((await ctx.loaders.claimsOf(id)).length ? id : null)),
    );
    return pageInMemory(
      inView.filter((id): id is string => id !== null),
      cursor,
      size,
      load,
      keyOf,
    );
  }
  const page = await ctx.listing.events(
    filter,
    cursor ? { date: cursor[0] ?? UNDATED, id: cursor[1] ?? '' } : null,
    size + 1,
  );
  return connect(page, size, load, keyOf);
}

export async function listEntities(
  ctx: RequestContext,
  label: 'Actor' | 'Faction' | 'Place' | 'Event',
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel<EntityRecord>> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const page = await ctx.listing.entities(label, afterId(after), size + 1);
  return connect(
    page,
    size,
    (ids) => ctx.loaders.entities(ids),
    (e) => [e.id],
  );
}

export async function listSources(
  ctx: RequestContext,
  kinds: string[] | null,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel<SourceRecord>> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const page = await ctx.listing.sources(kinds, afterId(after), size + 1);
  return connect(
    page,
    size,
    (ids) => ctx.loaders.sources(ids),
    (s) => [s.id],
  );
}

export async function listClaims(
  ctx: RequestContext,
  filter: Omit<ClaimListFilter, 'cleared'>,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel<ClaimRecord>> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const load = (ids: string[]) => ctx.loaders.claims(ids);
  const keyOf = (c: ClaimRecord) => [c.id];
  if (ctx.lens.value) {
    const all = await ctx.claimRepository.list({ ...filter, cleared: ctx.cleared }, null, LENS_SCAN_LIMIT);
    const inView = (await ctx.loaders.claims(all.ids)).map((c) => c.id);
    return pageInMemory(inView, decodeCursor(after, 1), size, load, keyOf);
  }
  const page = await ctx.claimRepository.list({ ...filter, cleared: ctx.cleared }, afterId(after), size + 1);
  return connect(page, size, load, keyOf);
}

function afterId(after: string | null | undefined): string | null {
  return decodeCursor(after, 1)?.[0] ?? null;
}

async function connect<T extends { id: string }>(
  page: IdPage,
  size: number,
  load: (ids: string[]) => Promise<T[]>,
  keyOf: (row: T) => (string | null)[],
): Promise<ConnectionModel<T>> {
  const rows = await load(page.ids);
  return toConnection(rows, size, page.total, keyOf);
}

/** Pages ids already filtered and in order, resuming after the cursor's key. */
async function pageInMemory<T extends { id: string }>(
  ids: string[],
  cursor: (string | null)[] | null,
  size: number,
  load: (ids: string[]) => Promise<T[]>,
  keyOf: (row: T) => (string | null)[],
): Promise<ConnectionModel<T>> {
  const rows = await load(ids);
  const isAfter = (key: (string | null)[]) => cursor === null || compareKeys(key, cursor) > 0;
  const rest = rows.filter((row) => isAfter(keyOf(row)));
  return toConnection(rest.slice(0, size + 1), size, rows.length, keyOf);
}

function compareKeys(a: (string | null)[], b: (string | null)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
