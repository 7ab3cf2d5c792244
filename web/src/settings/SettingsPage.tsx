import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { CalendarFeedSection } from './CalendarFeedSection';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';
import { useNotificationPreferences } from './use-settings';

/** "Indstillinger": how notifications reach the signed-in person, and their calendar address. */
export function SettingsPage() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  return (
    <>
      <h1>{t('settings.title')}</h1>
      {preferences.error && <ProblemAlert problem={preferences.error} />}
      {preferences.data && <NotificationPreferencesForm preferences={preferences.data} />}
      <CalendarFeedSection />
    </>
  );
}
