import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '@web/components/Alert';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { StaffProblem } from './StaffProblem';
import { useIdentityConflict } from './use-identity-conflict';
import { isCaseloadLimit, type StaffChange, type StaffMember, useChangeStaffMember, useStaffMember } from './use-staff';

interface DetailsForm {
  email: string;
  identitySubject: string;
  maxCaseload: string;
}

const toForm = (member: StaffMember): DetailsForm => ({
  email: member.email ?? '',
  identitySubject: member.identitySubject ?? '',
  maxCaseload: String(member.maxCaseload),
});

/** Only what the admin changed is sent; an emptied field clears it (null). */
function changesOf(member: StaffMember, form: DetailsForm): { change: StaffChange; maxCaseload?: number } {
  const change: StaffChange = {};
  const email = form.email.trim() || null;
  const identitySubject = form.identitySubject.trim() || null;
  if (email !== member.email) change.email = email;
  if (identitySubject !== member.identitySubject) change.identitySubject = identitySubject;
  const maxCaseload = Number(form.maxCaseload);
  return maxCaseload === member.maxCaseload ? { change } : { change, maxCaseload };
}

/** One member's sign-in, e-mail and caseload limit, and their deactivation or reactivation. */
export function EditStaffMember({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const member = useStaffMember(id);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens below the table: the admin's focus goes with it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="edit-staff" className="admin-section staff-editor">
      <div className="staff-editor-heading">
        <h2 id="edit-staff" tabIndex={-1} ref={heading}>
          {member.data ? t('staff.editMember', { name: member.data.name }) : t('common.loading')}
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('staff.editForm.close')}
        </button>
      </div>
      {member.error && <ProblemAlert problem={member.error} />}
      {member.data && (
        <>
          <DetailsForm member={member.data} />
          <Activation member={member.data} />
        </>
      )}
    </section>
  );
}

function DetailsForm({ member }: { member: StaffMember }) {
  const { t } = useTranslation();
  const save = useChangeStaffMember(member.id);
  const [saved, setSaved] = useState<'saved' | 'unlinked' | 'nothingChanged'>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DetailsForm>({ values: toForm(member), mode: 'onTouched' });
  useFieldErrors(save.error, setError);
  useIdentityConflict(save.error, setError);

  const submit = handleSubmit((form) => {
    const changes = changesOf(member, form);
    if (Object.keys(changes.change).length === 0 && changes.maxCaseload === undefined) {
      setSaved('nothingChanged');
      return;
    }
    setSaved(undefined);
    save.mutate(changes, { onSuccess: () => setSaved('saved') });
  });
  const unlink = () => {
    setSaved(undefined);
    save.mutate({ change: { identitySubject: null } }, { onSuccess: () => setSaved('unlinked') });
  };
  return (
    <>
      <h3>{t('staff.editForm.details')}</h3>
      {saved && <Alert kind={saved === 'nothingChanged' ? 'info' : 'success'} heading={t(`staff.editForm.${saved}`)} />}
      {save.error && <StaffProblem problem={save.error} name={member.name} />}
      <form onSubmit={(event) => void submit(event)} noValidate className="staff-form">
        <FormGroup label={t('staff.email')} error={errors.email?.message}>
          {(field) => (
            <input
              {...field}
              type="email"
              className="form-input input-width-xl"
              autoComplete="off"
              {...register('email')}
            />
          )}
        </FormGroup>
        <FormGroup
          label={t('staff.editForm.identitySubject')}
          hint={t('staff.editForm.identitySubjectHint')}
          error={errors.identitySubject?.message}
        >
          {(field) => (
            <div className="staff-identity">
              <input
                {...field}
                className="form-input input-width-xl"
                autoComplete="off"
                {...register('identitySubject')}
              />
              {member.identitySubject && (
                <button type="button" className="button button-secondary" disabled={save.isPending} onClick={unlink}>
                  {t('staff.editForm.unlink')}
                </button>
              )}
            </div>
          )}
        </FormGroup>
        <FormGroup
          label={t('staff.editForm.maxCaseload')}
          hint={t('staff.editForm.maxCaseloadHint', { caseload: member.caseload })}
          error={errors.maxCaseload?.message}
        >
          {(field) => (
            <input
              {...field}
              className="form-input input-width-xs"
              inputMode="numeric"
              {...register('maxCaseload', {
                validate: (value) => isCaseloadLimit(value) || t('staff.editForm.maxCaseloadInvalid'),
              })}
            />
          )}
        </FormGroup>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('staff.editForm.save')}
        </button>
      </form>
    </>
  );
}

/** Deactivation stops sign-in and new citizens; the service refuses it while the member holds open courses. */
function Activation({ member }: { member: StaffMember }) {
  const { t } = useTranslation();
  const change = useChangeStaffMember(member.id);
  const [done, setDone] = useState<string>();
  const setActive = (active: boolean) => {
    setDone(undefined);
    change.mutate(
      { change: { active } },
      {
        onSuccess: () =>
          setDone(
            t(active ? 'staff.editForm.reactivatedDone' : 'staff.editForm.deactivatedDone', { name: member.name }),
          ),
      },
    );
  };
  return (
    <>
      <h3>{t('staff.editForm.activation')}</h3>
      {done && <Alert kind="success" heading={done} />}
      {change.error && <StaffProblem problem={change.error} name={member.name} />}
      <p>{t(member.active ? 'staff.editForm.activeText' : 'staff.editForm.deactivatedText')}</p>
      {member.active ? (
        <>
          <p className="form-hint">{t('staff.editForm.deactivateHint')}</p>
          <button
            type="button"
            className="button button-secondary"
            disabled={change.isPending}
            onClick={() => setActive(false)}
          >
            {t('staff.editForm.deactivate')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          disabled={change.isPending}
          onClick={() => setActive(true)}
        >
          {t('staff.editForm.reactivate')}
        </button>
      )}
    </>
  );
}
