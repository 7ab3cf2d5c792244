import { useTranslation } from 'react-i18next';
import { OUTCOME_DOMAINS } from '@workflows/icm-course/course-vocabulary';
import { formatDate } from '@web/components/format';
import { RatingIcon } from './RatingMark';
import type { Assessment } from './use-assessments';

/** Every assessment, oldest first, one row each; the table scrolls in its own box on a phone. */
export function AssessmentTable({ assessments }: { assessments: Assessment[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive" tabIndex={0} role="region" aria-label={t('assessment.history')}>
      <table className="table table--zebra assessment-table">
        <caption className="sr-only">{t('assessment.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.date')}</th>
            <th scope="col">{t('assessment.kindColumn')}</th>
            {OUTCOME_DOMAINS.map((domain) => (
              <th scope="col" key={domain}>
                {t(`domain.${domain}`)}
              </th>
            ))}
            <th scope="col">{t('assessment.housingStatus')}</th>
            <th scope="col">{t('assessment.useDaysColumn')}</th>
            <th scope="col">{t('assessment.nextPhaseColumn')}</th>
            <th scope="col">{t('assessment.note')}</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((assessment) => (
            <tr key={assessment.id}>
              <th scope="row">{formatDate(assessment.recordedAt)}</th>
              <td>{t(`assessment.kind.${assessment.kind}`)}</td>
              {OUTCOME_DOMAINS.map((domain) => (
                <td key={domain} className="assessment-rating">
                  <RatingIcon rating={assessment.domains[domain]} />{' '}
                  {t(`assessment.rating.${assessment.domains[domain]}`)}
                </td>
              ))}
              <td>{t(`assessment.housing.${assessment.housingStatus}`)}</td>
              <td>{assessment.problematicUseDays ?? t('assessment.notGiven')}</td>
              <td>{assessment.nextPhase ? t(`phase.${assessment.nextPhase}`) : t('assessment.notGiven')}</td>
              <td>{assessment.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
