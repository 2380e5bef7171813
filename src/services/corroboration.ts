/**
 * Corroboration and contradiction. Claims that fill the same slot (same subject and predicate,
 * and for some predicates the same object) support each other when their values agree and
 * dispute each other when they do not. What counts is the number of independent original
 * speakers: ten outlets relaying one monitor are one speaker, and a witness confirming another
 * witness's account is a second.
 */
import type { ClaimRecord } from '../repositories/records.js';
import { reportedOn } from './lens.js';

/** Who a claim ultimately comes from: the original source's speaker, or the source itself. */
export type SpeakerOf = (claim: ClaimRecord) => string;

export interface SpeakerGroup {
  /** The speaker's id, or the original source's id when the speaker is unknown. */
  speakerKey: string;
  /** The original source of the first of these claims. */
  originId: string;
  claims: ClaimRecord[];
}

export interface SupportModel {
  supporting: ClaimRecord[];
  opposing: ClaimRecord[];
  supporters: SpeakerGroup[];
  opponents: SpeakerGroup[];
}

export interface DisputeModel {
  slot: string;
  subjectId: string | null;
  predicate: string;
  /**
   * Each side: claims joined by agreement (each agrees with at least one other on its side) that
   * disagree with the other sides.
   */
  sides: SupportModel[];
}

const counts = (c: ClaimRecord) => c.verification !== 'RETRACTED';

/** The slot a claim fills, or null for claims that are not about a comparable fact. */
export function slotKey(claim: ClaimRecord): string | null {
  const subject = claim.subjectId ?? '';
  switch (claim.predicate) {
    case 'COUNT':
      return claim.count
        ? `${subject}|COUNT|${claim.count.measure}|${claim.count.category ?? ''}|${claim.count.unit}`
        : null;
    case 'OCCURRED_ON':
    case 'OCCURRED':
      return `${subject}|${claim.predicate}`;
    case 'PARTICIPATED_IN':
      return `${subject}|PARTICIPATED_IN|${claim.objectId}|${claim.role}`;
    case 'CONFIRMS':
    case 'CANNOT_VERIFY':
    case 'DISPUTES':
    case 'STATED':
    case 'DESCRIBED_AS':
      return null;
    default:
      return `${subject}|${claim.predicate}|${claim.objectId ?? ''}`;
  }
}

function overlaps(aLow: number, aHigh: number, bLow: number, bHigh: number): boolean {
  return aLow <= bHigh && bLow <= aHigh;
}

/** Whether two claims of the same slot can both be true. */
export function compatible(a: ClaimRecord, b: ClaimRecord): boolean {
  if (a.predicate === 'COUNT' && a.count && b.count) {
    const low = (c: NonNullable<ClaimRecord['count']>) => c.low ?? 0;
    const high = (c: NonNullable<ClaimRecord['count']>) => c.high ?? Number.POSITIVE_INFINITY;
    return overlaps(low(a.count), high(a.count), low(b.count), high(b.count));
  }
  if (a.predicate === 'OCCURRED_ON' && a.time && b.time) {
    return a.time.start <= b.time.end && b.time.start <= a.time.end;
  }
  return true;
}

/** Whether two claims speak of overlapping times (claims without a time overlap everything). */
function sameTime(a: ClaimRecord, b: ClaimRecord): boolean {
  if (a.predicate === 'OCCURRED_ON' || !a.time || !b.time) return true;
  return a.time.start <= b.time.end && b.time.start <= a.time.end;
}

export function groupBySpeaker(claims: ClaimRecord[], speakerOf: SpeakerOf): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const claim of [...claims].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = speakerOf(claim);
    const group = groups.get(key);
    if (group) group.claims.push(claim);
    else groups.set(key, { speakerKey: key, originId: claim.chain.at(-1)!, claims: [claim] });
  }
  return [...groups.values()].sort((a, b) => a.speakerKey.localeCompare(b.speakerKey));
}

/**
 * Support for a set of claims that agree (`core`), given the claims that contradict them and the
 * claims made about any of them (confirmations, disputes). Retracted claims count for nothing.
 */
export function supportOf(
  core: ClaimRecord[],
  contradicting: ClaimRecord[],
  commentary: ClaimRecord[],
  speakerOf: SpeakerOf,
): SupportModel {
  const coreIds = new Set(core.map((c) => c.id));
  const aboutCore = (c: ClaimRecord) => c.aboutIds.some((id) => coreIds.has(id));
  const supporting = unique([
    ...core,
    ...commentary.filter((c) => c.predicate === 'CONFIRMS' && aboutCore(c)),
  ]).filter(counts);
  const opposing = unique([
    ...contradicting,
    ...commentary.filter((c) => c.predicate === 'DISPUTES' && aboutCore(c)),
  ]).filter(counts);
  return {
    supporting,
    opposing,
    supporters: groupBySpeaker(supporting, speakerOf),
    opponents: groupBySpeaker(opposing, speakerOf),
  };
}

/**
 * The support of one claim: the claims of its slot that agree with it (itself included), and
 * those that disagree at an overlapping time, plus explicit confirmations, disputes and links.
 */
export function supportOfClaim(
  target: ClaimRecord,
  related: ClaimRecord[],
  commentary: ClaimRecord[],
  linked: { supports: ClaimRecord[]; contradicts: ClaimRecord[] },
  speakerOf: SpeakerOf,
): SupportModel {
  const slot = slotKey(target);
  const sameSlot =
    slot === null
      ? []
      : related.filter((c) => c.id !== target.id && slotKey(c) === slot && sameTime(c, target));
  const agreeing = [target, ...sameSlot.filter((c) => compatible(c, target)), ...linked.supports];
  const disagreeing = [...sameSlot.filter((c) => !compatible(c, target)), ...linked.contradicts];
  return supportOf(unique(agreeing), unique(disagreeing), commentary, speakerOf);
}

/**
 * Open disputes among `claims`: slots filled with incompatible values by different speakers, and
 * explicit disputes and contradictions. A speaker revising its own figure is not a dispute.
 */
export function findDisputes(
  claims: ClaimRecord[],
  commentary: ClaimRecord[],
  contradictions: [ClaimRecord, ClaimRecord][],
  speakerOf: SpeakerOf,
): DisputeModel[] {
  const disputes: DisputeModel[] = [];
  const bySlot = new Map<string, ClaimRecord[]>();
  for (const claim of claims.filter(counts)) {
    const slot = slotKey(claim);
    if (slot === null || !['COUNT', 'OCCURRED_ON'].includes(claim.predicate)) continue;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), claim]);
  }
  for (const [slot, filled] of [...bySlot.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    // A speaker's later figure revises its earlier ones: only the latest takes part.
    const slotClaims = filled[0]!.predicate === 'COUNT' ? latestPerSpeaker(filled, speakerOf) : filled;
    const inConflict = slotClaims.filter((a) =>
      slotClaims.some((b) => sameTime(a, b) && !compatible(a, b) && speakerOf(a) !== speakerOf(b)),
    );
    if (inConflict.length === 0) continue;
    const sides = clusters(inConflict).map((side) => supportOf(side, [], commentary, speakerOf));
    for (const side of sides) {
      side.opposing = sides.filter((other) => other !== side).flatMap((other) => other.supporting);
      side.opponents = groupBySpeaker(side.opposing, speakerOf);
    }
    disputes.push({ slot, subjectId: slotClaims[0]!.subjectId, predicate: slotClaims[0]!.predicate, sides });
  }
  const explicit: [ClaimRecord, ClaimRecord][] = [
    ...commentary
      .filter((c) => c.predicate === 'DISPUTES' && counts(c))
      .flatMap((d) =>
        claims
          .filter((c) => d.aboutIds.includes(c.id) && counts(c))
          .map((c) => [c, d] as [ClaimRecord, ClaimRecord]),
      ),
    ...contradictions.filter(([a, b]) => counts(a) && counts(b)),
  ];
  for (const [claim, against] of explicit) {
    const sides = [
      supportOf([claim], [against], [], speakerOf),
      supportOf([against], [claim], [], speakerOf),
    ];
    disputes.push({
      slot: `${claim.id}|${against.id}`,
      subjectId: claim.subjectId,
      predicate: claim.predicate,
      sides,
    });
  }
  return disputes;
}

/**
 * A speaker's later figure for the same period revises its earlier ones, so only the latest
 * takes part; figures for other periods are kept. Ties go to the higher figure, then the id, so
 * the result never depends on the order claims arrive in.
 */
function latestPerSpeaker(claims: ClaimRecord[], speakerOf: SpeakerOf): ClaimRecord[] {
  const newer = (a: ClaimRecord, b: ClaimRecord) =>
    reportedOn(a).localeCompare(reportedOn(b)) ||
    (a.count?.low ?? 0) - (b.count?.low ?? 0) ||
    a.id.localeCompare(b.id);
  const latest = new Map<string, ClaimRecord>();
  for (const claim of claims) {
    const key = `${speakerOf(claim)}|${claim.time ? `${claim.time.start}/${claim.time.end}` : ''}`;
    const current = latest.get(key);
    if (!current || newer(claim, current) > 0) latest.set(key, claim);
  }
  return [...latest.values()];
}

/** Groups claims into sets joined by agreement: each agrees with at least one other in its set. */
function clusters(claims: ClaimRecord[]): ClaimRecord[][] {
  const sorted = [...claims].sort((a, b) => a.id.localeCompare(b.id));
  const out: ClaimRecord[][] = [];
  for (const claim of sorted) {
    const joined = out.filter((cluster) => cluster.some((c) => compatible(c, claim)));
    const merged = [claim, ...joined.flat()];
    for (const cluster of joined) out.splice(out.indexOf(cluster), 1);
    out.push(merged.sort((a, b) => a.id.localeCompare(b.id)));
  }
  return out;
}

function unique(claims: ClaimRecord[]): ClaimRecord[] {
  return [...new Map(claims.map((c) => [c.id, c])).values()].sort((a, b) => a.id.localeCompare(b.id));
}
