import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { answer, api } from '@web/api/client';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { Alert } from '@web/components/Alert';
import { RoleNames } from '@web/components/RoleNames';
import { userManagerFor } from './oidc';
import { session } from './session';
import { useSignInOptions } from './use-sign-in-options';

/** Sign-in: through the municipality's identity provider, or in development by picking a person. */
export function SignInPage() {
  const { t } = useTranslation();
  const options = useSignInOptions();
  return (
    <main id="main" className="container page-container">
      <h1>{t('signIn.title')}</h1>
      {session.endedBecause() === 'unknown-staff-identity' && (
        <Alert kind="error" heading={t('signIn.unknownIdentity')} />
      )}
      {session.endedBecause() === 'unauthenticated' && <Alert kind="warning" heading={t('signIn.expired')} />}
      {options.error && <ProblemAlert problem={options.error} />}
      {options.data?.oidc && (
        <button
          type="button"
          className="button button-primary"
          onClick={() => void userManagerFor(options.data.oidc!).signinRedirect()}
        >
          {t('signIn.withProvider')}
        </button>
      )}
      {options.data?.developmentSignIn && <DevelopmentSignIn />}
      {options.data && !options.data.oidc && !options.data.developmentSignIn && (
        <Alert kind="error" heading={t('signIn.notConfigured')} />
      )}
    </main>
  );
}

function DevelopmentSignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const staff = useQuery({
    queryKey: ['sign-in', 'staff'],
    queryFn: () => answer(api.GET('/api/v1/sign-in/development/staff')),
  });
  const signIn = useMutation({
    mutationFn: (staffId: string) => answer(api.POST('/api/v1/sign-in/development', { body: { staffId } })),
    onSuccess: ({ accessToken, expiresAt }) => {
      session.start(accessToken, expiresAt, 'development');
      void navigate('/');
    },
  });
  return (
    <section aria-labelledby="development-sign-in">
      <h2 id="development-sign-in">{t('signIn.development')}</h2>
      <p>{t('signIn.developmentHint')}</p>
      {staff.error && <ProblemAlert problem={staff.error} />}
      {signIn.error && <ProblemAlert problem={signIn.error} />}
      <ul className="nobullet-list sign-in-list">
        {staff.data?.map((member) => (
          <li key={member.id}>
            <button type="button" className="button button-secondary" onClick={() => signIn.mutate(member.id)}>
              {t('signIn.as', { name: member.name })}
            </button>{' '}
            <RoleNames roles={member.roles} />
          </li>
        ))}
      </ul>
    </section>
  );
}
