import { useTranslation } from 'react-i18next';
import { Problem } from '@web/api/problem';
import { Alert } from './Alert';

/**
 * A problem answer in Danish: what went wrong and what to do. A 409 conflict offers to load the
 * course again; field errors are shown at their fields by the form, and summarised here.
 */
export function ProblemAlert({ problem, onReload }: { problem: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!(problem instanceof Problem)) return <Alert kind="error" heading={t('problem.unexpected')} />;
  const heading = t(`problem.status.${problem.status}`, { defaultValue: t('problem.unexpected') });
  const explained = t(`problem.kind.${problem.kind}`, { defaultValue: '' });
  return (
    <Alert kind="error" heading={heading}>
      {explained && <p>{explained}</p>}
      {problem.body.errors && problem.body.errors.length > 0 && (
        <ul>
          {problem.body.errors.map((error) => (
            <li key={error.field}>
              {t('problem.fieldError', { field: t(`field.${error.field}`, { defaultValue: error.field }) })}
            </li>
          ))}
        </ul>
      )}
      {problem.status === 409 && onReload && (
        <button type="button" className="button button-secondary" onClick={onReload}>
          {t('problem.reload')}
        </button>
      )}
    </Alert>
  );
}
