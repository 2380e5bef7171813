/**
 * The paged list queries: events in time order, entities, sources and claims by id. Each page is
 * one keyset statement that filters (lens and protection included) and stops at the page size in
 * Neo4j; totalCount is a statement of its own, run only when a caller selects it.
 */
import type { RequestContext } from '../context.js';
import { calendarDayProblem } from '../domain/calendar-day.js';
import { ValidationError, type InputIssue } from '../errors.js';
import type { ClaimListFilter, EntityLabel, EventListFilter } from '../repositories/listing-repository.js';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../repositories/records.js';
import { claimView } from './lens.js';
import { decodeCursor, pageSize, toConnection, type ConnectionModel, type Keyset } from './pagination.js';

const UNDATED = '9999-12-31';

export async function listEvents(
  ctx: RequestContext,
  filter: EventListFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel<EntityRecord>> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  checkNear(filter.near);
  // An event's key is its first date (compared as a date) and its id.
  const cursor = decodeCursor(after, 2, ([date]) => !date || calendarDayProblem(date) === null);
  const view = claimView(ctx.lens.value, ctx.cleared);
  // Through a lens, an event is in view when at least one claim about it passes the lens.
  const inViewOnly = ctx.lens.value !== null;
  const events = await ctx.listing.events(
    filter,
    view,
    inViewOnly,
    cursor ? { date: cursor[0] ?? UNDATED, id: cursor[1] ?? '' } : null,
    size + 1,
  );
  return toConnection(
    events.map((e) => ctx.loaders.primeEntity(e)),
    size,
    () => ctx.listing.countEvents(filter, view, inViewOnly),
    (e) => [e.firstDate ?? UNDATED, e.id],
  );
}

export async function listEntities(
  ctx: RequestContext,
  label: EntityLabel,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel<EntityRecord>> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const entities = await ctx.listing.entities(label, afterId(after), size + 1);
  return toConnection(
    entities.map((e) => ctx.loaders.primeEntity(e)),
    size,
    () => ctx.listing.countEntities(label),
    byId,
  );
}

export async function listSources(
  ctx: RequestContext,
  kinds: string[] | null,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel<SourceRecord>> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const sources = await ctx.listing.sources(kinds, afterId(after), size + 1);
  return toConnection(
    sources.map((s) => ctx.loaders.primeSource(s)),
    size,
    () => ctx.listing.countSources(kinds),
    byId,
  );
}

export async function listClaims(
  ctx: RequestContext,
  filter: ClaimListFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionModel<ClaimRecord>> {
  const size = pageSize(first, ctx.config.CLAIMGRAPH_MAX_PAGE_SIZE);
  const view = claimView(ctx.lens.value, ctx.cleared);
  const ids = await ctx.listing.claims(filter, view, afterId(after), size + 1);
  return toConnection(await ctx.loaders.claims(ids), size, () => ctx.listing.countClaims(filter, view), byId);
}

/** A point on the globe and a positive radius; Neo4j would fail on anything else. */
function checkNear(near: EventListFilter['near']): void {
  if (!near) return;
  const issues: InputIssue[] = [];
  if (!(near.latitude >= -90 && near.latitude <= 90)) {
    issues.push({ path: 'filter.near.latitude', message: 'must be between -90 and 90' });
  }
  if (!(near.longitude >= -180 && near.longitude <= 180)) {
    issues.push({ path: 'filter.near.longitude', message: 'must be between -180 and 180' });
  }
  if (!(near.km > 0 && near.km <= 20_038)) {
    issues.push({
      path: 'filter.near.km',
      message: 'must be more than 0 and at most 20038 (half the equator)',
    });
  }
  if (issues.length) throw new ValidationError('Invalid place filter', issues);
}

function byId(row: { id: string }): Keyset {
  return [row.id];
}

function afterId(after: string | null | undefined): string | null {
  return decodeCursor(after, 1)?.[0] ?? null;
}
