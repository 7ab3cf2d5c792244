import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { useReloadCourse } from './use-course-mutation';
import { useAddNote } from './use-engagement';

/** A note on the course, for everyone who works on it; it goes into the timeline. */
export function NoteForm({ courseId, version }: { courseId: string; version: number }) {
  const { t } = useTranslation();
  const add = useAddNote(courseId);
  const reload = useReloadCourse(courseId);
  const { register, handleSubmit, setError, reset, formState } = useForm<{ text: string }>({
    defaultValues: { text: '' },
  });
  useFieldErrors(add.error, setError);
  const submit = handleSubmit(async ({ text }) => {
    await add.mutateAsync({ version, body: { text: text.trim() } });
    reset();
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      {add.error && <ProblemAlert problem={add.error} onReload={reload} />}
      <FormGroup label={t('note.label')} error={formState.errors.text?.message}>
        {(field) => (
          <textarea
            {...field}
            className="form-input"
            rows={2}
            {...register('text', { required: t('referral.required') })}
          />
        )}
      </FormGroup>
      <button type="submit" className="button button-secondary" disabled={add.isPending}>
        {t('note.submit')}
      </button>
    </form>
  );
}
