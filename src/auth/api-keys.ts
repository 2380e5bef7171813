/**
 * API keys: `cgk_<id>_<secret>`. The id is public (it names the key in lists, logs and the audit
 * trail); the secret is 256 random bits, kept only as its SHA-256. A slow password hash would add
 * nothing here: a random 256-bit secret cannot be guessed from its hash, and every request checks
 * one.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'cgk_';
const KEY_PATTERN = /^cgk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface MintedKey {
  id: string;
  /** The whole key, shown once to whoever created it. */
  key: string;
  secretHash: string;
}

export function mintApiKey(): MintedKey {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, key: `${PREFIX}${id}_${secret}`, secretHash: hashSecret(secret) };
}

export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(PREFIX);
}

/** The key's id and secret; null when the text is not a well-formed key. */
export function parseApiKey(credential: string): { id: string; secret: string } | null {
  const match = KEY_PATTERN.exec(credential);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
