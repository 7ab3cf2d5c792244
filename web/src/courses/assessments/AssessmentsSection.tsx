import { useTranslation } from 'react-i18next';
import { Alert } from '@web/components/Alert';
import { ProblemAlert } from '@web/components/ProblemAlert';
import type { Course } from '@web/courses/use-course';
import { useReloadCourse } from '@web/courses/use-course-mutation';
import { assessmentDue } from './assessment-due';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentTable } from './AssessmentTable';
import { DomainCharts } from './DomainCharts';
import { useAssessments, useRecordAssessment, useStartReassessment } from './use-assessments';

/**
 * The assessments of the nine domains: the history as a table and a chart per domain for everyone
 * who reads the course; for its case manager the assessment the course takes now (the baseline in
 * planning, a reassessment in the reassessment phase) or the start of a reassessment.
 */
export function AssessmentsSection({ course, canRecord }: { course: Course; canRecord: boolean }) {
  const { t } = useTranslation();
  const assessments = useAssessments(course.id);
  // Kept here, not in the form: a reassessment moves the course on and the form goes, the confirmation stays.
  const record = useRecordAssessment(course.id);
  const due = assessments.data && assessmentDue(course, assessments.data);
  return (
    <section aria-labelledby="assessments" className="assessments">
      <h2 id="assessments">{t('assessment.title')}</h2>
      {assessments.error && <ProblemAlert problem={assessments.error} />}
      {record.isSuccess && <Alert kind="success" heading={t('assessment.recorded')} />}
      {assessments.data?.length === 0 && <p>{t('assessment.none')}</p>}
      {!!assessments.data?.length && (
        <>
          <AssessmentTable assessments={assessments.data} />
          <DomainCharts assessments={assessments.data} />
        </>
      )}
      {canRecord && due && <AssessmentForm courseId={course.id} version={course.version} kind={due} record={record} />}
      {canRecord && !due && course.allowedEvents.includes('REASSESSMENT_STARTED') && (
        <StartReassessment course={course} onStarted={record.reset} />
      )}
    </section>
  );
}

/** Opens the reassessment phase; the last assessment's confirmation then goes. */
function StartReassessment({ course, onStarted }: { course: Course; onStarted: () => void }) {
  const { t } = useTranslation();
  const start = useStartReassessment(course.id);
  const reload = useReloadCourse(course.id);
  return (
    <div className="start-reassessment">
      {start.error && <ProblemAlert problem={start.error} onReload={reload} />}
      <p>{t('assessment.startHint')}</p>
      <button
        type="button"
        className="button button-secondary"
        disabled={start.isPending}
        onClick={() => start.mutate({ version: course.version, body: undefined }, { onSuccess: onStarted })}
      >
        {t('assessment.start')}
      </button>
    </div>
  );
}
