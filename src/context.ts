/**
 * What each GraphQL request carries: who is asking (their role and clearance), a database view
 * that counts round trips, and request-scoped loaders.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Authenticator } from './auth/authenticator.js';
import type { Principal } from './auth/principal.js';
import type { Config } from './config.js';
import { readBookmarkHeader } from './http/bookmark-header.js';
import type { Logger } from './logger.js';
import type { Database, QueryStats } from './neo4j/database.js';
import { ClaimRepository } from './repositories/claim-repository.js';
import { ExplorationRepository } from './repositories/exploration-repository.js';
import { ListingRepository } from './repositories/listing-repository.js';
import { NodeRepository } from './repositories/node-repository.js';
import { ProvenanceRepository } from './repositories/provenance-repository.js';
import { SearchRepository } from './repositories/search-repository.js';
import { RequestLens } from './services/lens.js';
import { RequestLoaders } from './services/loaders.js';

export interface RequestContext {
  config: Config;
  logger: Logger;
  /** Who is asking: their role and whether they are cleared for protected records. */
  principal: Principal;
  /** May see protected sources and entities (the principal's clearance). */
  cleared: boolean;
  stats: QueryStats;
  /** The perspective this root field reads the record through (set by the root field). */
  lens: RequestLens;
  db: Database;
  loaders: RequestLoaders;
  /**
   * The context a root field and everything under it resolve with: a lens and loaders of its
   * own, so two root fields of one request may read through different lenses or asOf dates.
   */
  forRootField(responseKey: string): RequestContext;
  claimRepository: ClaimRepository;
  exploration: ExplorationRepository;
  listing: ListingRepository;
  provenance: ProvenanceRepository;
  searchRepository: SearchRepository;
}

/**
 * The context of one request. Rejects (UNAUTHENTICATED) when the request carries a credential
 * that is not accepted; a request without one is anonymous.
 */
export async function createContext(
  base: { db: Database; config: Config; logger: Logger },
  headers: IncomingHttpHeaders,
  /** Aborts when the request is over (see http/request-over.ts); requests without one run to the end. */
  signal?: AbortSignal,
): Promise<RequestContext> {
  const principal = await authenticatorFor(base).principalOf(headers.authorization);
  const cleared = principal.cleared;
  const stats: QueryStats = { roundTrips: 0 };
  // Every transaction of the request has the time limit, stops when the client goes away, and
  // reads with the bookmarks the client sent back.
  const db = base.db.forRequest(stats, {
    timeoutMs: base.config.CLAIMGRAPH_TX_TIMEOUT_MS,
    signal,
    bookmarks: readBookmarkHeader(headers),
  });
  const claimRepository = new ClaimRepository(db);
  const nodes = new NodeRepository(db);
  const shared = {
    config: base.config,
    logger: base.logger,
    principal,
    cleared,
    stats,
    db,
    claimRepository,
    exploration: new ExplorationRepository(db),
    listing: new ListingRepository(db),
    provenance: new ProvenanceRepository(db),
    searchRepository: new SearchRepository(db),
  };
  const byRootField = new Map<string, RequestContext>();
  const forRootField = (responseKey: string): RequestContext => {
    let scoped = byRootField.get(responseKey);
    if (!scoped) {
      scoped = withOwnView();
      byRootField.set(responseKey, scoped);
    }
    return scoped;
  };
  const withOwnView = (): RequestContext => {
    const lens = new RequestLens();
    return {
      ...shared,
      lens,
      loaders: new RequestLoaders(
        nodes,
        claimRepository,
        cleared,
        lens,
        base.config.CLAIMGRAPH_MAX_CLAIMS_PER_RECORD,
      ),
      forRootField,
    };
  };
  return withOwnView();
}

/** One authenticator (and so one API key cache) per configured service. */
const authenticators = new WeakMap<Config, Authenticator>();

function authenticatorFor(base: { db: Database; config: Config }): Authenticator {
  let authenticator = authenticators.get(base.config);
  if (!authenticator) {
    authenticator = new Authenticator(base.db, base.config);
    authenticators.set(base.config, authenticator);
  }
  return authenticator;
}
