import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormGroup } from '@web/components/FormGroup';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDate } from '@web/components/format';
import { lastPayload, useCourse, useCourseEvents } from '@web/courses/use-course';
import {
  type QueueEntry,
  type QueueStatus,
  QUEUE_STATUSES,
  useProvideInformation,
  useReferralsByStatus,
} from './use-referrals';

/** What became of a decided referral, read from its course's state. */
const outcomeOf = (entry: QueueEntry): 'waitlisted' | 'approved' | 'rejected' =>
  entry.state === 'visitation.waitlisted' ? 'waitlisted' : entry.state.startsWith('closed') ? 'rejected' : 'approved';

/** The caseworker's referrals, newest first, each with what happened to it. */
export function MyReferralsPage() {
  const { t } = useTranslation();
  const results = useReferralsByStatus();
  const entries = QUEUE_STATUSES.flatMap((status, index) =>
    (results[index].data ?? []).map((entry) => ({ entry, status })),
  ).sort((a, b) => Date.parse(b.entry.referredAt) - Date.parse(a.entry.referredAt));
  const failed = results.find((result) => result.error)?.error;
  return (
    <>
      <h1>{t('myReferrals.title')}</h1>
      <p>
        <Link to="/henvisninger/ny" className="button button-primary">
          {t('nav.newReferral')}
        </Link>
      </p>
      {failed && <ProblemAlert problem={failed} />}
      {results.every((result) => result.data) && entries.length === 0 && <p>{t('myReferrals.empty')}</p>}
      <ul className="nobullet-list referral-list">
        {entries.map(({ entry, status }) => (
          <li key={entry.courseId} className="referral-card">
            <ReferralSummary entry={entry} status={status} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ReferralSummary({ entry, status }: { entry: QueueEntry; status: QueueStatus }) {
  const { t } = useTranslation();
  const course = useCourse(entry.courseId);
  const label = status === 'decided' ? t(`referralStatus.${outcomeOf(entry)}`) : t(`referralStatus.${status}`);
  return (
    <>
      <h2 className="h3">
        <Link to={`/forloeb/${entry.courseId}`}>{course.data?.citizen.name ?? entry.citizen.cpr}</Link>{' '}
        <span className="cpr">({entry.citizen.cpr})</span>
      </h2>
      <p>
        {t('myReferrals.referredAt', { date: formatDate(entry.referredAt) })} ·{' '}
        <strong className="referral-status">{label}</strong>
      </p>
      {status === 'information_requested' && <AnswerInformationRequest courseId={entry.courseId} />}
      {status === 'decided' && outcomeOf(entry) === 'rejected' && <RejectionAlternative courseId={entry.courseId} />}
    </>
  );
}

function RejectionAlternative({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const events = useCourseEvents(courseId);
  const rejection = lastPayload<{ alternative?: string; reason?: string }>(events.data, 'VISITATION_REJECTED');
  if (!rejection) return null;
  return (
    <p>
      {t('myReferrals.alternative')}: <strong>{t(`alternative.${rejection.alternative ?? 'other'}`)}</strong>
      {rejection.reason && <> – {rejection.reason}</>}
    </p>
  );
}

function AnswerInformationRequest({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const events = useCourseEvents(courseId);
  const provide = useProvideInformation();
  const [answers, setAnswers] = useState('');
  const [missing, setMissing] = useState(false);
  const request = lastPayload<{ questions: string[] }>(events.data, 'INFO_REQUESTED');
  return (
    <form
      className="information-request"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!answers.trim()) return setMissing(true);
        provide.mutate({ courseId, answers: answers.trim() });
      }}
    >
      <h3 className="h4">{t('myReferrals.questions')}</h3>
      <ul>
        {request?.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      {provide.error && <ProblemAlert problem={provide.error} />}
      <FormGroup label={t('myReferrals.answers')} error={missing ? t('referral.required') : undefined}>
        {(field) => (
          <textarea
            {...field}
            className="form-input"
            rows={4}
            value={answers}
            onChange={(event) => {
              setMissing(false);
              setAnswers(event.target.value);
            }}
          />
        )}
      </FormGroup>
      <button type="submit" className="button button-primary" disabled={provide.isPending}>
        {t('myReferrals.sendAnswers')}
      </button>
    </form>
  );
}
