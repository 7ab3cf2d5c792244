import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { components } from '@web/api/schema';

type OidcSettings = components['schemas']['OidcSettingsAnswer'];

export const CALLBACK_PATH = '/log-ind/callback';

/** OpenID Connect's authorization code flow with PKCE, state kept in this tab's session storage. */
export const userManagerFor = (settings: OidcSettings): UserManager =>
  new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    scope: settings.scopes,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/log-ind`,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
