import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { type CourseEvent, useCourse, useCourseEvents } from '@web/courses/use-course';
import { DecisionPanel } from './DecisionPanel';
import { useReferral } from './use-visitation';

/** One referral as the committee reads it: what the caseworker sent, questions, answers and votes. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { courseId } = useParams() as { courseId: string };
  const referral = useReferral(courseId);
  const course = useCourse(courseId);
  const events = useCourseEvents(courseId);
  const failed = referral.error ?? course.error;
  if (failed) return <ProblemAlert problem={failed} />;
  if (!referral.data || !course.data) return <p>{t('common.loading')}</p>;
  const entry = referral.data;
  const votes = (events.data ?? []).filter((event) => event.type === 'VISITATION_APPROVED');
  return (
    <>
      <h1>
        {course.data.citizen.name} <span className="cpr">({entry.citizen.cpr})</span>
      </h1>
      <p>
        {t('referralPage.state')}:{' '}
        <strong>{t(`state.${course.data.state}`, { defaultValue: course.data.state })}</strong>
      </p>
      <div className="referral-columns">
        <section aria-labelledby="sent">
          <h2 id="sent">{t('referralPage.sent')}</h2>
          <dl className="facts">
            <dt>{t('queue.age')}</dt>
            <dd>
              {entry.eligibility.age} {entry.eligibility.youth && <span className="tag">{t('queue.youth')}</span>}
            </dd>
            <dt>{t('referral.problemAreas')}</dt>
            <dd>
              {entry.problemAreas.map((area) => t(`domain.${area}`)).join(', ')} (
              {entry.eligibility.meetsProblemAreaThreshold
                ? t('referralPage.thresholdMet')
                : t('referralPage.thresholdNotMet')}
              )
            </dd>
            <dt>{t('referral.housingSituation')}</dt>
            <dd>{t(`housing.${entry.housingSituation}`)}</dd>
            <dt>{t('referral.whereabouts')}</dt>
            <dd>{entry.whereabouts ?? '–'}</dd>
            <dt>{t('referral.legalBasis')}</dt>
            <dd>§ 85</dd>
            <dt>{t('referral.actionPlanStatus')}</dt>
            <dd>{t(`actionPlan.${entry.actionPlanStatus}`)}</dd>
            <dt>{t('referral.incomeType')}</dt>
            <dd>{t(`income.${entry.incomeType}`)}</dd>
            <dt>{t('referral.reason')}</dt>
            <dd>{entry.reason}</dd>
          </dl>
          {entry.eligibility.unmet.length > 0 && (
            <p className="unmet">{t('referralPage.unmet', { count: entry.eligibility.unmet.length })}</p>
          )}
        </section>
        <section aria-labelledby="dialogue">
          <h2 id="dialogue">{t('referralPage.dialogue')}</h2>
          <Dialogue events={events.data ?? []} />
          <h2>{t('referralPage.votes')}</h2>
          <p>{t('referralPage.approvals', { count: votes.length })}</p>
        </section>
      </div>
      <DecisionPanel course={course.data} />
    </>
  );
}

function Dialogue({ events }: { events: CourseEvent[] }) {
  const { t } = useTranslation();
  const exchanges = events.filter((event) => event.type === 'INFO_REQUESTED' || event.type === 'INFO_PROVIDED');
  if (exchanges.length === 0) return <p>{t('referralPage.noQuestions')}</p>;
  return (
    <ol className="timeline">
      {exchanges.map((event) => (
        <li key={event.seq}>
          <strong>{t(`event.${event.type}`)}</strong>{' '}
          <span className="timeline-meta">{formatDateTime(event.occurredAt)}</span>
          {event.type === 'INFO_REQUESTED' ? (
            <ul>
              {(event.payload as { questions: string[] }).questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          ) : (
            <p>{(event.payload as { answers: string }).answers}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
