import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@web/components/Alert';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useCitizenErasure, useCitizenExport } from './use-audit';

/** The citizen's other requests: a copy of their data, and erasure once the law allows it. */
export function DataSubjectRequests({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const exported = useCitizenExport();
  const erasure = useCitizenErasure();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="data-subject">
      <h2 id="data-subject">{t('audit.dataSubject.title')}</h2>
      <p>{t('audit.dataSubject.intro')}</p>
      {exported.error && <ProblemAlert problem={exported.error} />}
      {erasure.error && <ProblemAlert problem={erasure.error} />}
      {erasure.isSuccess && <Alert kind="success" heading={t('audit.dataSubject.erased')} />}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={exported.isPending}
          onClick={() => exported.mutate(citizenId)}
        >
          {t('audit.dataSubject.export')}
        </button>
        {!confirming ? (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t('audit.dataSubject.erase')}
          </button>
        ) : (
          <>
            <span role="alert">{t('audit.dataSubject.confirmText')}</span>
            <button
              type="button"
              className="button button-primary"
              disabled={erasure.isPending}
              onClick={() => erasure.mutate(citizenId, { onSettled: () => setConfirming(false) })}
            >
              {t('audit.dataSubject.confirm')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
