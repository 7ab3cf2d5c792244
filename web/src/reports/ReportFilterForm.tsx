import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AGE_GROUPS } from '@src/reports/report-vocabulary';
import { FormGroup } from '@web/components/FormGroup';
import { useFieldErrors } from '@web/components/use-field-errors';
import type { FilterField, FilterValues } from './report-filters';

/** The report's filters as one small form; applying it changes the page's URL, which fetches the report. */
export function ReportFilterForm({
  fields,
  values,
  onApply,
  problem,
}: {
  fields: readonly FilterField[];
  values: FilterValues;
  onApply: (values: FilterValues) => void;
  problem: unknown;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, reset, formState } = useForm<FilterValues>({ defaultValues: values });
  // Back and forward in the browser change the URL: the form follows it.
  useEffect(() => reset(values), [values, reset]);
  useFieldErrors(problem, setError);
  const { errors } = formState;
  const offers = (field: FilterField) => fields.includes(field);
  return (
    <form className="report-filters" noValidate onSubmit={(event) => void handleSubmit(onApply)(event)}>
      {offers('from') && (
        <FormGroup label={t('reports.filters.from')} hint={t('reports.filters.fromHint')} error={errors.from?.message}>
          {(field) => <input {...field} type="date" className="form-input" {...register('from')} />}
        </FormGroup>
      )}
      {offers('to') && (
        <FormGroup label={t('reports.filters.to')} hint={t('reports.filters.toHint')} error={errors.to?.message}>
          {(field) => <input {...field} type="date" className="form-input" {...register('to')} />}
        </FormGroup>
      )}
      {offers('teamId') && (
        <FormGroup
          label={t('reports.filters.team')}
          hint={t('reports.filters.teamHint')}
          error={errors.teamId?.message}
        >
          {(field) => <input {...field} className="form-input" {...register('teamId')} />}
        </FormGroup>
      )}
      {offers('ageGroup') && (
        <FormGroup label={t('reports.filters.ageGroup')} error={errors.ageGroup?.message}>
          {(field) => (
            <select {...field} className="form-select" {...register('ageGroup')}>
              <option value="">{t('reports.filters.allAges')}</option>
              {AGE_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t(`reports.ageGroup.${group}`)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
      )}
      <div className="report-filters-submit">
        <button type="submit" className="button button-primary">
          {t('reports.filters.apply')}
        </button>
      </div>
    </form>
  );
}
