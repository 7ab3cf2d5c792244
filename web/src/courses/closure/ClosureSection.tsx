import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STAFF_CLOSURE_REASONS } from '@workflows/icm-course/course-vocabulary';
import { Alert } from '@web/components/Alert';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { useFieldErrors } from '@web/components/use-field-errors';
import type { Course } from '@web/courses/use-course';
import { useReloadCourse } from '@web/courses/use-course-mutation';
import { DecideClosureForm } from './DecideClosureForm';
import { type ClosureProposal, useClosureProposals, useProposeClosure } from './use-closure';

/**
 * Closure: the case manager proposes with a reason, the team lead decides with a note; a closed
 * course says so, and the page offers no more changes.
 */
export function ClosureSection({ course, role }: { course: Course; role: 'case_manager' | 'team_lead' | 'reader' }) {
  const { t } = useTranslation();
  const proposals = useClosureProposals(course.id);
  const pending = proposals.data?.find((proposal) => proposal.decision === null);
  if (course.phase === 'closed')
    return (
      <Alert
        kind="info"
        heading={t('closure.closed', {
          reason: t(`closure.reasons.${course.closureReason}`),
          at: formatDateTime(course.closedAt!),
        })}
      />
    );
  return (
    <section aria-labelledby="closure">
      <h2 id="closure">{t('closure.title')}</h2>
      {proposals.error && <ProblemAlert problem={proposals.error} />}
      {proposals.data?.map((proposal) => (
        <ProposalLine key={proposal.id} proposal={proposal} />
      ))}
      {pending && role === 'team_lead' && <DecideClosureForm course={course} proposalId={pending.id} />}
      {!pending && role === 'case_manager' && <ProposeClosureForm course={course} />}
      {proposals.data?.length === 0 && role !== 'case_manager' && <p>{t('closure.none')}</p>}
    </section>
  );
}

function ProposalLine({ proposal }: { proposal: ClosureProposal }) {
  const { t } = useTranslation();
  return (
    <p>
      <strong>{t(`closure.reasons.${proposal.reason}`)}</strong> · {proposal.justification}{' '}
      <span className="timeline-meta">
        · {t('closure.proposedAt', { at: formatDateTime(proposal.proposedAt) })} ·{' '}
        {proposal.decision ? t(`closure.decision.${proposal.decision}`) : t('closure.awaiting')}
        {proposal.decisionNote && ` · ${proposal.decisionNote}`}
      </span>
    </p>
  );
}

interface ProposeFields {
  reason: string;
  justification: string;
}

function ProposeClosureForm({ course }: { course: Course }) {
  const { t } = useTranslation();
  const propose = useProposeClosure(course.id);
  const reload = useReloadCourse(course.id);
  const { register, handleSubmit, setError, formState } = useForm<ProposeFields>({
    defaultValues: { reason: '', justification: '' },
  });
  useFieldErrors(propose.error, setError);
  const { errors } = formState;
  const required = t('referral.required');
  const submit = handleSubmit((form) =>
    propose.mutateAsync({
      version: course.version,
      body: { reason: form.reason as 'moved_away', justification: form.justification.trim() },
    }),
  );
  return (
    <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <h3>{t('closure.propose')}</h3>
      {propose.error && <ProblemAlert problem={propose.error} onReload={reload} />}
      <FormGroup label={t('closure.reason')} error={errors.reason?.message}>
        {(field) => (
          <select {...field} className="form-select" {...register('reason', { required })}>
            <option value="">{t('referral.choose')}</option>
            {STAFF_CLOSURE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`closure.reasons.${reason}`)}
              </option>
            ))}
          </select>
        )}
      </FormGroup>
      <FormGroup label={t('closure.justification')} error={errors.justification?.message}>
        {(field) => (
          <textarea {...field} className="form-input" rows={3} {...register('justification', { required })} />
        )}
      </FormGroup>
      <button type="submit" className="button button-secondary" disabled={propose.isPending}>
        {t('closure.submitProposal')}
      </button>
    </form>
  );
}
