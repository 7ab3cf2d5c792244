import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '@web/components/Alert';
import { userManagerFor } from './oidc';
import { session } from './session';
import { useSignInOptions } from './use-sign-in-options';

/** Where the identity provider sends the person back with the authorization code. */
export function CallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useSignInOptions();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const oidc = options.data?.oidc;
    if (!oidc) return;
    userManagerFor(oidc)
      .signinRedirectCallback()
      .then((user) => {
        session.start(user.access_token, new Date((user.expires_at ?? 0) * 1000).toISOString(), 'oidc');
        void navigate('/', { replace: true });
      })
      .catch(() => setFailed(true));
  }, [options.data, navigate]);
  return (
    <main id="main" className="container page-container">
      <h1>{t('signIn.title')}</h1>
      {failed ? <Alert kind="error" heading={t('signIn.callbackFailed')} /> : <p>{t('common.loading')}</p>}
    </main>
  );
}
