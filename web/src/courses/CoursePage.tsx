import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '@web/auth/use-me';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { AppointmentsSection } from './AppointmentsSection';
import { ClosureSection } from './closure/ClosureSection';
import { AssessmentsSection } from './assessments/AssessmentsSection';
import { ContactForm } from './ContactForm';
import { LadderSection } from './LadderSection';
import { NoteForm } from './NoteForm';
import { PhaseSteps } from './PhaseSteps';
import { PlanSection } from './plan/PlanSection';
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
  const canNote =
    phase !== 'closed' &&
    course.data.allowedEvents.includes('NOTE_ADDED') &&
    !!me.data?.roles.some((role) => ['case_manager', 'team_lead', 'caseworker'].includes(role));
  // The team lead reads the course only when it is their team's: deciding its closure is theirs.
  const closureRole = caseManaging ? 'case_manager' : me.data?.roles.includes('team_lead') ? 'team_lead' : 'reader';
  return (
    <>
      <h1>
        {citizen.name} <span className="cpr">({citizen.cpr})</span>
      </h1>
      <PhaseSteps phase={phase} />
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
      <PlanSection course={course.data} canChange={caseManaging} />
      <AssessmentsSection course={course.data} canRecord={caseManaging} />
      <ClosureSection course={course.data} role={closureRole} />
      <h2>{t('course.timeline')}</h2>
      {canNote && <NoteForm courseId={courseId} version={course.data.version} />}
      {events.error && <ProblemAlert problem={events.error} />}
      <ol className="timeline" reversed>
        {[...(events.data ?? [])].reverse().map((event) => (
          <li key={event.seq}>
            <strong>{t(`event.${event.type}`, { defaultValue: event.type })}</strong>
            {event.type === 'NOTE_ADDED' && `: ${(event.payload as { text: string }).text}`}
            <span className="timeline-meta">
              {' '}
              · {formatDateTime(event.occurredAt)} ·{' '}
              {event.actorName === null
                ? t('course.system')
                : `${event.actorName} (${event.actorRoles.map((role) => t(`role.${role}`)).join(', ')})`}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
