import { useTranslation } from 'react-i18next';

/** A figure below the ICM method's standard: a warning icon and a word, not colour alone. */
export function Miss() {
  const { t } = useTranslation();
  return (
    <span className="report-miss">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
        <path d="M8 1 15 15H1Z" fill="#b51d09" />
        <path d="M7.2 6h1.6v4.5H7.2zM7.2 11.6h1.6v1.6H7.2z" fill="#fff" />
      </svg>{' '}
      {t('reports.fidelity.miss')}
    </span>
  );
}
