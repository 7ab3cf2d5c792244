import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { checkPage } from './pages';
import { API_RESOURCE, API_SCOPE, LocalIdentityProvider, WEB_CLIENT_ID } from './local-identity-provider';
import { freePort } from '@test/support/free-port';
import { SERVICE_ENV, startApi } from './service';
import { readWorld } from './world';

/**
 * Production sign-in: the service configured as in a municipality (JWT_JWKS_URL, no development
 * sign-in), a real OpenID Connect provider, and the authorization code flow with PKCE in the browser.
 */
test.describe('sign-in through the identity provider', () => {
  const login = `karen-${randomUUID().slice(0, 8)}`;
  const email = `${login}@kommune.example`;
  const idp = new LocalIdentityProvider({ [login]: email });
  let api: ChildProcess;
  let baseUrl: string;
  let staffId: string;

  test.beforeAll(async () => {
    const world = readWorld();
    // The person exists in ICM with her address, not yet linked to her identity at the provider.
    const added = await fetch(`${world.baseUrl}/api/v1/staff`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${world.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Karen Udbyder', roles: ['caseworker'], email, municipality: 'Webby' }),
    });
    staffId = ((await added.json()) as { id: string }).id;

    const port = await freePort();
    await idp.start(`http://127.0.0.1:${port}`);
    ({ baseUrl, api } = await startApi(
      {
        ...SERVICE_ENV,
        DATABASE_URL: world.databaseUrl,
        JWT_JWKS_URL: idp.jwksUrl,
        JWT_ISSUER: idp.issuer,
        JWT_AUDIENCE: API_RESOURCE,
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: WEB_CLIENT_ID,
        OIDC_SCOPES: `openid email ${API_SCOPE}`,
        OIDC_MATCH_CLAIM: 'email',
      },
      port,
    ));
  });

  test.afterAll(async () => {
    api?.kill('SIGTERM');
    await idp.stop();
  });

  const signInAtProvider = async (page: Page, as: string) => {
    await page.goto(`${baseUrl}/log-ind`);
    await expect(page.getByRole('button', { name: /Log ind som/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Log ind med kommunens login' }).click();
    await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill(as);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  };

  test('a member signs in at the provider, is linked by her e-mail, and the API answers her token', async ({
    page,
  }) => {
    const meAnswers: number[] = [];
    page.on('response', (response) => {
      if (response.url() === `${baseUrl}/api/v1/me`) meAnswers.push(response.status());
    });
    await signInAtProvider(page, login);
    await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
    await expect(page.getByText('Karen Udbyder').first()).toBeVisible();
    expect(meAnswers).toContain(200);
    await checkPage(page, 'oidc-signed-in');

    // The access token the browser got is the provider's, and the API takes it for Karen.
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('icm.session')!).token as string);
    const [, payload] = token.split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ sub: login, aud: API_RESOURCE });
    const me = await fetch(`${baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ id: staffId, identitySubject: login, roles: ['caseworker'] });
  });

  test('someone the provider knows but ICM does not is told to ask an administrator', async ({ page }) => {
    await signInAtProvider(page, `stranger-${randomUUID().slice(0, 8)}`);
    await expect(page.getByText('ikke knyttet til en aktiv medarbejder')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
    await checkPage(page, 'oidc-unknown-person');
  });
});
