import { SignJWT } from 'jose';
import { DEVELOPMENT_TOKEN_AUDIENCE, DEVELOPMENT_TOKEN_ISSUER } from '@src/config/app-config';
import type { Role } from './roles';

export interface DevelopmentTokenClaims {
  sub: string;
  roles: Role[];
  ttl?: string;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token as the development identity provider would; tests and the CLI use it. */
export function signDevelopmentToken(secret: string, claims: DevelopmentTokenClaims): Promise<string> {
  return new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(claims.issuer ?? DEVELOPMENT_TOKEN_ISSUER)
    .setAudience(claims.audience ?? DEVELOPMENT_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.ttl ?? '8h')
    .sign(new TextEncoder().encode(secret));
}
