import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_AREAS } from '@src/plans/plan-vocabulary';
import { formatDate } from '@web/components/format';
import { goalAreaKey } from './plan-names';
import type { PlannedService, PlanVersion } from './use-plan';

/**
 * One version of the plan: its status, the citizen's wishes and resources, the goals per area, the
 * coordinated services and the linked plans. Beside another version, the goals it does not share
 * are marked as changed.
 */
export function PlanView({
  plan,
  level,
  other,
  serviceActions,
}: {
  plan: PlanVersion;
  level: 3 | 4;
  other?: PlanVersion;
  serviceActions?: (service: PlannedService) => ReactNode;
}) {
  const { t } = useTranslation();
  const Heading = level === 3 ? 'h3' : 'h4';
  const changed = (area: string, goal: string) =>
    !!other && !other.goals.some((theirs) => theirs.area === area && theirs.goal === goal);
  const areas = GOAL_AREAS.filter((area) => plan.goals.some((goal) => goal.area === area));
  return (
    <div className="plan-view">
      <p>
        <strong>{t('plan.version', { version: plan.version })}</strong>{' '}
        <span className={`tag plan-status-${plan.approvedAt ? 'approved' : 'draft'}`}>
          {t(`plan.status.${plan.approvedAt ? 'approved' : 'draft'}`)}
        </span>{' '}
        <span className="timeline-meta">
          · {t('plan.draftedAt', { at: formatDate(plan.draftedAt) })}
          {plan.approvedAt && ` · ${t('plan.approvedAt', { at: formatDate(plan.approvedAt) })}`}
        </span>
      </p>
      <Heading>{t('plan.wishes')}</Heading>
      <p className="plan-text">{plan.citizenWishes}</p>
      <Heading>{t('plan.resources')}</Heading>
      <Items items={plan.resources}>{(resource) => resource}</Items>
      <Heading>{t('plan.goals')}</Heading>
      {areas.length === 0 && <p>{t('plan.noneListed')}</p>}
      <dl className="facts plan-goals">
        {areas.map((area) => (
          <div key={area}>
            <dt>{t(goalAreaKey(area))}</dt>
            {plan.goals
              .filter((goal) => goal.area === area)
              .map(({ goal }, index) => (
                <dd key={index} className={changed(area, goal) ? 'plan-changed' : undefined}>
                  {goal}
                  {changed(area, goal) && <span className="tag">{t('plan.changed')}</span>}
                </dd>
              ))}
          </div>
        ))}
      </dl>
      <Heading>{t('plan.services')}</Heading>
      <Items items={plan.services} className="plan-services">
        {(service) => (
          <>
            <strong>{t(`plan.serviceKind.${service.kind}`)}</strong>
            {service.provider && ` · ${service.provider}`}{' '}
            <span className="tag">{t(`plan.serviceStatus.${service.status}`)}</span>
            <br />
            {t('plan.contact', { name: service.contact.name })}
            {service.contact.phone && ` · ${service.contact.phone}`}
            {service.contact.email && ` · ${service.contact.email}`}
            {serviceActions?.(service)}
          </>
        )}
      </Items>
      <Heading>{t('plan.linkedPlans')}</Heading>
      <Items items={plan.linkedPlans}>
        {(linked) => (
          <>
            {t(`plan.linkedKind.${linked.kind}`)}
            {linked.reference && ` (${linked.reference})`}: {t(`actionPlan.${linked.status}`)}
          </>
        )}
      </Items>
    </div>
  );
}

/** A list, or "none" when it is empty. */
function Items<T>({
  items,
  className,
  children,
}: {
  items: T[];
  className?: string;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p>{t('plan.noneListed')}</p>;
  return (
    <ul className={className}>
      {items.map((item, index) => (
        <li key={index}>{children(item)}</li>
      ))}
    </ul>
  );
}
