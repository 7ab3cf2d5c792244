import { SignJWT } from 'jose';
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
  let jwt = new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.ttl ?? '8h');
  if (claims.issuer) jwt = jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt = jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
