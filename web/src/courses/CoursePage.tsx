import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '@web/auth/use-me';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { AppointmentsSection } from './AppointmentsSection';
import { AssessmentsSection } from './assessments/AssessmentsSection';
import { ContactForm } from './ContactForm';
import { LadderSection } from './LadderSection';
import { useCourse, useCourseEvents } from './use-course';

/**
 * A course: the citizen, the phase and engagement, and for its case manager the day's work
 * (contact, outreach ladder, appointments); then the event log in words, newest first.
 */
export function CoursePage() {
  const { t } = useTranslation();
  const { courseId } = useParams() as { courseId: string };
  const course = useCourse(courseId);
  const events = useCourseEvents(courseId);
  const me = useMe(true);
  if (course.error) return <ProblemAlert problem={course.error} />;
  if (!course.data) return <p>{t('common.loading')}</p>;
  const { citizen, phase, engagement, caseManagerId } = course.data;
  const caseManaging = !!me.data && caseManagerId === me.data.id && phase !== 'closed';
  return (
    <>
      <h1>
        {citizen.name} <span className="cpr">({citizen.cpr})</span>
      </h1>
      <p>
        {t('course.phase')}: <strong>{t(`phase.${phase}`)}</strong> · {t('course.engagement')}:{' '}
        <strong>{t(`engagement.${engagement}`)}</strong>
      </p>
      {caseManaging && (
        <div className="course-work">
          <ContactForm courseId={courseId} version={course.data.version} />
          <LadderSection courseId={courseId} version={course.data.version} canAcknowledge />
          <AppointmentsSection courseId={courseId} version={course.data.version} canChange />
        </div>
      )}
      <AssessmentsSection course={course.data} canRecord={caseManaging} />
      <h2>{t('course.timeline')}</h2>
      {events.error && <ProblemAlert problem={events.error} />}
      <ol className="timeline" reversed>
        {[...(events.data ?? [])].reverse().map((event) => (
          <li key={event.seq}>
            <strong>{t(`event.${event.type}`, { defaultValue: event.type })}</strong>
            <span className="timeline-meta">
              {' '}
              · {formatDateTime(event.occurredAt)} ·{' '}
              {event.actorRoles.length > 0
                ? event.actorRoles.map((role) => t(`role.${role}`)).join(', ')
                : t('course.system')}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
