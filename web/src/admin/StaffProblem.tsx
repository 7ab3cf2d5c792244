import { useTranslation } from 'react-i18next';
import { Problem } from '@web/api/problem';
import { Alert } from '@web/components/Alert';
import { ProblemAlert } from '@web/components/ProblemAlert';

/**
 * A refused change to a staff member: the directory's own conflicts in the admin's words (the
 * generic 409 text speaks of courses), anything else as every page shows it.
 */
export function StaffProblem({ problem, name = '' }: { problem: unknown; name?: string }) {
  const { t } = useTranslation();
  if (problem instanceof Problem && problem.kind === 'staff-has-open-courses') {
    const count = typeof problem.body.caseload === 'number' ? problem.body.caseload : 1;
    return (
      <Alert kind="error" heading={t('staff.editForm.hasOpenCourses', { name })}>
        <p>{t('staff.editForm.hasOpenCoursesText', { count })}</p>
      </Alert>
    );
  }
  // The field says why; the summary says which field, as a 422's does.
  if (problem instanceof Problem && problem.kind === 'identity-subject-taken')
    return (
      <Alert kind="error" heading={t('problem.status.422')}>
        <ul>
          <li>{t('problem.fieldError', { field: t('field.identitySubject') })}</li>
        </ul>
      </Alert>
    );
  return <ProblemAlert problem={problem} />;
}
