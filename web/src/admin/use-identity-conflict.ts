import { useEffect } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Problem } from '@web/api/problem';

/**
 * A 409 `identity-subject-taken` is about one field, the identity at the provider: it is shown
 * there, in Danish, like a 422's field errors, and the field gets the focus.
 */
export function useIdentityConflict<T extends FieldValues & { identitySubject: string }>(
  problem: unknown,
  setError: UseFormSetError<T>,
) {
  const { t } = useTranslation();
  useEffect(() => {
    if (problem instanceof Problem && problem.kind === 'identity-subject-taken')
      setError(
        'identitySubject' as Path<T>,
        { type: 'server', message: t('staff.editForm.identitySubjectTaken') },
        { shouldFocus: true },
      );
  }, [problem, setError, t]);
}
