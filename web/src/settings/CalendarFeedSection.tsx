import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@web/components/Alert';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useRotateCalendarFeed } from './use-settings';

/** The secret address a calendar client subscribes to: made here, shown once, replaced here when it leaks. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const rotate = useRotateCalendarFeed();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const create = () => {
    setCopied(null);
    rotate.mutate();
  };
  const copy = (url: string) =>
    navigator.clipboard.writeText(url).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <section aria-labelledby="calendar-feed" className="settings-section">
      <h2 id="calendar-feed">{t('settings.calendar.title')}</h2>
      <p>{t('settings.calendar.intro')}</p>
      <Alert kind="warning" heading={t('settings.calendar.warning')}>
        <p>{t('settings.calendar.warningText')}</p>
      </Alert>
      {rotate.error && <ProblemAlert problem={rotate.error} />}
      {rotate.data && (
        <div className="calendar-address">
          <FormGroup label={t('settings.calendar.address')} hint={t('settings.calendar.addressHint')}>
            {(field) => (
              <input
                {...field}
                className="form-input calendar-address-input"
                readOnly
                value={rotate.data.url}
                onFocus={(event) => event.currentTarget.select()}
              />
            )}
          </FormGroup>
          <button type="button" className="button button-secondary" onClick={() => void copy(rotate.data.url)}>
            {t('settings.calendar.copy')}
          </button>
          <p role="status" className="timeline-meta">
            {copied && t(copied === 'yes' ? 'settings.calendar.copied' : 'settings.calendar.copyFailed')}
          </p>
        </div>
      )}
      <button type="button" className="button button-primary" onClick={create} disabled={rotate.isPending}>
        {t(rotate.data ? 'settings.calendar.rotate' : 'settings.calendar.create')}
      </button>
    </section>
  );
}
