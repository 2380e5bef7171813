/**
 * Turns a validated dataset into the rows the import statements take: times resolved against
 * their anchor dates, counts turned into ranges, optional fields made explicit nulls so that a
 * re-import clears what a record no longer says.
 */
import { countRange } from '../domain/count-range.js';
import { resolveTimeSpan, TimePhraseError } from '../domain/time-span.js';
import type { InputIssue } from '../errors.js';
import type { ClaimInput, DatasetInput } from './dataset-schema.js';
import type { KnownRecord } from './validate-dataset.js';

export interface WritePlan {
  sources: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  aliases: Record<string, unknown>[];
  partOf: Record<string, unknown>[];
  sourceLinks: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  claimLinks: Record<string, unknown>[];
  /** Events whose derived dates need refreshing. */
  eventIds: string[];
}

export function planWrites(
  dataset: DatasetInput,
  existing: Map<string, KnownRecord>,
): { plan?: WritePlan; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const publishedOn = new Map<string, string | null>();
  for (const [id, record] of existing) publishedOn.set(id, record.publishedOn);
  for (const s of dataset.sources) publishedOn.set(s.id, s.publishedOn ?? null);

  const claims = dataset.claims.map((claim, index) => {
    const saidOn = claim.saidOn ?? publishedOn.get(claim.chain[0]!) ?? null;
    try {
      return claimRow(claim, saidOn);
    } catch (error) {
      if (!(error instanceof TimePhraseError)) throw error;
      issues.push({ path: `claims[${index}] (${claim.id}).time`, message: error.message });
      return {};
    }
  });
  if (issues.length) return { issues };

  const eventIds = new Set<string>();
  for (const e of dataset.entities) if (e.type === 'Event') eventIds.add(e.id);
  for (const c of dataset.claims) {
    if (c.subject && existing.get(c.subject)?.type === 'Event') eventIds.add(c.subject);
  }

  return {
    issues,
    plan: {
      sources: dataset.sources.map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind,
        form: s.form,
        author: s.author ?? null,
        url: s.url ?? null,
        publishedOn: s.publishedOn ?? null,
        description: s.description ?? null,
        protected: s.protected,
        publicLabel: s.publicLabel ?? null,
        reliabilityGrade: s.reliability?.grade ?? null,
        reliabilityGradedBy: s.reliability?.gradedBy ?? null,
        reliabilityGradedOn: s.reliability?.gradedOn ?? null,
        reliabilityNote: s.reliability?.note ?? null,
      })),
      entities: dataset.entities.map((e) => ({
        id: e.id,
        type: e.type,
        name: e.name,
        description: e.description ?? null,
        kind: e.type === 'Event' ? null : e.kind,
        eventType: e.type === 'Event' ? e.eventType : null,
        protected: e.protected,
        publicLabel: e.publicLabel ?? null,
        latitude: e.type === 'Place' ? (e.location?.latitude ?? null) : null,
        longitude: e.type === 'Place' ? (e.location?.longitude ?? null) : null,
      })),
      aliases: dataset.entities.flatMap((e) =>
        e.aliases.map((a) => ({ entityId: e.id, name: a.name, sourceId: a.source, note: a.note ?? null })),
      ),
      partOf: dataset.entities
        .filter((e) => e.type === 'Place' || e.type === 'Event')
        .map((e) => ({ id: e.id, partOf: 'partOf' in e ? (e.partOf ?? null) : null })),
      sourceLinks: dataset.sources.map((s) => ({
        id: s.id,
        speakerId: s.speaker ?? null,
        relayIds: s.relays,
      })),
      claims,
      claimLinks: dataset.claims.map((c) => ({
        id: c.id,
        subjectId: c.subject ?? null,
        objectId: c.object ?? null,
        placeIds: c.places,
        aboutIds: c.about,
        supportIds: c.supports,
        contradictIds: c.contradicts,
        chain: c.chain,
      })),
      eventIds: [...eventIds],
    },
  };
}

function claimRow(claim: ClaimInput, saidOn: string | null): Record<string, unknown> {
  const time = claim.time ? resolveTimeSpan(claim.time, saidOn ?? undefined) : null;
  const range = claim.count ? countRange(claim.count) : null;
  return {
    id: claim.id,
    predicate: claim.predicate,
    role: claim.role ?? null,
    quote: claim.quote,
    statement: claim.statement ?? null,
    countValue: claim.count?.value ?? null,
    countQualifier: claim.count?.qualifier ?? null,
    countLow: range?.low ?? null,
    countBest: range?.best ?? null,
    countHigh: range?.high ?? null,
    countUnit: claim.count?.unit ?? null,
    countMeasure: claim.count?.measure ?? null,
    countCategory: claim.count?.category ?? null,
    timeStart: time?.start ?? null,
    timeEnd: time?.end ?? null,
    timePrecision: time?.precision ?? null,
    timeEdtf: time?.edtf ?? null,
    timePhrase: time?.phrase ?? null,
    timeAnchor: time?.anchor ?? null,
    saidOn,
    credibility: claim.credibility,
    verification: claim.verification,
    identifying: claim.identifying,
    // Stored as JSON strings: a property cannot hold a list of maps.
    verificationSteps: claim.verificationSteps.map((step) => JSON.stringify(step)),
    note: claim.note ?? null,
  };
}
