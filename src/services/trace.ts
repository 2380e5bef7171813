/**
 * The trace: groups the claims around an event, actor or faction into the answers analysts ask
 * for (who took part in which role, where, when, who blames whom), keeping every claim behind
 * each answer. Pure functions over claim records; the loaders fetch, these only arrange.
 */
import type { ClaimRecord, TimeSpanRecord } from '../repositories/records.js';
import type { Role } from '../domain/vocabulary.js';

export interface ParticipationModel {
  participantId: string;
  role: Role;
  claims: ClaimRecord[];
}

export interface EventRoleModel {
  eventId: string;
  role: Role;
  claims: ClaimRecord[];
}

export interface PlaceAssertionModel {
  placeId: string;
  claims: ClaimRecord[];
}

export interface TimeAssertionModel {
  time: TimeSpanRecord;
  claims: ClaimRecord[];
}

export interface AccusationModel {
  accusedId: string;
  eventId: string;
  /** The original speaker of the accusing claims. */
  accuserId: string;
  claims: ClaimRecord[];
}

export interface MembershipModel {
  memberId: string;
  factionId: string;
  claims: ClaimRecord[];
}

/** Keeps the claims whose chain includes `source` and whose predicate is among `predicates`. */
export function selectClaims(
  claims: ClaimRecord[],
  filter: { source?: string | null; predicates?: readonly string[] | null },
): ClaimRecord[] {
  return claims.filter(
    (c) =>
      (!filter.source || c.chain.includes(filter.source)) &&
      (!filter.predicates || filter.predicates.includes(c.predicate)),
  );
}

export function originOf(claim: ClaimRecord): string {
  return claim.chain[claim.chain.length - 1]!;
}

/** Groups claims by a key, keeping first-seen order of keys and claims ordered by id. */
function groupBy<T>(
  claims: ClaimRecord[],
  keyOf: (c: ClaimRecord) => string | null,
  make: (first: ClaimRecord, group: ClaimRecord[]) => T,
): T[] {
  const groups = new Map<string, ClaimRecord[]>();
  for (const claim of [...claims].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = keyOf(claim);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()].map((group) => make(group[0]!, group));
}

export function participationsOf(
  eventId: string,
  claims: ClaimRecord[],
  role?: Role | null,
): ParticipationModel[] {
  return groupBy(
    claims.filter(
      (c) =>
        c.predicate === 'PARTICIPATED_IN' &&
        c.objectId === eventId &&
        c.subjectId &&
        (!role || c.role === role),
    ),
    (c) => `${c.subjectId}|${c.role}`,
    (first, group) => ({ participantId: first.subjectId!, role: first.role!, claims: group }),
  );
}

export function eventRolesOf(entityId: string, claims: ClaimRecord[]): EventRoleModel[] {
  return groupBy(
    claims.filter((c) => c.predicate === 'PARTICIPATED_IN' && c.subjectId === entityId && c.objectId),
    (c) => `${c.objectId}|${c.role}`,
    (first, group) => ({ eventId: first.objectId!, role: first.role!, claims: group }),
  );
}

/** Places from OCCURRED_IN claims and from the places other claims about the event name. */
export function placesOf(eventId: string, claims: ClaimRecord[]): PlaceAssertionModel[] {
  const pairs = claims
    .filter((c) => c.subjectId === eventId)
    .flatMap((c) => [
      ...(c.predicate === 'OCCURRED_IN' && c.objectId ? [{ placeId: c.objectId, claim: c }] : []),
      ...c.placeIds.map((placeId) => ({ placeId, claim: c })),
    ]);
  const byPlace = new Map<string, ClaimRecord[]>();
  for (const { placeId, claim } of pairs) {
    const group = byPlace.get(placeId) ?? [];
    if (!group.includes(claim)) group.push(claim);
    byPlace.set(placeId, group);
  }
  return [...byPlace.entries()]
    .map(([placeId, group]) => ({ placeId, claims: group.sort((a, b) => a.id.localeCompare(b.id)) }))
    .sort((a, b) => a.placeId.localeCompare(b.placeId));
}

export function timesOf(eventId: string, claims: ClaimRecord[]): TimeAssertionModel[] {
  return groupBy(
    claims.filter((c) => c.subjectId === eventId && c.time !== null),
    (c) => c.time!.edtf,
    (first, group) => ({ time: first.time!, claims: group }),
  ).sort((a, b) => a.time.start.localeCompare(b.time.start));
}

export function countsOf(eventId: string, claims: ClaimRecord[]): ClaimRecord[] {
  return sortById(claims.filter((c) => c.predicate === 'COUNT' && c.subjectId === eventId));
}

export function reportsOf(eventId: string, claims: ClaimRecord[]): ClaimRecord[] {
  return sortById(claims.filter((c) => c.predicate === 'OCCURRED' && c.subjectId === eventId));
}

function isAccusation(c: ClaimRecord): boolean {
  return c.predicate === 'BLAMED_FOR' || (c.predicate === 'PARTICIPATED_IN' && c.role === 'PERPETRATOR');
}

/** Accusations in which `side` (the accused, or the event) is `id`, grouped by accuser. */
export function accusationsOf(
  id: string,
  side: 'accused' | 'event',
  claims: ClaimRecord[],
): AccusationModel[] {
  return groupBy(
    claims.filter(
      (c) =>
        isAccusation(c) &&
        c.subjectId &&
        c.objectId &&
        (side === 'accused' ? c.subjectId : c.objectId) === id,
    ),
    (c) => `${c.subjectId}|${c.objectId}|${originOf(c)}`,
    (first, group) => ({
      accusedId: first.subjectId!,
      eventId: first.objectId!,
      accuserId: originOf(first),
      claims: group,
    }),
  );
}

export function membershipsOf(
  id: string,
  side: 'member' | 'faction',
  claims: ClaimRecord[],
): MembershipModel[] {
  return groupBy(
    claims.filter(
      (c) =>
        c.predicate === 'MEMBER_OF' &&
        c.subjectId &&
        c.objectId &&
        (side === 'member' ? c.subjectId : c.objectId) === id,
    ),
    (c) => `${c.subjectId}|${c.objectId}`,
    (first, group) => ({ memberId: first.subjectId!, factionId: first.objectId!, claims: group }),
  );
}

export function sortById<T extends { id: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => a.id.localeCompare(b.id));
}
