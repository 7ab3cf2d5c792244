import { Navigate } from 'react-router';
import { useMe } from '@web/auth/use-me';

/** Each person starts on their own work. */
export function HomePage() {
  const me = useMe(true);
  if (!me.data) return null;
  const roles = me.data.roles;
  if (roles.includes('caseworker')) return <Navigate to="/henvisninger" replace />;
  if (roles.includes('committee_member')) return <Navigate to="/visitation" replace />;
  if (roles.includes('case_manager')) return <Navigate to="/mine-borgere" replace />;
  if (roles.includes('team_lead')) return <Navigate to="/ude-af-kontakt" replace />;
  if (roles.includes('auditor')) return <Navigate to="/revision" replace />;
  return <Navigate to="/indbakke" replace />;
}
