import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { useReloadCourse } from './use-course-mutation';
import { type Appointment, useCancelAppointment, useRescheduleAppointment } from './use-engagement';

interface ChangeFields {
  startsAt: string;
  endsAt: string;
  reason: string;
}

/** `datetime-local` reads and writes the browser's local time: the person's Danish time. */
const toLocalInput = (instant: string) => {
  const date = new Date(instant);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Moves or cancels one open appointment, folded away until asked for. */
export function ChangeAppointment({
  courseId,
  version,
  appointment,
}: {
  courseId: string;
  version: number;
  appointment: Appointment;
}) {
  const { t } = useTranslation();
  const reschedule = useRescheduleAppointment(courseId);
  const cancel = useCancelAppointment(courseId);
  const reload = useReloadCourse(courseId);
  const { register, handleSubmit, setError, formState } = useForm<ChangeFields>({
    defaultValues: {
      startsAt: toLocalInput(appointment.startsAt),
      endsAt: toLocalInput(appointment.endsAt),
      reason: '',
    },
  });
  useFieldErrors(reschedule.error ?? cancel.error, setError);
  const { errors } = formState;
  const move = handleSubmit((form) =>
    reschedule.mutateAsync({
      version,
      body: {
        id: appointment.id,
        startsAt: new Date(form.startsAt).toISOString(),
        endsAt: new Date(form.endsAt).toISOString(),
      },
    }),
  );
  const drop = handleSubmit((form) =>
    cancel.mutateAsync({ version, body: { id: appointment.id, reason: form.reason.trim() || undefined } }),
  );
  const problem = reschedule.error ?? cancel.error;
  return (
    <details className="appointment-change">
      <summary>{t('appointment.change')}</summary>
      {problem && <ProblemAlert problem={problem} onReload={reload} />}
      <form noValidate onSubmit={(event) => void move(event).catch(() => undefined)}>
        <FormGroup label={t('appointment.startsAt')} error={errors.startsAt?.message}>
          {(field) => <input {...field} type="datetime-local" className="form-input" {...register('startsAt')} />}
        </FormGroup>
        <FormGroup label={t('appointment.endsAt')} error={errors.endsAt?.message}>
          {(field) => <input {...field} type="datetime-local" className="form-input" {...register('endsAt')} />}
        </FormGroup>
        <button type="submit" className="button button-secondary" disabled={reschedule.isPending}>
          {t('appointment.move')}
        </button>
      </form>
      <form noValidate onSubmit={(event) => void drop(event).catch(() => undefined)}>
        <FormGroup label={t('appointment.cancelReason')} error={errors.reason?.message}>
          {(field) => <input {...field} className="form-input" {...register('reason')} />}
        </FormGroup>
        <button type="submit" className="button button-secondary" disabled={cancel.isPending}>
          {t('appointment.cancel')}
        </button>
      </form>
    </details>
  );
}
