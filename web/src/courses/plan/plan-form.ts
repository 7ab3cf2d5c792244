import { GOAL_AREAS, type GoalArea } from '@src/plans/plan-vocabulary';
import { Problem } from '@web/api/problem';
import type { PlanBody, PlanVersion, ServiceStatus } from './use-plan';

export interface ServiceFields {
  /** Set for a service carried over from the last version: it keeps its status. (Not `id`, which the field array uses.) */
  serviceId?: string;
  status?: ServiceStatus;
  kind: string;
  provider: string;
  contact: { name: string; phone: string; email: string };
}

export interface LinkedPlanFields {
  kind: string;
  reference: string;
  status: string;
}

/**
 * The form of a new version. Resources and each area's goals are one per line in a text box; the
 * services and linked plans have the body's own shape, so that a 422 names their fields directly.
 */
export interface PlanFields {
  citizenWishes: string;
  resources: string;
  goals: Record<GoalArea, string>;
  services: ServiceFields[];
  linkedPlans: LinkedPlanFields[];
}

export const newService = (): ServiceFields => ({
  kind: 'treatment',
  provider: '',
  contact: { name: '', phone: '', email: '' },
});

export const newLinkedPlan = (): LinkedPlanFields => ({
  kind: 'section_141_action_plan',
  reference: '',
  status: 'exists',
});

/** The last version as the start of the next one; the first version starts empty. */
export function fieldsFrom(last: PlanVersion | null): PlanFields {
  const goals = Object.fromEntries(GOAL_AREAS.map((area) => [area, ''])) as Record<GoalArea, string>;
  for (const area of GOAL_AREAS) {
    goals[area] = (last?.goals ?? [])
      .filter((goal) => goal.area === area)
      .map((goal) => goal.goal)
      .join('\n');
  }
  return {
    citizenWishes: last?.citizenWishes ?? '',
    resources: (last?.resources ?? []).join('\n'),
    goals,
    services: (last?.services ?? []).map((service) => ({
      serviceId: service.id,
      status: service.status,
      kind: service.kind,
      provider: service.provider ?? '',
      contact: {
        name: service.contact.name,
        phone: service.contact.phone ?? '',
        email: service.contact.email ?? '',
      },
    })),
    linkedPlans: (last?.linkedPlans ?? []).map((linked) => ({
      kind: linked.kind,
      reference: linked.reference ?? '',
      status: linked.status,
    })),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

type Service = PlanBody['services'][number];

const optional = (text: string) => text.trim() || undefined;

export function bodyOf(fields: PlanFields): PlanBody {
  return {
    citizenWishes: fields.citizenWishes.trim(),
    resources: lines(fields.resources),
    goals: GOAL_AREAS.flatMap((area) => lines(fields.goals[area]).map((goal) => ({ area, goal }))),
    // A carried-over service sends its id and no status: its status moves through its own route. (The
    // generated type calls `status` required because the API gives it a default.)
    services: fields.services.map((service) => ({
      id: service.serviceId,
      kind: service.kind as Service['kind'],
      provider: optional(service.provider),
      contact: {
        name: service.contact.name.trim(),
        phone: optional(service.contact.phone),
        email: optional(service.contact.email),
      },
    })) as Service[],
    linkedPlans: fields.linkedPlans.map((linked) => ({
      kind: linked.kind as PlanBody['linkedPlans'][number]['kind'],
      reference: optional(linked.reference),
      status: linked.status as PlanBody['linkedPlans'][number]['status'],
    })),
  };
}

/**
 * A 422 on the body, named by the form's fields: `resources.2` is the resources box, `goals.3.goal`
 * the box of the fourth goal's area. Other fields have the body's shape already.
 */
export function formProblem(problem: unknown, sent: PlanBody | undefined): unknown {
  if (!(problem instanceof Problem) || !problem.body.errors || !sent) return problem;
  const fieldOf = (field: string) => {
    const [head, index] = field.split('.');
    if (head === 'resources') return 'resources';
    const area = head === 'goals' ? sent.goals[Number(index)]?.area : undefined;
    return area ? `goals.${area}` : field;
  };
  return new Problem({
    ...problem.body,
    errors: problem.body.errors.map((error) => ({ ...error, field: fieldOf(error.field) })),
  });
}
