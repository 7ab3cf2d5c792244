import { useMemo } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GOAL_AREAS, LINKED_PLAN_KINDS, LINKED_PLAN_STATUSES, SERVICE_KINDS } from '@src/plans/plan-vocabulary';
import { FieldSet, FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { useReloadCourse } from '@web/courses/use-course-mutation';
import { bodyOf, fieldsFrom, formProblem, newLinkedPlan, newService, type PlanFields } from './plan-form';
import { goalAreaKey } from './plan-names';
import { type PlanVersion, useDraftPlan } from './use-plan';

/**
 * A new version of the plan, prefilled from the last one: goals per area, the services carried over
 * by id (their status stays as it is) plus new ones, and the linked plans. A 422 shows at its field.
 */
export function PlanForm({
  courseId,
  version,
  last,
  onDone,
  onCancel,
}: {
  courseId: string;
  version: number;
  last: PlanVersion | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const draft = useDraftPlan(courseId);
  const reload = useReloadCourse(courseId);
  const { register, control, handleSubmit, setError, formState } = useForm<PlanFields>({
    defaultValues: fieldsFrom(last),
  });
  const services = useFieldArray({ control, name: 'services' });
  const linkedPlans = useFieldArray({ control, name: 'linkedPlans' });
  const problem = useMemo(() => formProblem(draft.error, draft.variables?.body), [draft.error, draft.variables]);
  useFieldErrors(problem, setError);
  const { errors } = formState;
  const required = t('referral.required');
  const submit = handleSubmit(async (fields) => {
    await draft.mutateAsync({ version, body: bodyOf(fields) });
    onDone();
  });
  return (
    <form noValidate className="plan-form" onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <h3>{t(last ? 'plan.form.title' : 'plan.form.firstTitle')}</h3>
      {last && <p>{t('plan.form.prefilled', { version: last.version })}</p>}
      {draft.error && <ProblemAlert problem={problem} onReload={reload} />}
      <FormGroup label={t('plan.wishes')} hint={t('plan.form.wishesHint')} error={errors.citizenWishes?.message}>
        {(field) => (
          <textarea {...field} className="form-input" rows={3} {...register('citizenWishes', { required })} />
        )}
      </FormGroup>
      <FormGroup label={t('plan.resources')} hint={t('plan.form.resourcesHint')} error={errors.resources?.message}>
        {(field) => <textarea {...field} className="form-input" rows={3} {...register('resources')} />}
      </FormGroup>
      <FieldSet legend={t('plan.goals')} hint={t('plan.form.goalsHint')}>
        {GOAL_AREAS.map((area) => (
          <FormGroup key={area} label={t(goalAreaKey(area))} error={errors.goals?.[area]?.message}>
            {(field) => <textarea {...field} className="form-input" rows={2} {...register(`goals.${area}`)} />}
          </FormGroup>
        ))}
      </FieldSet>
      <FieldSet legend={t('plan.services')}>
        {services.fields.map((service, index) => {
          const number = index + 1;
          const serviceErrors = errors.services?.[index];
          return (
            <fieldset key={service.id} className="plan-form-item">
              <legend className="form-label">
                {t('plan.form.service', { number })}
                {service.status &&
                  ` (${t('plan.form.carried', { status: t(`plan.serviceStatus.${service.status}`).toLowerCase() })})`}
              </legend>
              <FormGroup label={t('plan.form.kind')} error={serviceErrors?.kind?.message}>
                {(field) => (
                  <select {...field} className="form-select" {...register(`services.${index}.kind`)}>
                    {SERVICE_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`plan.serviceKind.${kind}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormGroup>
              <FormGroup label={t('plan.form.provider')} error={serviceErrors?.provider?.message}>
                {(field) => <input {...field} className="form-input" {...register(`services.${index}.provider`)} />}
              </FormGroup>
              <FormGroup label={t('plan.form.contactName')} error={serviceErrors?.contact?.name?.message}>
                {(field) => (
                  <input
                    {...field}
                    className="form-input"
                    {...register(`services.${index}.contact.name`, { required })}
                  />
                )}
              </FormGroup>
              <FormGroup label={t('plan.form.contactPhone')} error={serviceErrors?.contact?.phone?.message}>
                {(field) => (
                  <input
                    {...field}
                    type="tel"
                    className="form-input"
                    {...register(`services.${index}.contact.phone`)}
                  />
                )}
              </FormGroup>
              <FormGroup label={t('plan.form.contactEmail')} error={serviceErrors?.contact?.email?.message}>
                {(field) => (
                  <input
                    {...field}
                    type="email"
                    className="form-input"
                    {...register(`services.${index}.contact.email`)}
                  />
                )}
              </FormGroup>
              <button type="button" className="button button-tertiary" onClick={() => services.remove(index)}>
                {t('plan.form.removeService', { number })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button button-secondary" onClick={() => services.append(newService())}>
          {t('plan.form.addService')}
        </button>
      </FieldSet>
      <FieldSet legend={t('plan.linkedPlans')}>
        {linkedPlans.fields.map((linked, index) => {
          const number = index + 1;
          const linkedErrors = errors.linkedPlans?.[index];
          return (
            <fieldset key={linked.id} className="plan-form-item">
              <legend className="form-label">{t('plan.form.linkedPlan', { number })}</legend>
              <FormGroup label={t('plan.form.linkedKind')} error={linkedErrors?.kind?.message}>
                {(field) => (
                  <select {...field} className="form-select" {...register(`linkedPlans.${index}.kind`)}>
                    {LINKED_PLAN_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`plan.linkedKind.${kind}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormGroup>
              <FormGroup label={t('plan.form.reference')} error={linkedErrors?.reference?.message}>
                {(field) => <input {...field} className="form-input" {...register(`linkedPlans.${index}.reference`)} />}
              </FormGroup>
              <FormGroup label={t('plan.form.linkedStatus')} error={linkedErrors?.status?.message}>
                {(field) => (
                  <select {...field} className="form-select" {...register(`linkedPlans.${index}.status`)}>
                    {LINKED_PLAN_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`actionPlan.${status}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormGroup>
              <button type="button" className="button button-tertiary" onClick={() => linkedPlans.remove(index)}>
                {t('plan.form.removeLinkedPlan', { number })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button button-secondary" onClick={() => linkedPlans.append(newLinkedPlan())}>
          {t('plan.form.addLinkedPlan')}
        </button>
      </FieldSet>
      <div className="plan-actions">
        <button type="submit" className="button button-primary" disabled={draft.isPending}>
          {t('plan.form.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('plan.form.cancel')}
        </button>
      </div>
    </form>
  );
}
