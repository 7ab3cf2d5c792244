import { useTranslation } from 'react-i18next';
import { DOMAIN_RATINGS, type DomainRating } from '@src/assessments/assessment-vocabulary';
import { OUTCOME_DOMAINS, type OutcomeDomain } from '@workflows/icm-course/course-vocabulary';
import { formatDate } from '@web/components/format';
import { RatingIcon, RatingMark } from './RatingMark';
import type { Assessment } from './use-assessments';

const STEP = 24;
const HEIGHT = 48;
/** Positive above the line, negative below, unchanged and not relevant on it. */
const LEVEL: Record<DomainRating, number> = { positive: 10, unchanged: 24, negative: 38, not_relevant: 24 };

/** One small chart per domain: a mark per assessment, oldest to the left, with a legend. */
export function DomainCharts({ assessments }: { assessments: Assessment[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('assessment.charts')}</h3>
      <p className="timeline-meta">{t('assessment.chartsHint')}</p>
      <ul className="nobullet-list rating-legend" aria-label={t('assessment.legend')}>
        {DOMAIN_RATINGS.map((rating) => (
          <li key={rating}>
            <RatingIcon rating={rating} /> {t(`assessment.rating.${rating}`)}
          </li>
        ))}
      </ul>
      <div className="domain-charts">
        {OUTCOME_DOMAINS.map((domain) => (
          <DomainChart key={domain} domain={domain} assessments={assessments} />
        ))}
      </div>
    </>
  );
}

function DomainChart({ domain, assessments }: { domain: OutcomeDomain; assessments: Assessment[] }) {
  const { t } = useTranslation();
  const width = STEP + assessments.length * STEP;
  const says = (assessment: Assessment) =>
    t('assessment.chartPoint', {
      kind: t(`assessment.kind.${assessment.kind}`),
      date: formatDate(assessment.recordedAt),
      rating: t(`assessment.rating.${assessment.domains[domain]}`),
    });
  return (
    <figure className="domain-chart">
      <figcaption>{t(`domain.${domain}`)}</figcaption>
      <svg
        role="img"
        aria-label={t('assessment.chartSummary', {
          domain: t(`domain.${domain}`),
          points: assessments.map(says).join('; '),
        })}
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
      >
        <line className="domain-chart-axis" x1={0} x2={width} y1={LEVEL.unchanged} y2={LEVEL.unchanged} />
        {assessments.map((assessment, index) => {
          const rating = assessment.domains[domain];
          return (
            <g key={assessment.id}>
              <title>{says(assessment)}</title>
              <RatingMark rating={rating} x={STEP + index * STEP} y={LEVEL[rating]} />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
