import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import { freePort } from '@test/support/free-port';

export const WEB_CLIENT_ID = 'icm-web';
/** The API as a resource server: its access tokens are JWTs with this audience and scope. */
export const API_RESOURCE = 'https://icm-api.test.example';
export const API_SCOPE = 'icm';

/**
 * A real OpenID Connect provider (oidc-provider) on a free port, with its development login page:
 * any login name and password sign in, the login name is the subject. The directory gives each
 * login the e-mail address the provider vouches for.
 */
export class LocalIdentityProvider {
  private server?: Server;
  issuer = '';

  constructor(private readonly directory: Record<string, string>) {}

  async start(appOrigin: string): Promise<void> {
    const port = await freePort();
    this.issuer = `http://127.0.0.1:${port}`;
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    // oidc-provider is published as an ES module only.
    const { default: Provider } = await import('oidc-provider');
    const directory = this.directory;
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: WEB_CLIENT_ID,
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code'],
          response_types: ['code'],
          redirect_uris: [`${appOrigin}/log-ind/callback`],
          post_logout_redirect_uris: [`${appOrigin}/log-ind`],
        },
      ],
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'web-test', alg: 'RS256', use: 'sig' }] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      cookies: { keys: [randomBytes(16).toString('hex')] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      findAccount: (_, accountId) => ({
        accountId,
        claims: () => ({ sub: accountId, email: directory[accountId], email_verified: true }),
      }),
      // The address travels in the access token too: that is the token the API sees.
      extraTokenClaims: (_, token) =>
        'accountId' in token && directory[token.accountId as string]
          ? { email: directory[token.accountId as string], email_verified: true }
          : undefined,
      features: {
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => API_RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: API_SCOPE,
            audience: API_RESOURCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 600,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      clientBasedCORS: (_, origin) => origin === appOrigin,
    });
    this.server = createServer(provider.callback());
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
  }

  get jwksUrl(): string {
    return `${this.issuer}/jwks`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
