import { createSecretKey, type KeyObject } from 'node:crypto';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { effectiveRole, isRole, type Role, type RoleOrAnonymous } from './roles.js';

/** Who a verified token speaks for. */
export interface Principal {
  /** The user's id (`sub`). */
  readonly sub: string;
  readonly roles: readonly Role[];
  /** The strongest of `roles`. */
  readonly role: RoleOrAnonymous;
  /** For a partner: the id of the organisation it belongs to (`org`). */
  readonly org: string | undefined;
  /** The verified claims, handed to @neo4j/graphql as the trusted JWT of the request. */
  readonly jwt: JWTPayload;
}

export interface TokenSettings {
  /** HS256 key, at least 32 bytes. */
  readonly secret: Uint8Array;
  readonly ttlSeconds: number;
  /** An external identity provider's JWKS: its RS256/ES256/EdDSA tokens are accepted too. */
  readonly jwksUrl?: string | undefined;
}

/** Every reason a token is refused; the answer to the client says only "invalid or expired". */
export class TokenError extends Error {
  constructor(readonly reason: string) {
    super(`token refused: ${reason}`);
    this.name = 'TokenError';
  }
}

export const TOKEN_ISSUER = 'ponte';
export const TOKEN_AUDIENCE = 'ponte-api';
const EXTERNAL_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

export class TokenService {
  private readonly jwks: JWTVerifyGetKey | undefined;
  // The secret as a key object made once: given bytes, jose makes one at every verification.
  private readonly key: KeyObject;

  constructor(private readonly settings: TokenSettings) {
    if (settings.secret.byteLength < 32) throw new Error('the token secret must be at least 32 bytes');
    this.key = createSecretKey(settings.secret);
    this.jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : undefined;
  }

  get ttlSeconds(): number {
    return this.settings.ttlSeconds;
  }

  async sign(claims: {
    sub: string;
    roles: readonly Role[];
    org?: string | undefined;
  }): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.settings.ttlSeconds;
    const token = await new SignJWT({ roles: [...claims.roles], ...(claims.org ? { org: claims.org } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The principal of a token, or a TokenError (tampered, expired, unsigned, unknown algorithm, missing claims). */
  async verify(token: string): Promise<Principal> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new TokenError('malformed');
    }
    let payload: JWTPayload;
    try {
      if (alg === 'HS256') {
        ({ payload } = await jwtVerify(token, this.key, {
          algorithms: ['HS256'],
          issuer: TOKEN_ISSUER,
          audience: TOKEN_AUDIENCE,
          requiredClaims: ['exp', 'sub'],
        }));
      } else if (this.jwks && alg && EXTERNAL_ALGORITHMS.includes(alg)) {
        ({ payload } = await jwtVerify(token, this.jwks, {
          algorithms: EXTERNAL_ALGORITHMS,
          requiredClaims: ['exp', 'sub'],
        }));
      } else {
        throw new TokenError(`algorithm ${String(alg)} not accepted`);
      }
    } catch (error) {
      if (error instanceof TokenError) throw error;
      throw new TokenError(error instanceof Error ? error.message : 'verification failed');
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    const org = typeof payload.org === 'string' ? payload.org : undefined;
    // @neo4j/graphql rules read `roles` from the trusted JWT: give it the filtered list only.
    return { sub: payload.sub!, roles, role: effectiveRole(roles), org, jwt: { ...payload, roles } };
  }
}

/** The token of an `Authorization: Bearer …` header; undefined when there is none, null when the header is malformed. */
export function bearerToken(header: string | undefined): string | undefined | null {
  if (header === undefined || header === '') return undefined;
  const match = /^Bearer\s+([A-Za-z0-9_\-.=]+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}
