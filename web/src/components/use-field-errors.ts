import { useEffect } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Problem } from '@web/api/problem';
import { fieldRuleOf } from './field-messages';

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
      const messages = error.messages.map((message) => {
        const rule = fieldRuleOf(message);
        return rule ? t(rule.key, rule.values) : message;
      });
      setError(field, { type: 'server', message: t('problem.fieldInvalid', { messages: messages.join('; ') }) });
    }
  }, [problem, setError, prefix, t]);
}
