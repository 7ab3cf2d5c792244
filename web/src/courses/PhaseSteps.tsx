import { useTranslation } from 'react-i18next';

/** The course's phases in order; a closed course has passed them all. */
const STEPS = ['referral', 'visitation', 'planning', 'coordination', 'follow_up', 'reassessment'] as const;

/** Where the course is, as a step indicator: done, current (`aria-current="step"`), to come. */
export function PhaseSteps({ phase }: { phase: string }) {
  const { t } = useTranslation();
  const current = STEPS.indexOf(phase as (typeof STEPS)[number]);
  const reached = phase === 'closed' ? STEPS.length : current;
  return (
    <ol className="phase-steps" aria-label={t('course.phases')}>
      {STEPS.map((step, index) => {
        const state = index < reached ? 'done' : index === reached ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`phase-step phase-step-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="sr-only">{t(`course.stepState.${state}`)} </span>
            {t(`phase.${step}`)}
          </li>
        );
      })}
    </ol>
  );
}
