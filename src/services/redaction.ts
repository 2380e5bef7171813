/**
 * Protection of sources and people who asked for it: without clearance, a protected record shows
 * its public label plus exactly the details its sources published, and its names are blanked out
 * of every quote. Claims marked `identifying` are not shown at all, unless the fact was published:
 * then the database sends them with the quote withheld (claim/getClaimsByIds).
 */
import type { StoredEntity, StoredSource } from '../repositories/node-repository.js';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../repositories/records.js';

export const REDACTED = '[protected]';

export function redactEntity(entity: StoredEntity, cleared: boolean): EntityRecord {
  const { publicLabel, ...record } = entity;
  if (cleared || !entity.protected) return record;
  return { ...record, name: publicLabel ?? 'Protected', description: null, aliases: [], location: null };
}

export function redactSource(source: StoredSource, cleared: boolean): SourceRecord {
  const { publicLabel, ...record } = source;
  if (cleared || !source.protected) return record;
  return { ...record, name: publicLabel ?? 'Protected source', author: null, url: null, description: null };
}

/** Returns null for a claim the caller may not see at all. */
export function redactClaim(
  claim: ClaimRecord,
  cleared: boolean,
  protectedNames: string[],
): ClaimRecord | null {
  if (cleared) return claim;
  // The database withholds the words of every identifying claim it lets through; one that came
  // with its words is shown to no one without clearance.
  if (claim.identifying && !claim.quoteWithheld) return null;
  return {
    ...claim,
    quote: claim.quote === null ? null : redactNames(claim.quote, protectedNames),
    statement: claim.statement === null ? null : redactNames(claim.statement, protectedNames),
    note: claim.note === null ? null : redactNames(claim.note, protectedNames),
  };
}

/** Replaces whole-word occurrences of any of the names, longest first, case-insensitively. */
export function redactNames(text: string, names: string[]): string {
  const sorted = [...new Set(names.filter((n) => n.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return text.replace(pattern, REDACTED);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
