import { useTranslation } from 'react-i18next';

export function RoleNames({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return <span>{roles.map((role) => t(`role.${role}`)).join(', ')}</span>;
}
