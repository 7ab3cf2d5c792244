import { useTranslation } from 'react-i18next';
import { type ChartSeries, ShareChart } from './ShareChart';
import { type ShareRow, ShareTable } from './ShareTable';

/** One part of a report: its shares as a bar chart, and the same figures in a table beside it. */
export function ShareSection({
  title,
  level = 2,
  labelHeader,
  rows,
  withNational = false,
  extraHeader,
}: {
  title: string;
  level?: 2 | 3;
  labelHeader: string;
  rows: ShareRow[];
  withNational?: boolean;
  extraHeader?: string;
}) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  const series: ChartSeries[] = [
    { key: 'here', name: t('reports.here') },
    ...(withNational ? [{ key: 'national', name: t('reports.national'), hatched: true }] : []),
  ];
  const groups = rows.map((row) => ({
    key: row.key,
    label: row.label,
    bars: [
      { series: 'here', value: row.share.share },
      ...(withNational && row.national != null ? [{ series: 'national', value: row.national }] : []),
    ],
  }));
  return (
    <section className="report-section">
      <Heading>{title}</Heading>
      <div className="report-figure">
        <ShareChart title={title} series={series} groups={groups} />
        <ShareTable
          caption={title}
          labelHeader={labelHeader}
          rows={rows}
          withNational={withNational}
          extraHeader={extraHeader}
        />
      </div>
    </section>
  );
}
