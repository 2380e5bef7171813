/**
 * Turns checked records into the rows the import statements take: times resolved against their
 * anchor dates, counts turned into ranges, optional fields made explicit nulls so that a
 * re-import clears what a record no longer says, and links flattened into one list per kind of
 * relationship, so that each statement creates them without a subquery per row.
 */
import { countRange } from '../domain/count-range.js';
import type { RecordType } from '../domain/predicate-rules.js';
import { resolveTimeSpan } from '../domain/time-span.js';
import type { ClaimInput, EntityInput, PublishedDetailInput, SourceInput } from './dataset-schema.js';

export type Row = Record<string, unknown>;

/** A new record's node: its id and the labels of its type (the only labels data ever chooses). */
export function newRecordRow(id: string, type: RecordType): Row {
  const labels = type === 'Source' || type === 'Claim' ? ['Node', type] : ['Node', 'Entity', type];
  return { id, labels };
}

export function sourceRow(s: SourceInput): Row {
  return {
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
    ...publishedDetailColumns(s.publishedDetails),
    reliabilityGrade: s.reliability?.grade ?? null,
    reliabilityGradedBy: s.reliability?.gradedBy ?? null,
    reliabilityGradedOn: s.reliability?.gradedOn ?? null,
    reliabilityNote: s.reliability?.note ?? null,
  };
}

/**
 * Published details as two lists of equal length, fields and values: a property cannot hold a
 * list of maps, and plain lists let a statement leave published values out of redaction.
 */
function publishedDetailColumns(details: PublishedDetailInput[]): Row {
  return {
    publishedFields: details.map((d) => d.field),
    publishedValues: details.map((d) => d.value),
  };
}

export function sourceLinkRow(s: SourceInput): Row {
  return { id: s.id, speakerId: s.speaker ?? null, relayIds: s.relays };
}

export function entityRow(e: EntityInput): Row {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    description: e.description ?? null,
    kind: e.type === 'Event' ? null : e.kind,
    eventType: e.type === 'Event' ? e.eventType : null,
    protected: e.protected,
    publicLabel: e.publicLabel ?? null,
    ...publishedDetailColumns(e.publishedDetails),
    latitude: e.type === 'Place' ? (e.location?.latitude ?? null) : null,
    longitude: e.type === 'Place' ? (e.location?.longitude ?? null) : null,
  };
}

export function aliasRows(e: EntityInput): Row[] {
  return e.aliases.map((a) => ({ entityId: e.id, name: a.name, sourceId: a.source, note: a.note ?? null }));
}

/** Places and events have their container replaced (null: none); other entities have none. */
export function partOfRows(e: EntityInput): Row[] {
  return e.type === 'Place' || e.type === 'Event' ? [{ id: e.id, partOf: e.partOf ?? null }] : [];
}

/** The claim node's properties; `saidOn` defaults to the publication date of its publisher. */
export function claimRow(claim: ClaimInput, publishedOn: ReadonlyMap<string, string | null>): Row {
  const saidOn = claim.saidOn ?? publishedOn.get(claim.chain[0]!) ?? null;
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
    factPublished: claim.factPublished,
    // Stored as JSON strings: a property cannot hold a list of maps.
    verificationSteps: claim.verificationSteps.map((step) => JSON.stringify(step)),
    note: claim.note ?? null,
  };
}

/**
 * The parameters of import/upsertClaims for a batch: the claims, their links to entities and
 * sources, and the relays their chains show. A relayed pair is sent once per import: `relaysSent`
 * remembers the pairs earlier batches carried (a few thousand pairs for millions of claims).
 */
export function claimBatch(
  claims: ClaimInput[],
  publishedOn: ReadonlyMap<string, string | null>,
  relaysSent: Set<string> = new Set(),
): Row {
  const subjects: Row[] = [];
  const objects: Row[] = [];
  const places: Row[] = [];
  const chain: Row[] = [];
  const relays: Row[] = [];
  for (const c of claims) {
    if (c.subject) subjects.push({ claim: c.id, target: c.subject });
    if (c.object) objects.push({ claim: c.id, target: c.object });
    for (const place of c.places) places.push({ claim: c.id, target: place });
    c.chain.forEach((source, position) => {
      chain.push({ claim: c.id, source, position, origin: position === c.chain.length - 1 });
      const relayed = c.chain[position + 1];
      const pair = `${source}\u0000${relayed}`;
      if (relayed !== undefined && !relaysSent.has(pair)) {
        relaysSent.add(pair);
        relays.push({ from: source, to: relayed });
      }
    });
  }
  return {
    claims: claims.map((c) => claimRow(c, publishedOn)),
    subjects,
    objects,
    places,
    chain,
    relays,
  };
}

/** The parameters of import/linkClaimToClaim: what claims say about other claims. */
export function claimLinkBatch(claims: ClaimInput[]): Row {
  const pairs = (field: 'about' | 'supports' | 'contradicts') =>
    claims.flatMap((c) => c[field].map((target) => ({ claim: c.id, target })));
  return { about: pairs('about'), supports: pairs('supports'), contradicts: pairs('contradicts') };
}
