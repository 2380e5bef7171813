/**
 * Request-scoped batching: every record a request needs is fetched in one statement per kind
 * and per level of the query, however many items the answer has (no N+1). A statement that
 * returns whole records of other kinds (the claims about an entity come with the entities and
 * sources they name) primes those kinds' loaders, so that the levels below it cost no statement.
 * Redaction for the caller's clearance happens here, so no resolver can forget it.
 */
import DataLoader from 'dataloader';
import { AppError } from '../errors.js';
import type { ClaimRepository, SourceClaimIds, SpeakerStatements } from '../repositories/claim-repository.js';
import type {
  NodeRepository,
  PartsRecord,
  StoredEntity,
  StoredSource,
} from '../repositories/node-repository.js';
import type {
  ClaimRecord,
  EntityRecord,
  NodeRecord,
  SourceRecord,
  SourceRelays,
} from '../repositories/records.js';
import { claimView, type RequestLens } from './lens.js';
import { redactClaim, redactEntity, redactSource } from './redaction.js';

/** The claims about an entity a caller may see, and how many there are in all. */
interface VisibleClaims {
  total: number;
  claims: ClaimRecord[];
}

function batch<V, S>(
  fetch: (ids: readonly string[]) => Promise<Map<string, S>>,
  shape: (stored: S) => V | null,
) {
  return new DataLoader<string, V | null>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => {
      const stored = found.get(id);
      return stored === undefined ? null : shape(stored);
    });
  });
}

/**
 * The records a batch found, in order, leaving out ids with no record (or none the caller may
 * see). A failed batch is rethrown: an unreachable database must not read as "no such record".
 */
function found<T>(loaded: (T | null | Error)[]): T[] {
  const failure = loaded.find((item) => item instanceof Error);
  if (failure) throw failure;
  return loaded.filter((item): item is T => item !== null);
}

export class RequestLoaders {
  readonly entity: DataLoader<string, EntityRecord | null>;
  readonly source: DataLoader<string, SourceRecord | null>;
  readonly claim: DataLoader<string, ClaimRecord | null>;
  /**
   * The visible claims about an entity, or only their number when it is in too many to read; with
   * the records they name primed (claimsAbout), or without them (claimsOnlyAbout).
   */
  readonly claimsAbout: DataLoader<string, VisibleClaims | null>;
  readonly claimsOnlyAbout: DataLoader<string, VisibleClaims | null>;
  readonly sourceClaims: DataLoader<string, SourceClaimIds | null>;
  readonly statements: DataLoader<string, SpeakerStatements | null>;
  readonly parts: DataLoader<string, PartsRecord | null>;
  readonly relays: DataLoader<string, SourceRelays | null>;
  private protectedNames: Promise<string[]> | null = null;

  constructor(
    private readonly nodes: NodeRepository,
    claims: ClaimRepository,
    readonly cleared: boolean,
    readonly lens: RequestLens,
    /** The most claims a trace field reads about one record (CLAIMGRAPH_MAX_CLAIMS_PER_RECORD). */
    private readonly maxClaimsPerRecord: number,
  ) {
    this.entity = batch(
      (ids) => nodes.getEntities(ids),
      (e) => redactEntity(e, cleared),
    );
    this.source = batch(
      (ids) => nodes.getSources(ids),
      (s) => redactSource(s, cleared),
    );
    // The view is read when the batch runs, after the root fields have set the request's lens.
    this.claim = new DataLoader(async (ids) => {
      const view = claimView(this.lens.value, cleared);
      const [found, names] = await Promise.all([claims.getClaims(ids, view), this.namesToRedact()]);
      return ids.map((id) => {
        const claim = found.get(id);
        return claim === undefined ? null : redactClaim(claim, cleared, names);
      });
    });
    this.claimsAbout = this.claimsAboutLoader(claims, true);
    this.claimsOnlyAbout = this.claimsAboutLoader(claims, false);
    this.sourceClaims = batch(
      (ids) => claims.getIdsBySources(ids),
      (ids) => ids,
    );
    this.statements = batch(
      (ids) => claims.getStatementsBySpeakers(ids),
      (s) => s,
    );
    this.parts = batch(
      (ids) => nodes.getParts(ids),
      (p) => p,
    );
    this.relays = batch(
      (ids) => nodes.getRelays(ids),
      (r) => r,
    );
  }

  /** Any record by id: entity, source or claim (looked up together, in one batch each). */
  async node(id: string): Promise<NodeRecord | null> {
    const [entity, source, claim] = await Promise.all([
      this.entity.load(id),
      this.source.load(id),
      this.claim.load(id),
    ]);
    return entity ?? source ?? claim;
  }

  /** The claims among `ids` that the caller may see through the request's lens, in order. */
  async claims(ids: readonly string[]): Promise<ClaimRecord[]> {
    return found(await this.claim.loadMany(ids));
  }

  /** One claim, if the caller may see it through the request's lens. */
  async visibleClaim(id: string): Promise<ClaimRecord | null> {
    return (await this.claims([id]))[0] ?? null;
  }

  /**
   * The visible claims an entity is the subject or object of. A trace field reads them all, so an
   * entity with more than the limit is refused with a way to page through them instead. The
   * records the claims name come with them, for the fields below, unless `named` is false (for a
   * caller that reads only the claims, of many entities at once).
   */
  async claimsOf(entityId: string, named = true): Promise<ClaimRecord[]> {
    const found = await (named ? this.claimsAbout : this.claimsOnlyAbout).load(entityId);
    if (!found) return [];
    if (found.total > this.maxClaimsPerRecord) {
      throw new AppError(
        'SCOPE_TOO_LARGE',
        `${entityId} is in ${found.total} claims, more than the ${this.maxClaimsPerRecord} one trace reads; ` +
          `page through them with claims(filter: { about: "${entityId}" }) or events(filter: { involving: "${entityId}" })`,
      );
    }
    return found.claims;
  }

  /** Keeps an entity a statement returned whole, so that loading it by id costs no statement. */
  primeEntity(entity: StoredEntity): EntityRecord {
    const shown = redactEntity(entity, this.cleared);
    this.entity.prime(entity.id, shown);
    return shown;
  }

  /** Keeps a source a statement returned whole, so that loading it by id costs no statement. */
  primeSource(source: StoredSource): SourceRecord {
    const shown = redactSource(source, this.cleared);
    this.source.prime(source.id, shown);
    return shown;
  }

  async entities(ids: readonly string[]): Promise<EntityRecord[]> {
    return found(await this.entity.loadMany(ids));
  }

  async sources(ids: readonly string[]): Promise<SourceRecord[]> {
    return found(await this.source.loadMany(ids));
  }

  private claimsAboutLoader(claims: ClaimRepository, withNamedRecords: boolean) {
    // The view is read when the batch runs, after the root fields have set the request's lens.
    return new DataLoader<string, VisibleClaims | null>(async (ids) => {
      const view = claimView(this.lens.value, this.cleared);
      const found = await claims.getClaimsAbout(ids, this.maxClaimsPerRecord, view, withNamedRecords);
      if (found.protectedNames) this.protectedNames ??= Promise.resolve(found.protectedNames);
      const names = await this.namesToRedact();
      return ids.map((id) => {
        const about = found.byEntity.get(id);
        if (!about) return null;
        about.entities.forEach((e) => this.primeEntity(e));
        about.sources.forEach((s) => this.primeSource(s));
        const visible = about.claims.flatMap((stored) => {
          const claim = redactClaim(stored, this.cleared, names);
          this.claim.prime(stored.id, claim);
          return claim ? [claim] : [];
        });
        return { total: about.total, claims: visible };
      });
    });
  }

  private namesToRedact(): Promise<string[]> {
    if (this.cleared) return Promise.resolve([]);
    this.protectedNames ??= this.nodes.listProtectedNames();
    return this.protectedNames;
  }
}
