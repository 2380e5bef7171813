/**
 * Turns a request's Authorization header into a principal: an API key, a JWT from the single
 * sign-on, one of the two static tokens of the configuration, or nobody (anonymous). A credential
 * that is sent but not accepted is refused (UNAUTHENTICATED), never read as anonymous, so a
 * mistyped key cannot quietly show a caller less than they expect.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { QueryRunner } from '../neo4j/database.js';
import { ApiKeyRepository, type StoredApiKey } from '../repositories/api-key-repository.js';
import { looksLikeApiKey, parseApiKey, secretMatches } from './api-keys.js';
import { jwtVerifierFor, type JwtVerifier } from './jwt.js';
import { ANONYMOUS_ID, type Principal } from './principal.js';

/**
 * How long a looked-up key is trusted before it is read again: a revocation takes effect on every
 * instance within this time, and a busy caller costs one lookup per interval, not per request.
 */
export const API_KEY_CACHE_MS = 10_000;
const API_KEY_CACHE_ENTRIES = 10_000;
const JWT_PATTERN = /^[\w-]+\.[\w-]+\.[\w-]+$/;

export class Authenticator {
  private readonly keys: ApiKeyRepository;
  private readonly jwt: JwtVerifier | null;
  private readonly keyCache = new Map<string, { key: StoredApiKey | null; until: number }>();

  constructor(
    db: QueryRunner,
    private readonly config: Config,
  ) {
    this.keys = new ApiKeyRepository(db);
    this.jwt = jwtVerifierFor(config);
  }

  async principalOf(authorization: string | undefined): Promise<Principal> {
    if (authorization === undefined || authorization.trim() === '') return this.anonymous();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) {
      throw new AppError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <API key or token>"');
    }
    const credential = match[1]!;
    if (looksLikeApiKey(credential)) return this.apiKeyPrincipal(credential);
    if (staticTokenMatches(credential, this.config.CLAIMGRAPH_EDITOR_TOKEN)) {
      // Editors curate protected material, so they are cleared too.
      return { id: 'token:editor', name: 'the editor token', role: 'editor', cleared: true };
    }
    if (staticTokenMatches(credential, this.config.CLAIMGRAPH_CLEARANCE_TOKEN)) {
      return { id: 'token:clearance', name: 'the clearance token', role: 'viewer', cleared: true };
    }
    if (JWT_PATTERN.test(credential)) {
      if (!this.jwt) {
        throw new AppError(
          'UNAUTHENTICATED',
          'This server accepts no JWTs (set CLAIMGRAPH_JWT_JWKS_URL or CLAIMGRAPH_JWT_SECRET); use an API key',
        );
      }
      return this.jwt(credential);
    }
    throw new AppError('UNAUTHENTICATED', 'The bearer credential is not a key or token this server accepts');
  }

  private anonymous(): Principal {
    return {
      id: ANONYMOUS_ID,
      name: 'an anonymous caller',
      role: this.config.CLAIMGRAPH_ANONYMOUS_READ ? 'viewer' : null,
      cleared: false,
    };
  }

  private async apiKeyPrincipal(credential: string): Promise<Principal> {
    const parsed = parseApiKey(credential);
    const stored = parsed ? await this.lookUpKey(parsed.id) : null;
    if (!parsed || !stored || !secretMatches(parsed.secret, stored.secretHash)) {
      throw new AppError('UNAUTHENTICATED', 'The API key is not valid');
    }
    if (stored.revokedAt) {
      throw new AppError('UNAUTHENTICATED', `The API key ${stored.id} was revoked on ${stored.revokedAt}`);
    }
    return { id: `key:${stored.id}`, name: stored.name, role: stored.role, cleared: stored.cleared };
  }

  private async lookUpKey(id: string): Promise<StoredApiKey | null> {
    const now = Date.now();
    const cached = this.keyCache.get(id);
    if (cached && cached.until > now) return cached.key;
    const key = await this.keys.find(id);
    if (this.keyCache.size >= API_KEY_CACHE_ENTRIES) this.keyCache.clear();
    this.keyCache.set(id, { key, until: now + API_KEY_CACHE_MS });
    return key;
  }
}

function staticTokenMatches(given: string, expected: string | undefined): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
