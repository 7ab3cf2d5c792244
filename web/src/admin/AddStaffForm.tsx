import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '@web/components/Alert';
import { FieldSet, FormGroup } from '@web/components/FormGroup';
import { useFieldErrors } from '@web/components/use-field-errors';
import { StaffProblem } from './StaffProblem';
import { useIdentityConflict } from './use-identity-conflict';
import { isCaseloadLimit, type NewStaffMember, ROLES, useAddStaffMember } from './use-staff';

interface AddForm {
  name: string;
  roles: string[];
  teamId: string;
  municipality: string;
  maxCaseload: string;
  email: string;
  identitySubject: string;
}

const EMPTY: AddForm = {
  name: '',
  roles: [],
  teamId: '',
  municipality: '',
  maxCaseload: '8',
  email: '',
  identitySubject: '',
};

/** A field left empty is left out: the member has no team, no e-mail, no linked sign-in yet. */
const optional = (value: string): string | undefined => value.trim() || undefined;

const toBody = (form: AddForm): NewStaffMember => ({
  name: form.name.trim(),
  roles: form.roles as NewStaffMember['roles'],
  teamId: optional(form.teamId),
  municipality: optional(form.municipality),
  maxCaseload: Number(form.maxCaseload),
  email: optional(form.email),
  identitySubject: optional(form.identitySubject),
});

/** A new member, one Idempotency-Key per filled-in form, so that a retry never adds them twice. */
export function AddStaffForm() {
  const { t } = useTranslation();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [added, setAdded] = useState<string>();
  const add = useAddStaffMember(idempotencyKey);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<AddForm>({ defaultValues: EMPTY, mode: 'onTouched' });
  useFieldErrors(add.error, setError);
  useIdentityConflict(add.error, setError);
  const required = t('referral.required');

  const submit = handleSubmit((form) =>
    add.mutate(toBody(form), {
      onSuccess: (member) => {
        setAdded(member.name);
        reset(EMPTY);
        setIdempotencyKey(crypto.randomUUID());
      },
    }),
  );
  return (
    <section aria-labelledby="add-staff" className="admin-section">
      <h2 id="add-staff">{t('staff.add.title')}</h2>
      {added && <Alert kind="success" heading={t('staff.add.added', { name: added })} />}
      {add.error && <StaffProblem problem={add.error} />}
      <form onSubmit={(event) => void submit(event)} noValidate className="staff-form">
        <FormGroup label={t('staff.name')} error={errors.name?.message}>
          {(field) => (
            <input
              {...field}
              className="form-input input-width-l"
              autoComplete="off"
              {...register('name', { validate: (value) => value.trim() !== '' || required })}
            />
          )}
        </FormGroup>
        <FieldSet legend={t('staff.roles')} hint={t('staff.add.rolesHint')} error={errors.roles?.message}>
          {ROLES.map((role) => (
            <div className="form-group-checkbox" key={role}>
              <input
                type="checkbox"
                id={`add-role-${role}`}
                className="form-checkbox"
                value={role}
                {...register('roles', {
                  validate: (value) => value.length > 0 || t('staff.add.rolesRequired'),
                })}
              />
              <label htmlFor={`add-role-${role}`}>{t(`role.${role}`)}</label>
            </div>
          ))}
        </FieldSet>
        <FormGroup label={t('staff.team')} hint={t('staff.add.teamHint')} error={errors.teamId?.message}>
          {(field) => <input {...field} className="form-input input-width-m" {...register('teamId')} />}
        </FormGroup>
        <FormGroup label={t('staff.municipality')} error={errors.municipality?.message}>
          {(field) => <input {...field} className="form-input input-width-m" {...register('municipality')} />}
        </FormGroup>
        <FormGroup
          label={t('staff.editForm.maxCaseload')}
          hint={t('staff.add.maxCaseloadHint')}
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
        <FormGroup label={t('staff.email')} hint={t('staff.add.emailHint')} error={errors.email?.message}>
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
          hint={t('staff.add.identitySubjectHint')}
          error={errors.identitySubject?.message}
        >
          {(field) => (
            <input
              {...field}
              className="form-input input-width-xl"
              autoComplete="off"
              {...register('identitySubject')}
            />
          )}
        </FormGroup>
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {t('staff.add.submit')}
        </button>
      </form>
    </section>
  );
}
