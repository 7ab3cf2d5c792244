import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, type JWTPayload, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { isUUID } from 'class-validator';
import { AppConfig } from '@src/config/app-config';
import { Unauthenticated } from '@src/problems/domain-error';
import { type Caller, type Role, ROLES } from './roles';
import { StaffIdentities } from './staff-identities';
import { VerifiedTokens } from './verified-tokens';

/** How long a provider token's staff member is trusted before the link is read again (deactivation). */
const IDENTITY_RECHECK_MS = 60_000;

/**
 * Verifies bearer tokens: HS256 with JWT_SECRET in development and tests, whose subject is our staff
 * id and which carry the roles; or, when JWT_JWKS_URL is set, the identity provider's (key set
 * fetched and rotated by jose), whose subject is linked to a staff member with their roles.
 */
@Injectable()
export class TokenVerifier {
  private readonly key: KeyObject | JWTVerifyGetKey;
  private readonly algorithms: string[];
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly config: AppConfig,
    private readonly identities: StaffIdentities,
  ) {
    if (config.JWT_JWKS_URL) {
      // jose refetches the set when a token names a key id it does not know: key rotation.
      this.key = createRemoteJWKSet(new URL(config.JWT_JWKS_URL), { cooldownDuration: config.JWT_JWKS_COOLDOWN_MS });
      this.algorithms = ['RS256', 'ES256', 'PS256'];
    } else {
      // Imported once: jose would otherwise import raw key bytes again on every request.
      this.key = createSecretKey(Buffer.from(config.JWT_SECRET!, 'utf8'));
      this.algorithms = ['HS256'];
    }
  }

  async verify(authorization: string | undefined): Promise<Caller> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new Unauthenticated('Send a bearer token in the Authorization header');
    const known = this.verified.get(token, Date.now());
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key as KeyObject, {
        algorithms: this.algorithms,
        issuer: this.config.JWT_ISSUER,
        audience: this.config.JWT_AUDIENCE,
        // jose checks nbf whenever the token has one, and exp, iss and aud, which it must have.
        requiredClaims: ['sub', 'exp', 'iss', 'aud'],
      }));
    } catch (error) {
      throw new Unauthenticated(`The bearer token was refused: ${(error as Error).message}`);
    }
    const fromProvider = !!this.config.JWT_JWKS_URL;
    const caller = fromProvider ? await this.identities.callerFor(payload) : developmentCaller(payload);
    const expires = payload.exp! * 1000;
    this.verified.remember(token, {
      caller,
      notBefore: (payload.nbf ?? 0) * 1000,
      expires: fromProvider ? Math.min(expires, Date.now() + IDENTITY_RECHECK_MS) : expires,
    });
    return caller;
  }
}

function developmentCaller(payload: JWTPayload): Caller {
  const roles = payload.roles;
  if (!isUUID(payload.sub ?? '')) throw new Unauthenticated('The token subject must be a staff id (uuid)');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => ROLES.includes(role as Role))) {
    throw new Unauthenticated(`The token's roles must be a non-empty list of ${ROLES.join(', ')}`);
  }
  return { staffId: payload.sub!, roles: roles as Role[] };
}
