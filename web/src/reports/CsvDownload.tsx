import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { type FidelityFilters, type OutcomeFilters, useReportCsv } from './use-reports';

/** The report as shown, with the same filters, as a CSV file for a spreadsheet. */
export function CsvDownload({
  report,
  filters,
}: {
  report: 'outcomes' | 'fidelity';
  filters: OutcomeFilters | FidelityFilters;
}) {
  const { t } = useTranslation();
  const csv = useReportCsv(report, t(`reports.${report}.fileName`, { date: new Date().toISOString().slice(0, 10) }));
  return (
    <div className="report-download">
      <button
        type="button"
        className="button button-secondary"
        disabled={csv.isPending}
        onClick={() => csv.mutate(filters)}
      >
        {t('reports.downloadCsv')}
      </button>
      {csv.error && <ProblemAlert problem={csv.error} />}
    </div>
  );
}
