import { SignJWT } from 'jose';
import type { Role } from './roles';

/** The issuer and audience of development tokens, and the defaults of JWT_ISSUER and JWT_AUDIENCE. */
export const DEVELOPMENT_TOKEN_ISSUER = 'icm-development';
export const DEVELOPMENT_TOKEN_AUDIENCE = 'icm-api';

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
