import { useTranslation } from 'react-i18next';
import { OUTCOME_DOMAINS } from '@workflows/icm-course/course-vocabulary';
import { NATIONAL_EVALUATION } from './national-evaluation';
import { ShareChart } from './ShareChart';
import { formatPercent } from './share-format';
import { ShareValue } from './ShareValue';
import { TableRegion } from './TableRegion';
import type { OutcomeReport } from './use-reports';

/** The nine domains: positive development to the right, negative to the left, beside the national evaluation's. */
export function DomainsSection({ domains }: { domains: OutcomeReport['domains'] }) {
  const { t } = useTranslation();
  const title = t('reports.domains.title');
  const groups = OUTCOME_DOMAINS.map((domain) => ({
    key: domain,
    label: t(`domain.${domain}`),
    bars: [
      { series: 'here', value: domains[domain].positive.share, negative: domains[domain].negative.share },
      {
        series: 'national',
        value: NATIONAL_EVALUATION.domains[domain].positive,
        negative: NATIONAL_EVALUATION.domains[domain].negative,
      },
    ],
  }));
  return (
    <section className="report-section">
      <h2>{title}</h2>
      <p>{t('reports.domains.explained')}</p>
      <div className="report-figure report-figure-stacked">
        <ShareChart
          title={title}
          series={[
            { key: 'here', name: t('reports.here') },
            { key: 'national', name: t('reports.national'), hatched: true },
          ]}
          groups={groups}
          sides={{ negative: t('reports.domains.negative'), positive: t('reports.domains.positive') }}
        />
        <TableRegion label={title}>
          <table className="table table--compact">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.domains.domain')}</th>
                <th scope="col">{t('reports.domains.positive')}</th>
                <th scope="col">{t('reports.domains.positiveNational')}</th>
                <th scope="col">{t('reports.domains.unchanged')}</th>
                <th scope="col">{t('reports.domains.negative')}</th>
                <th scope="col">{t('reports.domains.negativeNational')}</th>
              </tr>
            </thead>
            <tbody>
              {OUTCOME_DOMAINS.map((domain) => (
                <tr key={domain}>
                  <th scope="row">{t(`domain.${domain}`)}</th>
                  <td>
                    <ShareValue share={domains[domain].positive} />
                  </td>
                  <td>{formatPercent(NATIONAL_EVALUATION.domains[domain].positive)}</td>
                  <td>
                    <ShareValue share={domains[domain].unchanged} />
                  </td>
                  <td>
                    <ShareValue share={domains[domain].negative} />
                  </td>
                  <td>{formatPercent(NATIONAL_EVALUATION.domains[domain].negative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </div>
    </section>
  );
}
