import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { session } from '@web/auth/session';
import { type Role, useMe } from '@web/auth/use-me';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { RoleNames } from '@web/components/RoleNames';
import { useUnreadCount } from '@web/notifications/use-notifications';

/** Each role's own work, and nothing else, in the navigation. */
const NAVIGATION: { to: string; label: string; roles: Role[] }[] = [
  { to: '/henvisninger/ny', label: 'nav.newReferral', roles: ['caseworker'] },
  { to: '/henvisninger', label: 'nav.myReferrals', roles: ['caseworker'] },
  { to: '/visitation', label: 'nav.queue', roles: ['committee_member'] },
  { to: '/mine-borgere', label: 'nav.board', roles: ['case_manager'] },
  { to: '/admin/medarbejdere', label: 'nav.staff', roles: ['admin'] },
  { to: '/ude-af-kontakt', label: 'nav.outOfContact', roles: ['team_lead'] },
  { to: '/afslutninger', label: 'nav.closures', roles: ['team_lead'] },
  { to: '/venteliste', label: 'nav.waitlist', roles: ['committee_member', 'team_lead'] },
  { to: '/team', label: 'nav.team', roles: ['team_lead'] },
  { to: '/rapporter', label: 'nav.reports', roles: ['team_lead', 'admin'] },
  { to: '/revision', label: 'nav.audit', roles: ['auditor'] },
];

/** The page shell: header with the signed-in person, the role's navigation, the inbox's count, everyone's settings. */
export function Layout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe(true);
  const unread = useUnreadCount();
  const roles = me.data?.roles ?? [];
  const signOut = () => {
    session.end();
    void navigate('/log-ind');
  };
  return (
    <>
      <a className="skipnav" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="header app-header">
        <div className="container app-header-row">
          <span className="app-name">{t('layout.appName')}</span>
          <div className="app-person">
            {me.data && (
              <span>
                <strong>{me.data.name}</strong> (<RoleNames roles={me.data.roles} />)
              </span>
            )}
            <button type="button" className="button button-secondary" onClick={signOut}>
              {t('layout.signOut')}
            </button>
          </div>
        </div>
        <nav className="container app-nav" aria-label={t('layout.navigation')}>
          <ul>
            {NAVIGATION.filter((item) => item.roles.some((role) => roles.includes(role))).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink to="/indbakke">
                {t('nav.inbox')}{' '}
                <span className="badge" aria-label={t('nav.unread', { count: unread })}>
                  {unread}
                </span>
              </NavLink>
            </li>
            <li>
              <NavLink to="/indstillinger">{t('nav.settings')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="container page-container">
        {me.error && <ProblemAlert problem={me.error} />}
        <Outlet />
      </main>
    </>
  );
}
