import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { type ClosureDecision, type PendingProposal, useDecideClosure } from './use-closure-proposals';

/** The team lead's decision on one proposal: approve, or reject with a note to the case manager. */
export function ClosureDecisionForm({
  proposal,
  onDecided,
  onReload,
}: {
  proposal: PendingProposal;
  onDecided: (decision: ClosureDecision['decision']) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideClosure(proposal);
  const { register, handleSubmit, setError, formState } = useForm<{ note: string }>({ defaultValues: { note: '' } });
  useFieldErrors(decide.error, setError);
  const decideWith = (decision: ClosureDecision['decision']) =>
    handleSubmit(async ({ note }) => {
      const text = note.trim();
      if (decision === 'reject' && !text) {
        setError('note', { type: 'required', message: t('closures.noteRequired') });
        return;
      }
      await decide.mutateAsync({ decision, ...(text ? { note: text } : {}) });
      onDecided(decision);
    });
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      {decide.error && <ProblemAlert problem={decide.error} onReload={onReload} />}
      <FormGroup label={t('closures.note')} hint={t('closures.noteHint')} error={formState.errors.note?.message}>
        {(field) => <textarea {...field} className="form-input" rows={2} {...register('note')} />}
      </FormGroup>
      <div className="button-row">
        {(['approve', 'reject'] as const).map((decision) => (
          <button
            key={decision}
            type="button"
            className={`button ${decision === 'approve' ? 'button-primary' : 'button-secondary'}`}
            disabled={decide.isPending}
            onClick={(event) => void decideWith(decision)(event).catch(() => undefined)}
          >
            {t(`closures.${decision}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
