import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem } from '@web/api/problem';
import { Alert } from '@web/components/Alert';
import { ProblemAlert } from '@web/components/ProblemAlert';
import type { Course } from '@web/courses/use-course';
import { useReloadCourse } from '@web/courses/use-course-mutation';
import { PlanComparison } from './PlanComparison';
import { PlanForm } from './PlanForm';
import { PlanView } from './PlanView';
import { ServiceMoves } from './ServiceMoves';
import { useApprovePlan, useCurrentPlan, useMoveService } from './use-plan';

type Showing = 'current' | 'draft' | 'comparison';

/**
 * The citizen's plan on the course page: the current version for whoever reads the case file; for
 * the case manager also approving the latest draft, moving services on and drafting a new version.
 * What the course takes now (`allowedEvents`) decides which of those are offered.
 */
export function PlanSection({ course, canChange }: { course: Course; canChange: boolean }) {
  const { t } = useTranslation();
  const plan = useCurrentPlan(course.id);
  const approve = useApprovePlan(course.id);
  const move = useMoveService(course.id);
  const reload = useReloadCourse(course.id);
  const [showing, setShowing] = useState<Showing>('current');
  const [saved, setSaved] = useState(false);
  // The plan is part of the case file, which not every reader of the course may see (the committee).
  if (plan.error instanceof Problem && plan.error.status === 403) return null;
  const current = plan.data;
  const takes = (event: string) => canChange && course.allowedEvents.includes(event);
  const canApprove = takes('PLAN_APPROVED') && !!current && !current.approvedAt;
  const show = (next: Showing) => {
    setSaved(false);
    approve.reset();
    setShowing(next);
  };
  return (
    <section aria-labelledby="plan" className="plan-section">
      <h2 id="plan">{t('plan.title')}</h2>
      {plan.error && <ProblemAlert problem={plan.error} />}
      {current === undefined && !plan.error && <p>{t('common.loading')}</p>}
      {current === null && showing !== 'draft' && <p>{t('plan.none')}</p>}
      {saved && <Alert kind="success" heading={t('plan.form.saved')} />}
      {approve.isSuccess && <Alert kind="success" heading={t('plan.approved')} />}
      {approve.error && <ProblemAlert problem={approve.error} onReload={reload} />}
      {move.error && <ProblemAlert problem={move.error} onReload={reload} />}
      {current !== undefined && (
        <div className="plan-actions">
          {canApprove && showing === 'current' && (
            <button
              type="button"
              className="button button-primary"
              disabled={approve.isPending}
              onClick={() => approve.mutate({ version: course.version, body: undefined })}
            >
              {t('plan.approve')}
            </button>
          )}
          {takes('PLAN_DRAFTED') && showing !== 'draft' && (
            <button type="button" className="button button-secondary" onClick={() => show('draft')}>
              {t('plan.newVersion')}
            </button>
          )}
          {current && current.version > 1 && showing !== 'comparison' && (
            <button type="button" className="button button-secondary" onClick={() => show('comparison')}>
              {t('plan.compare')}
            </button>
          )}
          {current && showing !== 'current' && (
            <button type="button" className="button button-tertiary" onClick={() => show('current')}>
              {t('plan.showCurrent')}
            </button>
          )}
        </div>
      )}
      {showing === 'draft' && current !== undefined && (
        <PlanForm
          courseId={course.id}
          version={course.version}
          last={current}
          onDone={() => {
            setShowing('current');
            setSaved(true);
          }}
          onCancel={() => show('current')}
        />
      )}
      {showing === 'comparison' && current && <PlanComparison courseId={course.id} latest={current.version} />}
      {showing === 'current' && current && (
        <PlanView
          plan={current}
          level={3}
          serviceActions={
            canChange
              ? (service) => (
                  <ServiceMoves
                    service={service}
                    pending={move.isPending}
                    onMove={(status) =>
                      move.mutate({ version: course.version, body: { serviceId: service.id, status } })
                    }
                  />
                )
              : undefined
          }
        />
      )}
    </section>
  );
}
