import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type AssessmentKind,
  DOMAIN_RATINGS,
  type DomainRating,
  HOUSING_STATUSES,
  type HousingStatus,
} from '@src/assessments/assessment-vocabulary';
import {
  OUTCOME_DOMAINS,
  type OutcomeDomain,
  REASSESSMENT_OUTCOMES,
  type ReassessmentOutcome,
} from '@workflows/icm-course/course-vocabulary';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { useReloadCourse } from '@web/courses/use-course-mutation';
import { RadioFieldSet } from './RadioFieldSet';
import type { useRecordAssessment } from './use-assessments';

/** The form's own names are the API's field names, so that a 422 lands at its field. */
interface AssessmentFields {
  domains: Record<OutcomeDomain, DomainRating | ''>;
  housingStatus: HousingStatus | '';
  problematicUseDays: string;
  nextPhase: ReassessmentOutcome | '';
  note: string;
}

const EMPTY: AssessmentFields = {
  domains: Object.fromEntries(OUTCOME_DOMAINS.map((domain) => [domain, ''])) as AssessmentFields['domains'],
  housingStatus: '',
  problematicUseDays: '',
  nextPhase: '',
  note: '',
};

/**
 * The baseline or a reassessment: each of the nine domains rated, housing and days of use; a
 * reassessment also chooses the phase the course goes on in.
 */
export function AssessmentForm({
  courseId,
  version,
  kind,
  record,
}: {
  courseId: string;
  version: number;
  kind: AssessmentKind;
  record: ReturnType<typeof useRecordAssessment>;
}) {
  const { t } = useTranslation();
  const reload = useReloadCourse(courseId);
  const { register, handleSubmit, setError, reset, formState } = useForm<AssessmentFields>({ defaultValues: EMPTY });
  useFieldErrors(record.error, setError);
  const { errors } = formState;
  const chosen = { required: t('assessment.choose') };
  const submit = handleSubmit(async (form) => {
    await record.mutateAsync({
      version,
      body: {
        kind,
        domains: form.domains as Record<OutcomeDomain, DomainRating>,
        housingStatus: form.housingStatus as HousingStatus,
        problematicUseDays: form.problematicUseDays === '' ? undefined : Number(form.problematicUseDays),
        nextPhase: kind === 'reassessment' ? (form.nextPhase as ReassessmentOutcome) : undefined,
        note: form.note.trim() || undefined,
      },
    });
    reset();
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)} aria-labelledby="assessment-form">
      <h3 id="assessment-form">{t(`assessment.record.${kind}`)}</h3>
      <p>{t(`assessment.recordHint.${kind}`)}</p>
      {record.error && <ProblemAlert problem={record.error} onReload={reload} />}
      <div className="assessment-domains">
        {OUTCOME_DOMAINS.map((domain) => (
          <RadioFieldSet
            key={domain}
            legend={t(`domain.${domain}`)}
            error={errors.domains?.[domain]?.message}
            options={DOMAIN_RATINGS}
            label={(rating) => t(`assessment.rating.${rating}`)}
            field={register(`domains.${domain}`, chosen)}
          />
        ))}
      </div>
      <RadioFieldSet
        legend={t('assessment.housingStatus')}
        error={errors.housingStatus?.message}
        options={HOUSING_STATUSES}
        label={(status) => t(`assessment.housing.${status}`)}
        field={register('housingStatus', chosen)}
      />
      <FormGroup
        label={t('assessment.useDays')}
        hint={t('assessment.useDaysHint')}
        error={errors.problematicUseDays?.message}
      >
        {(field) => (
          <input
            {...field}
            type="number"
            inputMode="numeric"
            min={0}
            max={30}
            className="form-input input-width-xs"
            {...register('problematicUseDays')}
          />
        )}
      </FormGroup>
      {kind === 'reassessment' && (
        <RadioFieldSet
          legend={t('assessment.nextPhase')}
          hint={t('assessment.nextPhaseHint')}
          error={errors.nextPhase?.message}
          options={REASSESSMENT_OUTCOMES}
          label={(phase) => t(`assessment.nextPhaseOption.${phase}`)}
          field={register('nextPhase', chosen)}
        />
      )}
      <FormGroup label={t('assessment.note')} error={errors.note?.message}>
        {(field) => <textarea {...field} className="form-input" rows={3} {...register('note')} />}
      </FormGroup>
      <button type="submit" className="button button-primary" disabled={record.isPending}>
        {t(`assessment.submit.${kind}`)}
      </button>
    </form>
  );
}
