import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { APPOINTMENT_KINDS } from '@workflows/icm-course/course-vocabulary';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { useFieldErrors } from '@web/components/use-field-errors';
import { ChangeAppointment } from './ChangeAppointment';
import { useReloadCourse } from './use-course-mutation';
import { type Appointment, useAppointments, useRegisterAttendance, useScheduleAppointment } from './use-engagement';

/** Appointments: the open ones with attendance to register, the rest as history, and a new one. */
export function AppointmentsSection({
  courseId,
  version,
  canChange,
}: {
  courseId: string;
  version: number;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const appointments = useAppointments(courseId);
  const attendance = useRegisterAttendance(courseId);
  const reload = useReloadCourse(courseId);
  return (
    <section aria-labelledby="appointments">
      <h2 id="appointments">{t('appointment.title')}</h2>
      {appointments.error && <ProblemAlert problem={appointments.error} />}
      {attendance.error && <ProblemAlert problem={attendance.error} onReload={reload} />}
      {appointments.data?.length === 0 && <p>{t('appointment.none')}</p>}
      <ul className="nobullet-list appointment-list">
        {appointments.data?.map((appointment) => (
          <li key={appointment.id}>
            <strong>{t(`appointment.kinds.${appointment.kind}`)}</strong> {formatDateTime(appointment.startsAt)}
            {appointment.service && ` · ${appointment.service}`} · <AppointmentStatus appointment={appointment} />
            {canChange && open(appointment) && Date.parse(appointment.startsAt) <= Date.now() && (
              <span className="appointment-actions">
                {(['attended', 'missed'] as const).map((value) => (
                  <button
                    key={value}
                    type="button"
                    className="button button-secondary"
                    disabled={attendance.isPending}
                    onClick={() => attendance.mutate({ version, body: { id: appointment.id, attendance: value } })}
                  >
                    {t(`appointment.register.${value}`)}
                  </button>
                ))}
              </span>
            )}
            {canChange && open(appointment) && (
              <ChangeAppointment courseId={courseId} version={version} appointment={appointment} />
            )}
          </li>
        ))}
      </ul>
      {canChange && <ScheduleForm courseId={courseId} version={version} />}
    </section>
  );
}

const open = (appointment: Appointment) => !appointment.cancelledAt && !appointment.attendance;

function AppointmentStatus({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation();
  if (appointment.cancelledAt) return <>{t('appointment.cancelled')}</>;
  if (appointment.attendance) return <>{t(`appointment.attendance.${appointment.attendance}`)}</>;
  return <>{t('appointment.open')}</>;
}

interface ScheduleFields {
  kind: string;
  startsAt: string;
  endsAt: string;
  service: string;
  accompanied: boolean;
}

/** `datetime-local` gives the browser's local time: here that is the person's Danish time. */
const toInstant = (local: string) => new Date(local).toISOString();

function ScheduleForm({ courseId, version }: { courseId: string; version: number }) {
  const { t } = useTranslation();
  const schedule = useScheduleAppointment(courseId);
  const reload = useReloadCourse(courseId);
  const { register, handleSubmit, setError, reset, formState } = useForm<ScheduleFields>({
    defaultValues: { kind: 'treatment', startsAt: '', endsAt: '', service: '', accompanied: false },
  });
  useFieldErrors(schedule.error, setError);
  const { errors } = formState;
  const required = t('referral.required');
  const submit = handleSubmit(async (form) => {
    await schedule.mutateAsync({
      version,
      body: {
        kind: form.kind as 'treatment',
        startsAt: toInstant(form.startsAt),
        endsAt: toInstant(form.endsAt),
        service: form.service.trim() || undefined,
        accompaniedByCaseManager: form.accompanied,
      },
    });
    reset();
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <h3>{t('appointment.schedule')}</h3>
      {schedule.error && <ProblemAlert problem={schedule.error} onReload={reload} />}
      <FormGroup label={t('appointment.kind')} error={errors.kind?.message}>
        {(field) => (
          <select {...field} className="form-select" {...register('kind')}>
            {APPOINTMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`appointment.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormGroup>
      <FormGroup label={t('appointment.startsAt')} error={errors.startsAt?.message}>
        {(field) => (
          <input {...field} type="datetime-local" className="form-input" {...register('startsAt', { required })} />
        )}
      </FormGroup>
      <FormGroup label={t('appointment.endsAt')} error={errors.endsAt?.message}>
        {(field) => (
          <input {...field} type="datetime-local" className="form-input" {...register('endsAt', { required })} />
        )}
      </FormGroup>
      <FormGroup label={t('appointment.service')} error={errors.service?.message}>
        {(field) => <input {...field} className="form-input" {...register('service')} />}
      </FormGroup>
      <div className="form-group-checkbox">
        <input type="checkbox" id="appointment-accompanied" className="form-checkbox" {...register('accompanied')} />
        <label htmlFor="appointment-accompanied">{t('appointment.accompanied')}</label>
      </div>
      <button type="submit" className="button button-secondary" disabled={schedule.isPending}>
        {t('appointment.submit')}
      </button>
    </form>
  );
}
