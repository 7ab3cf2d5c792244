import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormGroup } from '@web/components/FormGroup';
import type { CaseManagerLoad } from '@web/team/use-team';

/** The team lead's choice of a case manager with a free slot for one waitlisted citizen. */
export function WaitlistAssignment({
  cpr,
  caseManagers,
  pending,
  onAssign,
}: {
  cpr: string;
  caseManagers: CaseManagerLoad[];
  pending: boolean;
  onAssign: (caseManager: CaseManagerLoad) => void;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm<{ caseManagerId: string }>({
    defaultValues: { caseManagerId: '' },
  });
  const withRoom = caseManagers.filter((member) => member.freeSlots > 0).sort((a, b) => b.freeSlots - a.freeSlots);
  if (withRoom.length === 0) return <span>{t('waitlist.noneFree')}</span>;
  const submit = handleSubmit(({ caseManagerId }) => onAssign(withRoom.find((member) => member.id === caseManagerId)!));
  return (
    <form noValidate className="waitlist-assignment" onSubmit={(event) => void submit(event)}>
      <FormGroup label={t('waitlist.assignTo', { cpr })} error={formState.errors.caseManagerId?.message}>
        {(field) => (
          <select
            {...field}
            className="form-select"
            {...register('caseManagerId', { required: t('waitlist.chooseCaseManager') })}
          >
            <option value="">{t('referral.choose')}</option>
            {withRoom.map((member) => (
              <option key={member.id} value={member.id}>
                {t('decision.caseManagerOption', {
                  name: member.name,
                  free: member.freeSlots,
                  max: member.maxCaseload,
                })}
              </option>
            ))}
          </select>
        )}
      </FormGroup>
      <button type="submit" className="button button-secondary" disabled={pending}>
        {t('waitlist.assign')}
      </button>
    </form>
  );
}
