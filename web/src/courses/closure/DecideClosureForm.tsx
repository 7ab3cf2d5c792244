import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioOptions } from '@web/components/RadioOptions';
import { FieldSet, FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import type { Course } from '@web/courses/use-course';
import { useReloadCourse } from '@web/courses/use-course-mutation';
import { useDecideClosure } from './use-closure';

interface DecideFields {
  decision: 'approve' | 'reject';
  note: string;
}

/** The team lead's decision on a closure proposal, with a note. */
export function DecideClosureForm({ course, proposalId }: { course: Course; proposalId: string }) {
  const { t } = useTranslation();
  const decide = useDecideClosure(course.id);
  const reload = useReloadCourse(course.id);
  const { register, handleSubmit, setError, formState } = useForm<DecideFields>({
    defaultValues: { decision: 'approve', note: '' },
  });
  useFieldErrors(decide.error, setError);
  const submit = handleSubmit((form) =>
    decide.mutateAsync({
      version: course.version,
      body: { proposalId, decision: form.decision, note: form.note.trim() || undefined },
    }),
  );
  return (
    <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <h3>{t('closure.decide')}</h3>
      {decide.error && <ProblemAlert problem={decide.error} onReload={reload} />}
      <FieldSet legend={t('closure.decisionLegend')} error={formState.errors.decision?.message}>
        <RadioOptions
          idPrefix="closure-decision"
          values={['approve', 'reject'] as const}
          labelOf={(value) => t(`closure.decisionChoice.${value}`)}
          registration={register('decision')}
        />
      </FieldSet>
      <FormGroup label={t('closure.note')} error={formState.errors.note?.message}>
        {(field) => <textarea {...field} className="form-input" rows={2} {...register('note')} />}
      </FormGroup>
      <button type="submit" className="button button-primary" disabled={decide.isPending}>
        {t('closure.submitDecision')}
      </button>
    </form>
  );
}
