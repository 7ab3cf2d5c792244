import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Problem } from '@web/api/problem';
import { Alert } from '@web/components/Alert';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDate, formatDateTime } from '@web/components/format';
import { useFieldErrors } from '@web/components/use-field-errors';
import { checkCpr } from '@web/referrals/cpr';
import { endOfDay, startOfDay } from './period';
import { subjectOf } from './purposes';
import {
  type AccessFilter,
  type AccessRead,
  type CitizenLookup,
  PAGE_SIZE,
  useAccessLog,
  useAccessLogDownload,
  useCitizenLookup,
} from './use-audit';
import { DataSubjectRequests } from './DataSubjectRequests';

interface LookupForm {
  cpr: string;
}

/** The filter as typed: a staff id and Copenhagen days, each optional. */
interface FilterForm {
  staffId: string;
  from: string;
  to: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const filterOf = (citizen: CitizenLookup, form: FilterForm): AccessFilter => ({
  citizenId: citizen.citizenId,
  ...(form.staffId.trim() ? { staffId: form.staffId.trim() } : {}),
  ...(form.from ? { from: startOfDay(form.from) } : {}),
  ...(form.to ? { to: endOfDay(form.to) } : {}),
});

/**
 * The auditor's answer to a citizen's request for insight: who read their data, and when. The CPR
 * number is sent once to find the citizen and then cleared: the page shows it masked only.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const lookup = useCitizenLookup();
  const [citizen, setCitizen] = useState<CitizenLookup>();
  const [typed, setTyped] = useState<FilterForm>({ staffId: '', from: '', to: '' });
  const [page, setPage] = useState(0);
  const filter = citizen && filterOf(citizen, typed);
  const reads = useAccessLog(filter, page);
  const download = useAccessLogDownload();

  const cprForm = useForm<LookupForm>({ defaultValues: { cpr: '' }, mode: 'onTouched' });
  useFieldErrors(lookup.error, cprForm.setError);
  const filterForm = useForm<FilterForm>({ defaultValues: typed, mode: 'onTouched' });
  useFieldErrors(reads.error, filterForm.setError);

  const findCitizen = cprForm.handleSubmit(({ cpr }) =>
    lookup.mutate(cpr.trim(), {
      onSuccess: (found) => {
        setCitizen(found);
        setPage(0);
        cprForm.reset({ cpr: '' });
      },
      onError: () => setCitizen(undefined),
    }),
  );
  const applyFilter = filterForm.handleSubmit((form) => {
    setTyped(form);
    setPage(0);
  });
  const fromDay = filterForm.watch('from');
  /** One member's reads only: the filter's staff field filled in and applied. */
  const onlyStaff = (staffId: string) => {
    filterForm.setValue('staffId', staffId);
    setTyped({ ...filterForm.getValues(), staffId });
    setPage(0);
  };

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>

      <form onSubmit={(event) => void findCitizen(event)} noValidate className="audit-form">
        <h2>{t('audit.citizen')}</h2>
        <FormGroup label={t('audit.cpr')} hint={t('audit.cprHint')} error={cprForm.formState.errors.cpr?.message}>
          {(field) => (
            <input
              {...field}
              className="form-input input-width-s"
              inputMode="numeric"
              autoComplete="off"
              {...cprForm.register('cpr', {
                required: t('audit.required'),
                validate: (value) => {
                  const check = checkCpr(value);
                  return check.ok || t(`referral.cprInvalid.${check.reason}`);
                },
              })}
            />
          )}
        </FormGroup>
        <button type="submit" className="button button-primary" disabled={lookup.isPending}>
          {t('audit.find')}
        </button>
      </form>
      {lookup.error instanceof Problem && lookup.error.status === 404 ? (
        <Alert kind="warning" heading={t('audit.notFound')} />
      ) : (
        lookup.error && <ProblemAlert problem={lookup.error} />
      )}

      {citizen && (
        <>
          <dl className="facts audit-citizen" aria-label={t('audit.found')}>
            <dt>{t('audit.name')}</dt>
            <dd>{citizen.name}</dd>
            <dt>{t('audit.cpr')}</dt>
            <dd className="cpr">{citizen.cpr}</dd>
          </dl>
          <DataSubjectRequests citizenId={citizen.citizenId} />

          <form onSubmit={(event) => void applyFilter(event)} noValidate className="audit-form">
            <h2>{t('audit.filter')}</h2>
            <div className="audit-filters">
              <FormGroup
                label={t('audit.staffId')}
                hint={t('audit.staffIdHint')}
                error={filterForm.formState.errors.staffId?.message}
              >
                {(field) => (
                  <input
                    {...field}
                    className="form-input"
                    autoComplete="off"
                    spellCheck={false}
                    {...filterForm.register('staffId', {
                      validate: (value) => !value.trim() || UUID.test(value.trim()) || t('audit.staffIdInvalid'),
                    })}
                  />
                )}
              </FormGroup>
              <FormGroup label={t('audit.from')} error={filterForm.formState.errors.from?.message}>
                {(field) => <input {...field} type="date" className="form-input" {...filterForm.register('from')} />}
              </FormGroup>
              <FormGroup label={t('audit.to')} error={filterForm.formState.errors.to?.message}>
                {(field) => (
                  <input
                    {...field}
                    type="date"
                    className="form-input"
                    {...filterForm.register('to', {
                      validate: (value) => !value || !fromDay || value >= fromDay || t('audit.toBeforeFrom'),
                    })}
                  />
                )}
              </FormGroup>
            </div>
            <button type="submit" className="button button-secondary">
              {t('audit.show')}
            </button>
          </form>

          {reads.error && <ProblemAlert problem={reads.error} />}
          {reads.data && (
            <>
              <h2>{t('audit.reads')}</h2>
              <p>
                {t('audit.period', { from: formatDate(reads.data.from), to: formatDateTime(reads.data.to) })}{' '}
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={download.isPending}
                  onClick={() => filter && download.mutate(filter)}
                >
                  {t('audit.download')}
                </button>
              </p>
              {download.error && <ProblemAlert problem={download.error} />}
              <ReadsTable reads={reads.data.items} onlyStaff={typed.staffId ? undefined : onlyStaff} />
              <nav className="pagination" aria-label={t('audit.pages')}>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={page === 0}
                  onClick={() => setPage(page - 1)}
                >
                  {t('audit.previous')}
                </button>
                <span>{t('audit.page', { page: page + 1 })}</span>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={reads.data.items.length < PAGE_SIZE}
                  onClick={() => setPage(page + 1)}
                >
                  {t('audit.next')}
                </button>
              </nav>
            </>
          )}
        </>
      )}
    </>
  );
}

/**
 * Each read: when (Copenhagen time), who, in which role, and of what. On a phone each row stands
 * as a card, every cell under its column's name (`data-label`, app.css), rather than scrolling sideways.
 */
function ReadsTable({ reads, onlyStaff }: { reads: AccessRead[]; onlyStaff?: (staffId: string) => void }) {
  const { t } = useTranslation();
  if (reads.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    // Focusable: on a narrow screen the table scrolls inside this box, which the keyboard must reach too.
    <div className="table-responsive" tabIndex={0} role="region" aria-label={t('audit.caption')}>
      <table className="table table--zebra audit-table">
        <caption className="sr-only">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.staff')}</th>
            <th scope="col">{t('audit.role')}</th>
            <th scope="col">{t('audit.what')}</th>
          </tr>
        </thead>
        <tbody>
          {reads.map((read) => {
            const subject = subjectOf(read.route);
            return (
              <tr key={read.id}>
                <td data-label={t('audit.at')}>{formatDateTime(read.at)}</td>
                <td data-label={t('audit.staff')}>
                  {read.staffName ?? <code className="audit-id">{read.staffId}</code>}
                  {onlyStaff && (
                    <button
                      type="button"
                      className="function-link audit-only"
                      aria-label={t('audit.onlyThemOf', { name: read.staffName ?? read.staffId })}
                      onClick={() => onlyStaff(read.staffId)}
                    >
                      {t('audit.onlyThem')}
                    </button>
                  )}
                </td>
                <td data-label={t('audit.role')}>{t(`role.${read.role}`)}</td>
                <td data-label={t('audit.what')}>
                  {subject && <span className="audit-subject">{t(`audit.subject.${subject}`)}</span>}
                  <code className="audit-route">{read.route}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
