import { useEffect } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Problem } from '@web/api/problem';

/**
 * A 422 answer's field errors, set on the form's own fields (the API names them by path, as
 * `citizen.cpr`), so that each shows at its field.
 */
export function useFieldErrors<T extends FieldValues>(problem: unknown, setError: UseFormSetError<T>, prefix = '') {
  const { t } = useTranslation();
  useEffect(() => {
    if (!(problem instanceof Problem) || !problem.body.errors) return;
    for (const error of problem.body.errors) {
      const field = (prefix ? error.field.replace(prefix, '') : error.field) as Path<T>;
      setError(field, { type: 'server', message: t('problem.fieldInvalid', { messages: error.messages.join('; ') }) });
    }
  }, [problem, setError, prefix, t]);
}
