/** Reads claims and the claims that touch entities and sources. */
import { rowsOf, type QueryRunner, type Row } from '../neo4j/database.js';
import { cypherInteger, type Plain } from '../neo4j/values.js';
import type { ClaimView } from '../services/lens.js';
import { toEntity, toSource, type StoredEntity, type StoredSource } from './node-repository.js';
import type { ClaimRecord, CountRecord, VerificationStepRecord } from './records.js';

export interface SourceClaimIds {
  published: string[];
  asserted: string[];
}

export interface SpeakerStatements {
  claimIds: string[];
  sourceIds: string[];
}

/** The claims about one entity, with the records they name. */
export interface EntityClaims {
  total: number;
  /** Empty when `total` is over the limit asked for. */
  claims: ClaimRecord[];
  entities: StoredEntity[];
  sources: StoredSource[];
}

export interface ClaimsAboutEntities {
  byEntity: Map<string, EntityClaims>;
  /**
   * The names to redact from quotes for a caller without clearance (none for one with it); null
   * when no entity asked for exists, as the statement then returns no row to carry them.
   */
  protectedNames: string[] | null;
}

export class ClaimRepository {
  constructor(private readonly db: QueryRunner) {}

  /** The claims among `ids` that the view lets the caller see. */
  async getClaims(ids: readonly string[], view: ClaimView): Promise<Map<string, ClaimRecord>> {
    const rows = await this.db.read('claim/getClaimsByIds', { ids, view });
    return new Map(rows.map((r) => [String((r.claim as Row).id), toClaim(r.claim as Row)]));
  }

  /**
   * The claims the view lets through about each entity, with the entities and sources they name
   * (unless `withNamedRecords` is false), in one statement; only their number when the entity is
   * in more than `limit` claims.
   */
  async getClaimsAbout(
    ids: readonly string[],
    limit: number,
    view: ClaimView,
    withNamedRecords: boolean,
  ): Promise<ClaimsAboutEntities> {
    const rows = await this.db.read('claim/getClaimsAboutEntities', {
      ids,
      limit: cypherInteger(limit),
      view,
      withNamedRecords,
    });
    return {
      byEntity: new Map(
        rows.map((r) => [
          String(r.id),
          {
            total: Number(r.total),
            claims: rowsOf(r.claims, toClaim),
            entities: rowsOf(r.entities, toEntity),
            sources: rowsOf(r.sources, toSource),
          },
        ]),
      ),
      protectedNames: rows.length ? ((rows[0]!.protectedNames as string[] | null) ?? []) : null,
    };
  }

  async getIdsBySources(ids: readonly string[]): Promise<Map<string, SourceClaimIds>> {
    const rows = await this.db.read('claim/getClaimIdsBySources', { ids });
    return new Map(
      rows.map((r) => [String(r.id), { published: sorted(r.published), asserted: sorted(r.asserted) }]),
    );
  }

  async getStatementsBySpeakers(ids: readonly string[]): Promise<Map<string, SpeakerStatements>> {
    const rows = await this.db.read('claim/getStatementIdsBySpeakers', { ids });
    return new Map(
      rows.map((r) => [String(r.id), { claimIds: sorted(r.claimIds), sourceIds: sorted(r.sourceIds) }]),
    );
  }

  /** Records an editor's support or contradiction link; false when either claim is missing. */
  async addRelation(fromId: string, toId: string, relation: 'SUPPORTS' | 'CONTRADICTS'): Promise<boolean> {
    const rows = await this.db.write('claim/addClaimRelation', { fromId, toId, relation });
    return Number(rows[0]?.linked ?? 0) > 0;
  }
}

function sorted(value: Plain | undefined): string[] {
  return [...((value as string[] | null) ?? [])].sort();
}

/** A claim as cypher/fragments/claimFields returns it. */
function toClaim(r: Row): ClaimRecord {
  const p = r.props as Record<string, Plain>;
  const chainLinks = (r.chainLinks as { position: number; id: string }[]).sort(
    (a, b) => a.position - b.position,
  );
  return {
    id: String(r.id),
    type: 'Claim',
    predicate: p.predicate as ClaimRecord['predicate'],
    role: (p.role as ClaimRecord['role']) ?? null,
    quote: (p.quote as string | null) ?? null,
    quoteWithheld: Boolean(r.quoteWithheld),
    statement: (p.statement as string | null) ?? null,
    count: countOf(p),
    time: p.timeStart
      ? {
          start: String(p.timeStart),
          end: String(p.timeEnd),
          precision: p.timePrecision as NonNullable<ClaimRecord['time']>['precision'],
          edtf: String(p.timeEdtf),
          phrase: (p.timePhrase as string | null) ?? null,
          anchor: (p.timeAnchor as string | null) ?? null,
        }
      : null,
    chain: chainLinks.map((l) => l.id),
    subjectId: (r.subjectId as string | null) ?? null,
    objectId: (r.objectId as string | null) ?? null,
    placeIds: sorted(r.placeIds),
    aboutIds: sorted(r.aboutIds),
    commentaryIds: sorted(r.commentaryIds),
    supportLinkIds: sorted(r.supportLinkIds),
    contradictionLinkIds: sorted(r.contradictionLinkIds),
    verificationSteps: ((p.verificationSteps as string[] | null) ?? []).map(
      (json) => ({ note: null, ...JSON.parse(json) }) as VerificationStepRecord,
    ),
    credibility: Number(p.credibility ?? 6),
    verification: (p.verification as ClaimRecord['verification']) ?? 'UNVERIFIED',
    saidOn: (p.saidOn as string | null) ?? null,
    recordedAt: String(p.recordedAt),
    identifying: Boolean(p.identifying),
    note: (p.note as string | null) ?? null,
  };
}

/** The count fields of a claim's stored properties, or null when it reports no figure. */
export function countOf(p: Record<string, Plain>): CountRecord | null {
  if (!p.countQualifier) return null;
  return {
    value: (p.countValue as number | null) ?? null,
    qualifier: p.countQualifier as CountRecord['qualifier'],
    low: (p.countLow as number | null) ?? null,
    best: (p.countBest as number | null) ?? null,
    high: (p.countHigh as number | null) ?? null,
    unit: p.countUnit as CountRecord['unit'],
    measure: p.countMeasure as CountRecord['measure'],
    category: (p.countCategory as string | null) ?? null,
  };
}
