import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { useFieldErrors } from '@web/components/use-field-errors';
import { useReloadCourse } from './use-course-mutation';
import { type Ladder, useAcknowledge, useLadders } from './use-engagement';

/** The running outreach ladder: each level's task, due and fired time, and its acknowledgement. */
export function LadderSection({
  courseId,
  version,
  canAcknowledge,
}: {
  courseId: string;
  version: number;
  canAcknowledge: boolean;
}) {
  const { t } = useTranslation();
  const ladders = useLadders(courseId);
  const running = ladders.data?.find((ladder) => ladder.status === 'running');
  return (
    <section aria-labelledby="ladder">
      <h2 id="ladder">{t('ladder.title')}</h2>
      {ladders.error && <ProblemAlert problem={ladders.error} />}
      {ladders.data && !running && <p>{t('ladder.none')}</p>}
      {running && (
        <>
          <p>
            <strong>{t('ladder.running', { level: running.level })}</strong>{' '}
            {t('ladder.startedAt', { at: formatDateTime(running.startedAt) })}
          </p>
          <ol className="nobullet-list ladder-steps">
            {running.steps.map((step) => (
              <li key={step.step}>
                {t('ladder.step', { level: step.level })}: {t(`ladder.task.${step.task}`, { defaultValue: step.task })}{' '}
                <span className="timeline-meta">
                  · {t(`ladder.status.${step.status}`)} {formatDateTime(step.fired?.firedAt ?? step.dueAt)}
                  {step.fired?.plannedAction && ` · ${t('ladder.planned', { action: step.fired.plannedAction })}`}
                </span>
              </li>
            ))}
          </ol>
          {canAcknowledge && <AcknowledgeForm courseId={courseId} version={version} ladder={running} />}
        </>
      )}
    </section>
  );
}

/** The case manager's planned action for the level reached, shown to the team lead. */
function AcknowledgeForm({ courseId, version, ladder }: { courseId: string; version: number; ladder: Ladder }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledge(courseId);
  const reload = useReloadCourse(courseId);
  const { register, handleSubmit, setError, reset, formState } = useForm<{ plannedAction: string }>({
    defaultValues: { plannedAction: '' },
  });
  useFieldErrors(acknowledge.error, setError);
  const reached = ladder.steps.filter((step) => step.fired).at(-1);
  if (!reached || reached.fired?.acknowledgedAt) return null;
  const submit = handleSubmit(async ({ plannedAction }) => {
    await acknowledge.mutateAsync({ version, body: { level: reached.level, plannedAction: plannedAction.trim() } });
    reset();
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      {acknowledge.error && <ProblemAlert problem={acknowledge.error} onReload={reload} />}
      <FormGroup
        label={t('ladder.plannedAction', { level: reached.level })}
        hint={t('ladder.plannedActionHint')}
        error={formState.errors.plannedAction?.message}
      >
        {(field) => (
          <textarea
            {...field}
            className="form-input"
            rows={2}
            {...register('plannedAction', { required: t('referral.required') })}
          />
        )}
      </FormGroup>
      <button type="submit" className="button button-secondary" disabled={acknowledge.isPending}>
        {t('ladder.acknowledge')}
      </button>
    </form>
  );
}
