import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Problem } from '@web/api/problem';
import { Alert } from '@web/components/Alert';
import { FieldSet, FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { useFieldErrors } from '@web/components/use-field-errors';
import { checkCpr, maskCpr } from './cpr';
import { type ReferralBody, useRefer } from './use-referrals';
import {
  ACTION_PLAN_STATUSES,
  ANCHORINGS,
  DOMAINS,
  HOUSING_SITUATIONS,
  INCOME_TYPES,
  OTHER_PLAN_KINDS,
  PROBLEM_AREA_THRESHOLD,
} from './vocabulary';

interface ReferralForm {
  citizen: { cpr: string; name: string };
  problemAreas: string[];
  housingSituation: string;
  whereabouts: string;
  actionPlanStatus: string;
  otherPlanKind: string;
  otherPlanReference: string;
  incomeType: string;
  anchoring: string;
  reason: string;
  consent: boolean;
}

const EMPTY: ReferralForm = {
  citizen: { cpr: '', name: '' },
  problemAreas: [],
  housingSituation: '',
  whereabouts: '',
  actionPlanStatus: '',
  otherPlanKind: '',
  otherPlanReference: '',
  incomeType: '',
  anchoring: 'section_85_administration',
  reason: '',
  consent: false,
};

const toBody = (form: ReferralForm): ReferralBody => ({
  citizen: { cpr: form.citizen.cpr.trim(), name: form.citizen.name.trim() },
  problemAreas: form.problemAreas as ReferralBody['problemAreas'],
  housingSituation: form.housingSituation as ReferralBody['housingSituation'],
  ...(form.whereabouts.trim() ? { whereabouts: form.whereabouts.trim() } : {}),
  legalBasis: 'SEL_85',
  actionPlanStatus: form.actionPlanStatus as ReferralBody['actionPlanStatus'],
  ...(form.otherPlanKind
    ? {
        otherPlans: [
          { kind: form.otherPlanKind, ...(form.otherPlanReference ? { reference: form.otherPlanReference } : {}) },
        ],
      }
    : {}),
  incomeType: form.incomeType as ReferralBody['incomeType'],
  anchoring: form.anchoring as ReferralBody['anchoring'],
  reason: form.reason.trim(),
  consent: true,
});

/**
 * The caseworker's referral: everything the committee needs, checked as it is typed. One key per
 * filled-in form (Idempotency-Key), so that a double click or a retry never makes two referrals.
 */
export function ReferralFormPage() {
  const { t } = useTranslation();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [sent, setSent] = useState<{ cpr: string; courseId: string }>();
  const refer = useRefer(idempotencyKey);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    setError,
    formState: { errors },
  } = useForm<ReferralForm>({ defaultValues: EMPTY, mode: 'onTouched' });
  useFieldErrors(refer.error, setError);
  const areas = watch('problemAreas') ?? [];
  const openCourse =
    refer.error instanceof Problem && refer.error.kind === 'open-course-exists'
      ? (refer.error.body.courseId as string)
      : undefined;

  const submit = handleSubmit((form) =>
    refer.mutate(toBody(form), {
      onSuccess: (receipt) => {
        setSent({ cpr: maskCpr(form.citizen.cpr), courseId: receipt.courseId });
        reset(EMPTY);
        setIdempotencyKey(crypto.randomUUID());
      },
    }),
  );
  const cprError = errors.citizen?.cpr?.message;
  return (
    <>
      <h1>{t('referral.title')}</h1>
      {sent && (
        <Alert kind="success" heading={t('referral.sent', { cpr: sent.cpr })}>
          <p>
            <Link to="/henvisninger">{t('referral.seeMine')}</Link>
          </p>
        </Alert>
      )}
      {openCourse ? (
        <Alert kind="error" heading={t('referral.openCourse')}>
          <p>
            <Link to={`/forloeb/${openCourse}`}>{t('referral.openCourseLink')}</Link>
          </p>
        </Alert>
      ) : (
        refer.error && <ProblemAlert problem={refer.error} />
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className="referral-form">
        <h2>{t('referral.citizen')}</h2>
        <FormGroup label={t('referral.cpr')} hint={t('referral.cprHint')} error={cprError}>
          {(field) => (
            <input
              {...field}
              className="form-input input-width-s"
              inputMode="numeric"
              autoComplete="off"
              {...register('citizen.cpr', {
                required: t('referral.required'),
                validate: (value) => {
                  const check = checkCpr(value);
                  return check.ok || t(`referral.cprInvalid.${check.reason}`);
                },
              })}
            />
          )}
        </FormGroup>
        <FormGroup label={t('referral.name')} error={errors.citizen?.name?.message}>
          {(field) => (
            <input
              {...field}
              className="form-input"
              autoComplete="off"
              {...register('citizen.name', { required: t('referral.required') })}
            />
          )}
        </FormGroup>

        <FieldSet
          legend={t('referral.problemAreas')}
          hint={t('referral.problemAreasHint', { count: areas.length, threshold: PROBLEM_AREA_THRESHOLD })}
          error={errors.problemAreas?.message}
        >
          {DOMAINS.map((domain) => (
            <div className="form-group-checkbox" key={domain}>
              <input
                type="checkbox"
                id={`area-${domain}`}
                className="form-checkbox"
                value={domain}
                {...register('problemAreas', {
                  validate: (value) => value.length > 0 || t('referral.problemAreasRequired'),
                })}
              />
              <label htmlFor={`area-${domain}`}>{t(`domain.${domain}`)}</label>
            </div>
          ))}
        </FieldSet>
        <p
          className={areas.length >= PROBLEM_AREA_THRESHOLD ? 'eligibility eligibility-met' : 'eligibility'}
          aria-live="polite"
        >
          {areas.length >= PROBLEM_AREA_THRESHOLD
            ? t('referral.thresholdMet', { count: areas.length })
            : t('referral.thresholdNotMet', { count: areas.length, threshold: PROBLEM_AREA_THRESHOLD })}
        </p>

        <h2>{t('referral.situation')}</h2>
        <FormGroup label={t('referral.housingSituation')} error={errors.housingSituation?.message}>
          {(field) => (
            <select
              {...field}
              className="form-select"
              {...register('housingSituation', { required: t('referral.required') })}
            >
              <option value="">{t('referral.choose')}</option>
              {HOUSING_SITUATIONS.map((value) => (
                <option key={value} value={value}>
                  {t(`housing.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup
          label={t('referral.whereabouts')}
          hint={t('referral.whereaboutsHint')}
          error={errors.whereabouts?.message}
        >
          {(field) => <input {...field} className="form-input" {...register('whereabouts')} />}
        </FormGroup>
        <FormGroup label={t('referral.legalBasis')} hint={t('referral.legalBasisHint')}>
          {(field) => <input {...field} className="form-input input-width-s" value="§ 85" readOnly />}
        </FormGroup>
        <FormGroup label={t('referral.actionPlanStatus')} error={errors.actionPlanStatus?.message}>
          {(field) => (
            <select
              {...field}
              className="form-select"
              {...register('actionPlanStatus', { required: t('referral.required') })}
            >
              <option value="">{t('referral.choose')}</option>
              {ACTION_PLAN_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`actionPlan.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup label={t('referral.otherPlan')} hint={t('referral.otherPlanHint')}>
          {(field) => (
            <select {...field} className="form-select" {...register('otherPlanKind')}>
              <option value="">{t('referral.none')}</option>
              {OTHER_PLAN_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`otherPlan.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup label={t('referral.otherPlanReference')}>
          {(field) => <input {...field} className="form-input" {...register('otherPlanReference')} />}
        </FormGroup>
        <FormGroup label={t('referral.incomeType')} error={errors.incomeType?.message}>
          {(field) => (
            <select
              {...field}
              className="form-select"
              {...register('incomeType', { required: t('referral.required') })}
            >
              <option value="">{t('referral.choose')}</option>
              {INCOME_TYPES.map((value) => (
                <option key={value} value={value}>
                  {t(`income.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup label={t('referral.anchoring')}>
          {(field) => (
            <select {...field} className="form-select" {...register('anchoring')}>
              {ANCHORINGS.map((value) => (
                <option key={value} value={value}>
                  {t(`anchoring.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup label={t('referral.reason')} hint={t('referral.reasonHint')} error={errors.reason?.message}>
          {(field) => (
            <textarea
              {...field}
              className="form-input"
              rows={5}
              {...register('reason', { required: t('referral.required') })}
            />
          )}
        </FormGroup>
        <FieldSet legend={t('referral.consentLegend')} error={errors.consent?.message}>
          <div className="form-group-checkbox">
            <input
              type="checkbox"
              id="consent"
              className="form-checkbox"
              {...register('consent', { validate: (value) => value || t('referral.consentRequired') })}
            />
            <label htmlFor="consent">{t('referral.consent')}</label>
          </div>
        </FieldSet>
        <button type="submit" className="button button-primary" disabled={refer.isPending}>
          {t('referral.submit')}
        </button>
      </form>
    </>
  );
}
