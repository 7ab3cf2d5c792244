import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioOptions } from '@web/components/RadioOptions';
import { Alert } from '@web/components/Alert';
import { FieldSet, FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { useMe } from '@web/auth/use-me';
import type { Course } from '@web/courses/use-course';
import { type Decision, useAvailableCaseManagers, useDecide } from './use-visitation';

const CHOICES = ['approve', 'waitlist', 'reject', 'request_info'] as const;
const ALTERNATIVES = ['CTI', 'ACT', 'ordinary_section_85', 'other'] as const;
const PRIORITIES = ['urgent', 'high', 'normal'] as const;

interface DecisionForm {
  choice: (typeof CHOICES)[number];
  caseManagerId: string;
  caseloadOverrideReason: string;
  teamId: string;
  priority: string;
  alternative: string;
  reason: string;
  questions: string;
}

const toDecision = (form: DecisionForm, overriding: boolean): Decision => {
  const reason = form.reason.trim() || undefined;
  switch (form.choice) {
    case 'approve':
      return {
        decision: 'approve',
        reason,
        caseManagerId: form.caseManagerId,
        ...(overriding ? { caseloadOverrideReason: form.caseloadOverrideReason.trim() } : {}),
      };
    case 'waitlist':
      return {
        decision: 'approve',
        reason,
        waitlist: { teamId: form.teamId.trim(), priority: form.priority as 'normal' },
      };
    case 'reject':
      return { decision: 'reject', reason, alternative: form.alternative as 'CTI' };
    case 'request_info':
      return {
        decision: 'request_info',
        reason,
        questions: form.questions
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      };
  }
};

/** The committee's decision: approve with a case manager who has room, waitlist, reject or ask. */
export function DecisionPanel({ course }: { course: Course }) {
  const { t } = useTranslation();
  const decide = useDecide(course.id);
  // A team lead may assign a case manager at their limit, with a written reason; others only see those with room.
  const teamLead = useMe(true).data?.roles.includes('team_lead') ?? false;
  const caseManagers = useAvailableCaseManagers(teamLead);
  const { register, handleSubmit, watch, setError, formState } = useForm<DecisionForm>({
    defaultValues: {
      choice: 'approve',
      priority: 'normal',
      caseManagerId: '',
      caseloadOverrideReason: '',
      teamId: '',
      alternative: '',
      reason: '',
      questions: '',
    },
  });
  useFieldErrors(decide.error, setError);
  const choice = watch('choice');
  const picked = caseManagers.data?.find((member) => member.id === watch('caseManagerId'));
  const overriding = picked !== undefined && picked.freeSlots <= 0;
  const { errors } = formState;
  const required = t('referral.required');
  const open =
    course.allowedEvents.includes('VISITATION_APPROVED') || course.allowedEvents.includes('VISITATION_REJECTED');

  if (decide.data)
    return (
      <Alert
        kind="success"
        heading={t(`decision.outcome.${decide.data.state}`, { defaultValue: t('decision.outcome.other') })}
      />
    );
  if (!open) return <Alert kind="info" heading={t('decision.closed')} />;
  return (
    <section aria-labelledby="decision" className="decision-panel">
      <h2 id="decision">{t('decision.title')}</h2>
      {decide.error && <ProblemAlert problem={decide.error} onReload={() => window.location.reload()} />}
      <form
        noValidate
        onSubmit={(event) =>
          void handleSubmit((form) =>
            decide.mutate({ decision: toDecision(form, overriding), version: course.version }),
          )(event)
        }
      >
        <FieldSet legend={t('decision.choose')}>
          <RadioOptions
            idPrefix="choice"
            values={CHOICES}
            labelOf={(value) => t(`decision.choice.${value}`)}
            registration={register('choice')}
          />
        </FieldSet>
        {choice === 'approve' && (
          <FormGroup
            label={t('decision.caseManager')}
            hint={t(teamLead ? 'decision.caseManagerHintTeamLead' : 'decision.caseManagerHint')}
            error={errors.caseManagerId?.message}
          >
            {(field) => (
              <select {...field} className="form-select" {...register('caseManagerId', { required })}>
                <option value="">{t('referral.choose')}</option>
                {caseManagers.data?.map((member) => (
                  <option key={member.id} value={member.id}>
                    {t(member.freeSlots > 0 ? 'decision.caseManagerOption' : 'decision.caseManagerFullOption', {
                      name: member.name,
                      free: member.freeSlots,
                      max: member.maxCaseload,
                    })}
                  </option>
                ))}
              </select>
            )}
          </FormGroup>
        )}
        {choice === 'approve' && overriding && (
          <FormGroup
            label={t('decision.overrideReason')}
            hint={t('decision.overrideReasonHint')}
            error={errors.caseloadOverrideReason?.message}
          >
            {(field) => (
              <textarea
                {...field}
                className="form-input"
                rows={3}
                {...register('caseloadOverrideReason', { validate: (value) => value.trim() !== '' || required })}
              />
            )}
          </FormGroup>
        )}
        {choice === 'waitlist' && (
          <>
            <FormGroup
              label={t('decision.team')}
              error={errors.teamId?.message ?? errors['waitlist' as 'teamId']?.message}
            >
              {(field) => (
                <input {...field} className="form-input input-width-m" {...register('teamId', { required })} />
              )}
            </FormGroup>
            <FormGroup label={t('decision.priority')}>
              {(field) => (
                <select {...field} className="form-select" {...register('priority')}>
                  {PRIORITIES.map((value) => (
                    <option key={value} value={value}>
                      {t(`priority.${value}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormGroup>
          </>
        )}
        {choice === 'reject' && (
          <FormGroup label={t('decision.alternative')} error={errors.alternative?.message}>
            {(field) => (
              <select {...field} className="form-select" {...register('alternative', { required })}>
                <option value="">{t('referral.choose')}</option>
                {ALTERNATIVES.map((value) => (
                  <option key={value} value={value}>
                    {t(`alternative.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </FormGroup>
        )}
        {choice === 'request_info' && (
          <FormGroup
            label={t('decision.questions')}
            hint={t('decision.questionsHint')}
            error={errors.questions?.message}
          >
            {(field) => (
              <textarea {...field} className="form-input" rows={4} {...register('questions', { required })} />
            )}
          </FormGroup>
        )}
        <FormGroup label={t('decision.reason')} error={errors.reason?.message}>
          {(field) => (
            <textarea
              {...field}
              className="form-input"
              rows={3}
              {...register('reason', { validate: (value) => choice !== 'reject' || value.trim() !== '' || required })}
            />
          )}
        </FormGroup>
        <button type="submit" className="button button-primary" disabled={decide.isPending}>
          {t('decision.submit')}
        </button>
      </form>
    </section>
  );
}
