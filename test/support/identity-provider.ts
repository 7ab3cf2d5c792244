import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

interface SigningKey {
  kid: string;
  privateKey: PrivateKey;
  jwk: JWK;
}

export const IDP_ISSUER = 'https://idp.test.example';
export const IDP_AUDIENCE = 'icm-api-test';

/** A local identity provider: publishes its key set over HTTP and signs RS256 tokens; it can rotate its key. */
export class IdentityProvider {
  private keys: SigningKey[] = [];
  private readonly server = createServer((_, response) => {
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ keys: this.keys.map((key) => key.jwk) }));
  });

  async start(): Promise<string> {
    await this.rotate();
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks.json`;
  }

  /** A new signing key, published alone: tokens of the old key no longer verify once the set is refetched. */
  async rotate(): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const kid = `key-${this.keys.length + 1}-${Date.now()}`;
    this.keys = [{ kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } }];
  }

  /** An access token as the provider issues it: its own subject, and any further claims (email, ...). */
  sign(claims: {
    sub: string;
    iss?: string;
    aud?: string;
    exp?: number;
    nbf?: number;
    [claim: string]: unknown;
  }): Promise<string> {
    const [key] = this.keys;
    const now = Math.floor(Date.now() / 1000);
    const { sub, iss, aud, exp, nbf, ...extra } = claims;
    return new SignJWT(extra)
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setSubject(sub)
      .setIssuer(iss ?? IDP_ISSUER)
      .setAudience(aud ?? IDP_AUDIENCE)
      .setIssuedAt(now)
      .setNotBefore(nbf ?? now)
      .setExpirationTime(exp ?? now + 600)
      .sign(key.privateKey);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
