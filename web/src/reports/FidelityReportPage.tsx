import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { CsvDownload } from './CsvDownload';
import { Miss } from './Miss';
import { ReportFilterForm } from './ReportFilterForm';
import { ReportsNav } from './ReportsNav';
import { useUrlFilters } from './report-filters';
import { formatDecimal } from './share-format';
import { ShareValue } from './ShareValue';
import { TableRegion } from './TableRegion';
import { type FidelityFilters, type FidelityReport, type Share, useFidelityReport } from './use-reports';

const FIELDS = ['teamId'] as const;

/** The method's standard: every open course is met within 14 days, every reassessment and plan on time. */
const missed = (share: Share) => share.share !== null && share.share < 1;

/** ICM fidelity per case manager and per team today, the misses marked. */
export function FidelityReportPage() {
  const { t } = useTranslation();
  const { values, filters, apply } = useUrlFilters<FidelityFilters>(FIELDS);
  const report = useFidelityReport(filters);
  return (
    <>
      <ReportsNav />
      <h1>{t('reports.fidelity.heading')}</h1>
      <p>{t('reports.fidelity.intro')}</p>
      <ReportFilterForm fields={FIELDS} values={values} onApply={apply} problem={report.error} />
      {report.error && <ProblemAlert problem={report.error} />}
      {report.isFetching && <p role="status">{t('common.loading')}</p>}
      {report.data && (
        <>
          <CsvDownload report="fidelity" filters={filters} />
          <CaseManagerTable report={report.data} />
          <TeamTable report={report.data} />
        </>
      )}
    </>
  );
}

/** A table cell that states a miss in words and with an icon, and is tinted too. */
function Cell({ miss, children }: { miss: boolean; children: ReactNode }) {
  return (
    <td className={miss ? 'report-cell-miss' : undefined}>
      {children}
      {miss && <Miss />}
    </td>
  );
}

function ShareCell({ share }: { share: Share }) {
  return (
    <Cell miss={missed(share)}>
      <ShareValue share={share} />
    </Cell>
  );
}

function WaitCell({ waitlist }: { waitlist: FidelityReport['teams'][string]['waitlist'] }) {
  const { t } = useTranslation();
  return (
    <td>
      {waitlist.medianDays === null
        ? '–'
        : t('reports.fidelity.waits', { days: formatDecimal(waitlist.medianDays), count: waitlist.waits })}
    </td>
  );
}

function CaseManagerTable({ report }: { report: FidelityReport }) {
  const { t } = useTranslation();
  const caption = t('reports.fidelity.caseManagers');
  const rows = Object.entries(report.caseManagers).sort(([, a], [, b]) => a.name.localeCompare(b.name, 'da'));
  return (
    <section className="report-section">
      <h2>{caption}</h2>
      {rows.length === 0 ? (
        <p>{t('reports.fidelity.none')}</p>
      ) : (
        <TableRegion label={caption}>
          <table className="table table--compact">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.fidelity.caseManager')}</th>
                <th scope="col">{t('reports.fidelity.team')}</th>
                <th scope="col">{t('reports.fidelity.openCourses', { norm: report.norm })}</th>
                <th scope="col">{t('reports.fidelity.contactWithin14Days')}</th>
                <th scope="col">{t('reports.fidelity.reassessmentsOnTime')}</th>
                <th scope="col">{t('reports.fidelity.plansOnTime')}</th>
                <th scope="col">{t('reports.fidelity.waitlist')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, figures]) => (
                <tr key={id}>
                  <th scope="row">{figures.name}</th>
                  <td>{figures.teamId}</td>
                  <Cell miss={figures.overNorm}>{figures.openCourses}</Cell>
                  <ShareCell share={figures.contactWithin14Days} />
                  <ShareCell share={figures.reassessmentsOnTime} />
                  <ShareCell share={figures.plansOnTime} />
                  <WaitCell waitlist={figures.waitlist} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function TeamTable({ report }: { report: FidelityReport }) {
  const { t } = useTranslation();
  const caption = t('reports.fidelity.teams');
  const rows = Object.entries(report.teams).sort(([a], [b]) => a.localeCompare(b, 'da'));
  if (rows.length === 0) return null;
  return (
    <section className="report-section">
      <h2>{caption}</h2>
      <TableRegion label={caption}>
        <table className="table table--compact">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.fidelity.team')}</th>
              <th scope="col">{t('reports.fidelity.teamCaseManagers')}</th>
              <th scope="col">{t('reports.fidelity.coursesPerCaseManager')}</th>
              <th scope="col">{t('reports.fidelity.overNorm', { norm: report.norm })}</th>
              <th scope="col">{t('reports.fidelity.contactWithin14Days')}</th>
              <th scope="col">{t('reports.fidelity.reassessmentsOnTime')}</th>
              <th scope="col">{t('reports.fidelity.plansOnTime')}</th>
              <th scope="col">{t('reports.fidelity.waitingNow')}</th>
              <th scope="col">{t('reports.fidelity.waitlist')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([teamId, figures]) => (
              <tr key={teamId}>
                <th scope="row">{teamId}</th>
                <td>{figures.caseManagers}</td>
                <td>{formatDecimal(figures.coursesPerCaseManager)}</td>
                <Cell miss={figures.overNorm.count > 0}>
                  <ShareValue share={figures.overNorm} />
                </Cell>
                <ShareCell share={figures.contactWithin14Days} />
                <ShareCell share={figures.reassessmentsOnTime} />
                <ShareCell share={figures.plansOnTime} />
                <td>{figures.waitingNow}</td>
                <WaitCell waitlist={figures.waitlist} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
