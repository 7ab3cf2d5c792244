import { useTranslation } from 'react-i18next';
import { ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { DOMAIN_RATINGS, type DomainRating } from '@src/assessments/assessment-vocabulary';
import { OUTCOME_DOMAINS, type OutcomeDomain } from '@workflows/icm-course/course-vocabulary';
import { formatDate } from '@web/components/format';
import { RatingIcon, RatingMark } from './RatingMark';
import type { Assessment } from './use-assessments';

const STEP = 28;
const HEIGHT = 56;
/** Positive above the line, negative below, unchanged and not relevant on it. */
const LEVEL: Record<DomainRating, number> = { positive: 1, unchanged: 0, negative: -1, not_relevant: 0 };

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
  const points = assessments.map((assessment, index) => ({
    index,
    level: LEVEL[assessment.domains[domain]],
    rating: assessment.domains[domain],
  }));
  return (
    <figure className="domain-chart">
      <figcaption>{t(`domain.${domain}`)}</figcaption>
      <div
        role="img"
        aria-label={t('assessment.chartSummary', {
          domain: t(`domain.${domain}`),
          points: assessments.map(says).join('; '),
        })}
      >
        <ScatterChart
          width={width}
          height={HEIGHT}
          margin={{ top: 8, right: 12, bottom: 8, left: 12 }}
          accessibilityLayer={false}
        >
          <XAxis type="number" dataKey="index" domain={[-0.5, Math.max(assessments.length - 0.5, 0.5)]} hide />
          <YAxis type="number" dataKey="level" domain={[-1.5, 1.5]} hide />
          <ReferenceLine y={0} className="domain-chart-axis" />
          <Scatter
            data={points}
            isAnimationActive={false}
            shape={(mark: { cx?: number; cy?: number; payload?: { rating: DomainRating } }) => (
              <RatingMark rating={mark.payload!.rating} x={mark.cx ?? 0} y={mark.cy ?? 0} />
            )}
          />
        </ScatterChart>
      </div>
    </figure>
  );
}
