/**
 * Who is asking. Every request resolves to one principal (anonymous included); roles are ordered,
 * each including the rights of those before it, and clearance for protected records is a grant
 * of its own, independent of the role.
 */
import { AppError } from '../errors.js';

export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Stable id written into audit records: `anonymous`, `key:<id>`, `jwt:<subject>`, `token:editor`. */
  id: string;
  /** A human-readable name for logs and the audit trail. */
  name: string;
  /** Null for an anonymous caller on a server that refuses anonymous reads. */
  role: Role | null;
  /** May see protected sources, entities and identifying claims. */
  cleared: boolean;
}

export const ANONYMOUS_ID = 'anonymous';

export function hasRole(principal: Principal, needed: Role): boolean {
  return principal.role !== null && ROLES.indexOf(principal.role) >= ROLES.indexOf(needed);
}

/** Throws FORBIDDEN (or UNAUTHENTICATED for an anonymous caller) unless the principal has the role. */
export function requireRole(principal: Principal, needed: Role, action: string): void {
  if (hasRole(principal, needed)) return;
  if (principal.id === ANONYMOUS_ID) {
    throw new AppError(
      'UNAUTHENTICATED',
      `${action} needs the ${needed} role: send "Authorization: Bearer <API key or token>"`,
    );
  }
  throw new AppError(
    'FORBIDDEN',
    `${action} needs the ${needed} role; ${principal.name} has ${principal.role ?? 'no role'}`,
  );
}

/** Throws FORBIDDEN unless the principal holds clearance for protected records. */
export function requireClearance(principal: Principal, action: string): void {
  if (principal.cleared) return;
  throw new AppError(
    'FORBIDDEN',
    `${action} needs clearance for protected records as well as a role; ${principal.name} has none`,
  );
}
