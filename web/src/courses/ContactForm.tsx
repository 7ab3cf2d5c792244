import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioOptions } from '@web/components/RadioOptions';
import { CONTACT_CHANNELS } from '@workflows/icm-course/course-vocabulary';
import { Alert } from '@web/components/Alert';
import { FieldSet, FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { useReloadCourse } from './use-course-mutation';
import { useRecordContact } from './use-engagement';

interface ContactFields {
  channel: string;
  successful: 'yes' | 'no';
  whereabouts: string;
  note: string;
}

/** One small form for a contact or an attempt, made now: in the field, a few taps. */
export function ContactForm({ courseId, version }: { courseId: string; version: number }) {
  const { t } = useTranslation();
  const record = useRecordContact(courseId);
  const reload = useReloadCourse(courseId);
  const { register, handleSubmit, setError, reset, formState } = useForm<ContactFields>({
    defaultValues: { channel: 'outreach_visit', successful: 'yes', whereabouts: '', note: '' },
  });
  useFieldErrors(record.error, setError);
  const { errors } = formState;
  const submit = handleSubmit(async (form) => {
    await record.mutateAsync({
      version,
      body: {
        at: new Date().toISOString(),
        channel: form.channel as 'phone',
        successful: form.successful === 'yes',
        whereabouts: form.whereabouts.trim() || undefined,
        note: form.note.trim() || undefined,
      },
    });
    reset();
  });
  return (
    <section aria-labelledby="contact-form">
      <h2 id="contact-form">{t('contact.title')}</h2>
      {record.isSuccess && <Alert kind="success" heading={t('contact.recorded')} />}
      {record.error && <ProblemAlert problem={record.error} onReload={reload} />}
      <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <FormGroup label={t('contact.channel')} error={errors.channel?.message}>
          {(field) => (
            <select {...field} className="form-select" {...register('channel')}>
              {CONTACT_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`contact.channels.${channel}`)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FieldSet legend={t('contact.successful')} error={errors.successful?.message}>
          <RadioOptions
            idPrefix="contact-successful"
            values={['yes', 'no'] as const}
            labelOf={(value) => t(`contact.successfulOptions.${value}`)}
            registration={register('successful')}
          />
        </FieldSet>
        <FormGroup label={t('contact.whereabouts')} error={errors.whereabouts?.message}>
          {(field) => <input {...field} className="form-input" {...register('whereabouts')} />}
        </FormGroup>
        <FormGroup label={t('contact.note')} error={errors.note?.message}>
          {(field) => <textarea {...field} className="form-input" rows={3} {...register('note')} />}
        </FormGroup>
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t('contact.submit')}
        </button>
      </form>
    </section>
  );
}
