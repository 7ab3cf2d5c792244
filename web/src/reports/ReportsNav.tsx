import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The two reports, one page each. */
export function ReportsNav() {
  const { t } = useTranslation();
  return (
    <nav className="report-nav" aria-label={t('reports.nav')}>
      <ul>
        <li>
          <NavLink to="/rapporter" end>
            {t('reports.outcomes.title')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/rapporter/metodetroskab">{t('reports.fidelity.title')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
