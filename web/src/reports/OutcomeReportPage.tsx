import { useTranslation } from 'react-i18next';
import { CLOSURE_REASONS, PHASES } from '@workflows/icm-course/course-vocabulary';
import { ANCHORINGS, INCOME_TYPES } from '@src/referrals/referral-vocabulary';
import { AGE_BANDS, HOUSING_OUTCOMES, LEGAL_GENDERS } from '@src/reports/report-vocabulary';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { CsvDownload } from './CsvDownload';
import { DomainsSection } from './DomainsSection';
import { NATIONAL_EVALUATION, nationalOf } from './national-evaluation';
import { ReportFilterForm } from './ReportFilterForm';
import { ReportsNav } from './ReportsNav';
import { useUrlFilters } from './report-filters';
import { formatDecimal, formatKroner } from './share-format';
import { ShareSection } from './ShareSection';
import type { ShareRow } from './ShareTable';
import { type OutcomeFilters, type OutcomeReport, type Share, useOutcomeReport } from './use-reports';

const FIELDS = ['from', 'to', 'teamId', 'ageGroup'] as const;

/** The outcome report: the national evaluation's table for the filtered courses, as charts and tables. */
export function OutcomeReportPage() {
  const { t } = useTranslation();
  const { values, filters, apply } = useUrlFilters<OutcomeFilters>(FIELDS);
  const report = useOutcomeReport(filters);
  return (
    <>
      <ReportsNav />
      <h1>{t('reports.outcomes.heading')}</h1>
      <p>{t('reports.outcomes.intro')}</p>
      <ReportFilterForm fields={FIELDS} values={values} onApply={apply} problem={report.error} />
      {report.error && <ProblemAlert problem={report.error} />}
      {report.isFetching && <p role="status">{t('common.loading')}</p>}
      {report.data && (
        <>
          <CsvDownload report="outcomes" filters={filters} />
          <OutcomeFigures report={report.data} />
        </>
      )}
    </>
  );
}

function OutcomeFigures({ report }: { report: OutcomeReport }) {
  const { t } = useTranslation();
  const rows = <K extends string>(
    keys: readonly K[],
    shares: Record<K, Share>,
    label: (key: K) => string,
    national: Record<string, number> = {},
  ): ShareRow[] =>
    keys.map((key) => ({ key, label: label(key), share: shares[key], national: nationalOf(national, key) }));
  const medianDays = (phase: (typeof PHASES)[number]) => {
    const spells = phase === 'closed' ? undefined : report.medianDaysInPhase[phase];
    return spells?.medianDays != null
      ? t('reports.phases.medianDays', { days: formatDecimal(spells.medianDays), count: spells.spells })
      : '–';
  };
  const phaseRows = PHASES.map((phase) => ({
    key: phase,
    label: t(`phase.${phase}`),
    share: report.coursesByPhase[phase],
    extra: medianDays(phase),
  }));
  return (
    <>
      <p className="report-summary">
        {t('reports.outcomes.counted', { courses: report.courses, citizens: report.citizens })}
      </p>
      <DomainsSection domains={report.domains} />
      <ShareSection
        title={t('reports.housing.title')}
        labelHeader={t('reports.housing.outcome')}
        rows={rows(HOUSING_OUTCOMES, report.housing, (key) => t(`reports.housing.${key}`), NATIONAL_EVALUATION.housing)}
        withNational
      />
      <ShareSection
        title={t('reports.phases.title')}
        labelHeader={t('reports.phases.phase')}
        rows={phaseRows}
        extraHeader={t('reports.phases.medianDaysHeader')}
      />
      <ShareSection
        title={t('reports.closure.title')}
        labelHeader={t('reports.closure.reason')}
        rows={rows(CLOSURE_REASONS, report.coursesByClosureReason, (key) => t(`reports.closure.${key}`))}
      />
      <section className="report-section">
        <h2>{t('reports.background.title')}</h2>
        <ShareSection
          level={3}
          title={t('reports.background.gender')}
          labelHeader={t('reports.background.gender')}
          rows={rows(
            LEGAL_GENDERS,
            report.background.gender,
            (key) => t(`reports.gender.${key}`),
            NATIONAL_EVALUATION.gender,
          )}
          withNational
        />
        <ShareSection
          level={3}
          title={t('reports.background.ageBand')}
          labelHeader={t('reports.background.ageBand')}
          rows={rows(
            AGE_BANDS,
            report.background.ageBand,
            (key) => t(`reports.ageBand.${key}`),
            NATIONAL_EVALUATION.ageBand,
          )}
          withNational
        />
        <ShareSection
          level={3}
          title={t('reports.background.incomeType')}
          labelHeader={t('reports.background.incomeType')}
          rows={rows(
            INCOME_TYPES,
            report.background.incomeType,
            (key) => t(`income.${key}`),
            NATIONAL_EVALUATION.incomeType,
          )}
          withNational
        />
      </section>
      <ShareSection
        title={t('reports.escalations.title', { count: report.escalations.started })}
        labelHeader={t('reports.escalations.ending')}
        rows={rows(['resolved', 'endedByClosure', 'running'] as const, report.escalations, (key) =>
          t(`reports.escalations.${key}`),
        )}
      />
      <section className="report-section">
        <h2>{t('reports.economy.title')}</h2>
        <dl className="facts">
          {ANCHORINGS.map((anchoring) => (
            <div key={anchoring}>
              <dt>{t(`anchoring.${anchoring}`)}</dt>
              <dd>
                {t('reports.economy.started', {
                  count: report.economy.coursesStarted[anchoring],
                  cost: formatKroner(report.economy.firstYearCostPerCourseDkk[anchoring]),
                })}
              </dd>
            </div>
          ))}
          <div>
            <dt>{t('reports.economy.total')}</dt>
            <dd>{formatKroner(report.economy.firstYearCostDkk)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
