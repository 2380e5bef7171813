/**
 * Arranging the floor's rows into the answers the service gives (the trace's sections, the sides
 * of disputes), written from the documented rules (README, schema descriptions), so that a
 * disagreement points at one side or the other rather than at a shared mistake.
 */
import type { Fingerprint, Row } from './questions.js';

const sorted = (items: Iterable<string>) => [...items].sort();
const lines = (items: Iterable<string>) => sorted(items).join('\n');

function grouped(items: { key: string; id: string }[]): string {
  const groups = new Map<string, Set<string>>();
  for (const { key, id } of items) groups.set(key, (groups.get(key) ?? new Set()).add(id));
  return lines([...groups].map(([key, claimIds]) => `${key}|${sorted(claimIds).join(',')}`));
}

/** The event trace's sections from every visible claim about the event. */
export function traceSections(eventId: string, claims: Row[]): Fingerprint {
  const about = (c: Row) => c.subject?.id === eventId;
  const origin = (c: Row) => [...c.chain].sort((a: Row, b: Row) => a.position - b.position).at(-1).id;
  const participants = claims
    .filter((c) => c.predicate === 'PARTICIPATED_IN' && c.object?.id === eventId && c.subject)
    .map((c) => ({ key: `${c.subject.id}|${c.role}`, id: c.id }));
  const places = claims
    .filter(about)
    .flatMap((c) => [
      ...(c.predicate === 'OCCURRED_IN' && c.object ? [{ key: c.object.id, id: c.id }] : []),
      ...c.places.map((p: Row) => ({ key: p.id, id: c.id })),
    ]);
  const times = claims.filter((c) => about(c) && c.timeEdtf).map((c) => ({ key: c.timeEdtf, id: c.id }));
  const counts = claims.filter((c) => about(c) && c.predicate === 'COUNT');
  const blame = claims
    .filter(
      (c) =>
        (c.predicate === 'BLAMED_FOR' || (c.predicate === 'PARTICIPATED_IN' && c.role === 'PERPETRATOR')) &&
        c.subject &&
        c.object?.id === eventId,
    )
    .map((c) => ({ key: `${c.subject.id}|${origin(c)}`, id: c.id }));
  const reports = claims.filter((c) => about(c) && c.predicate === 'OCCURRED');
  const sections = {
    participants: grouped(participants),
    places: grouped(places),
    times: grouped(times),
    counts: sorted(counts.map((c) => c.id)).join(','),
    blame: grouped(blame),
    reports: sorted(reports.map((c) => c.id)).join(','),
  };
  const all = [...participants, ...places, ...times, ...blame].map((x) => x.id);
  all.push(...[...counts, ...reports].map((c) => c.id));
  return { full: JSON.stringify(sections), peerView: sorted(new Set(all)).join(',') };
}

interface SlotClaim {
  id: string;
  predicate: string;
  countMeasure: string | null;
  countCategory: string | null;
  countUnit: string | null;
  countLow: number | null;
  countHigh: number | null;
  timeStart: string | null;
  timeEnd: string | null;
  subject: string | null;
  said: string;
  speaker: string;
}

const hasTime = (c: SlotClaim) => c.timeStart !== null && c.timeEnd !== null;
const timesOverlap = (a: SlotClaim, b: SlotClaim) => a.timeStart! <= b.timeEnd! && b.timeStart! <= a.timeEnd!;

/** Whether both can be true: figures whose ranges overlap, dates that overlap. */
function compatible(a: SlotClaim, b: SlotClaim): boolean {
  if (a.predicate === 'COUNT') {
    const [aLow, aHigh] = [a.countLow ?? 0, a.countHigh ?? Infinity];
    const [bLow, bHigh] = [b.countLow ?? 0, b.countHigh ?? Infinity];
    return aLow <= bHigh && bLow <= aHigh;
  }
  return !(hasTime(a) && hasTime(b)) || timesOverlap(a, b);
}

/** Figures for different periods do not compete; dates always do. */
const samePeriod = (a: SlotClaim, b: SlotClaim) =>
  a.predicate === 'OCCURRED_ON' || !hasTime(a) || !hasTime(b) || timesOverlap(a, b);

/**
 * Disputes: per slot (subject and predicate, a figure's measure too) the claims that disagree with
 * another speaker's, each speaker's latest figure only, in sides of claims joined by agreement;
 * then every explicit dispute and contradiction as two sides of one claim each.
 */
export function disputesFingerprint(row: Row): string[] {
  const slots = new Map<string, SlotClaim[]>();
  for (const c of row.slotted as SlotClaim[]) {
    const key =
      c.predicate === 'COUNT'
        ? `${c.subject}|COUNT|${c.countMeasure}|${c.countCategory ?? ''}|${c.countUnit}`
        : `${c.subject}|OCCURRED_ON`;
    slots.set(key, [...(slots.get(key) ?? []), c]);
  }
  const out: string[] = [];
  for (const filled of slots.values()) {
    const claims = filled[0]!.predicate === 'COUNT' ? latestPerSpeaker(filled) : filled;
    const inConflict = claims.filter((a) =>
      claims.some((b) => samePeriod(a, b) && !compatible(a, b) && a.speaker !== b.speaker),
    );
    if (inConflict.length === 0) continue;
    const sides = joinedByAgreement(inConflict).map((side) => sorted(side.map((c) => c.id)).join(','));
    out.push(`${filled[0]!.predicate}|${filled[0]!.subject ?? ''}|${sorted(sides).join(' / ')}`);
  }
  for (const pair of [...row.explicit, ...row.contradictions] as Row[]) {
    out.push(`${pair.predicate}|${pair.subject ?? ''}|${sorted([pair.claim, pair.against]).join(' / ')}`);
  }
  return out;
}

function latestPerSpeaker(claims: SlotClaim[]): SlotClaim[] {
  const latest = new Map<string, SlotClaim>();
  for (const c of claims) {
    const key = `${c.speaker}|${hasTime(c) ? `${c.timeStart}/${c.timeEnd}` : ''}`;
    const current = latest.get(key);
    const newer =
      !current ||
      c.said > current.said ||
      (c.said === current.said &&
        ((c.countLow ?? 0) > (current.countLow ?? 0) ||
          ((c.countLow ?? 0) === (current.countLow ?? 0) && c.id > current.id)));
    if (newer) latest.set(key, c);
  }
  return [...latest.values()];
}

/** Sets in which each claim agrees with at least one other of its set. */
function joinedByAgreement(claims: SlotClaim[]): SlotClaim[][] {
  const sets: SlotClaim[][] = [];
  for (const claim of [...claims].sort((a, b) => a.id.localeCompare(b.id))) {
    const joined = sets.filter((set) => set.some((c) => compatible(c, claim)));
    const merged = [claim, ...joined.flat()];
    for (const set of joined) sets.splice(sets.indexOf(set), 1);
    sets.push(merged);
  }
  return sets;
}
