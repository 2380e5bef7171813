/**
 * Bearer JWTs from a single sign-on in front of the service, verified with a JWKS endpoint
 * (asymmetric keys, rotated by the provider) or a shared secret (HS256). The token says who the
 * caller is (`sub`, with `name` or `preferred_username` for people), their role and whether they
 * hold clearance, in claims whose names are configurable.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { ROLES, type Principal, type Role } from './principal.js';

export type JwtVerifier = (token: string) => Promise<Principal>;

/** Null when the configuration names neither a JWKS endpoint nor a secret. */
export function jwtVerifierFor(config: Config): JwtVerifier | null {
  const key = verificationKey(config);
  if (!key) return null;
  const options = {
    algorithms: config.CLAIMGRAPH_JWT_JWKS_URL ? undefined : ['HS256'],
    issuer: config.CLAIMGRAPH_JWT_ISSUER,
    audience: config.CLAIMGRAPH_JWT_AUDIENCE,
    requiredClaims: ['sub', 'exp'],
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      // Two calls because jwtVerify's overloads take a key or a key getter, not either.
      ({ payload } =
        typeof key === 'function'
          ? await jwtVerify(token, key, options)
          : await jwtVerify(token, key, options));
    } catch (error) {
      throw new AppError('UNAUTHENTICATED', `The bearer token was refused: ${reasonOf(error)}`);
    }
    return principalFromClaims(payload, config);
  };
}

function verificationKey(config: Config): JWTVerifyGetKey | Uint8Array | null {
  if (config.CLAIMGRAPH_JWT_JWKS_URL) return createRemoteJWKSet(new URL(config.CLAIMGRAPH_JWT_JWKS_URL));
  if (config.CLAIMGRAPH_JWT_SECRET) return new TextEncoder().encode(config.CLAIMGRAPH_JWT_SECRET);
  return null;
}

function principalFromClaims(payload: JWTPayload, config: Config): Principal {
  const roleClaim = payload[config.CLAIMGRAPH_JWT_ROLE_CLAIM];
  let role: Role = 'viewer';
  if (roleClaim !== undefined) {
    if (typeof roleClaim !== 'string' || !(ROLES as readonly string[]).includes(roleClaim.toLowerCase())) {
      throw new AppError(
        'UNAUTHENTICATED',
        `The bearer token's "${config.CLAIMGRAPH_JWT_ROLE_CLAIM}" claim must be one of ${ROLES.join(', ')}`,
      );
    }
    role = roleClaim.toLowerCase() as Role;
  }
  const subject = String(payload.sub);
  const displayName = payload.name ?? payload.preferred_username;
  return {
    id: `jwt:${subject}`,
    name: typeof displayName === 'string' ? displayName : subject,
    role,
    cleared: payload[config.CLAIMGRAPH_JWT_CLEARANCE_CLAIM] === true,
  };
}

/** What went wrong, in words that help the caller and give nothing away. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `its "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the identity provider matches it';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its algorithm is not accepted';
  if (error instanceof errors.JOSEError) return 'it is not a valid token';
  // Not the token's fault: the identity provider's keys could not be fetched.
  return "it could not be checked against the identity provider's keys; try again shortly";
}
