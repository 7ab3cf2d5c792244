import { OUTCOME_DOMAINS, type OutcomeDomain } from '@workflows/icm-course';
import type { DomainRating } from '@src/assessments/assessment-vocabulary';
import type { DomainRatingsDto, RecordAssessmentDto } from '@src/assessments/dto/record-assessment.dto';
import type { DecideClosureDto } from '@src/closures/dto/decide-closure.dto';
import type { ProposeClosureDto } from '@src/closures/dto/propose-closure.dto';
import type { DraftPlanDto } from '@src/plans/dto/draft-plan.dto';
import type { TestApp } from './test-app';
import type { StaffHandle } from '@test/factories/staff';

/** A complete plan body; callers override what they test. */
export const planBody = (overrides: Partial<DraftPlanDto> = {}): DraftPlanDto => ({
  citizenWishes: 'I want a place of my own and to see my daughter again.',
  resources: ['Good contact with his sister', 'Cooks well'],
  goals: [
    { area: 'housing', goal: 'Own flat before winter' },
    { area: 'drugs', goal: 'Start outpatient treatment' },
  ],
  services: [
    { kind: 'treatment', provider: 'Misbrugscenter Nord', contact: { name: 'Lone Madsen', phone: '+45 87 13 00 00' } },
    { kind: 'housing', provider: 'Boligsocialt team', contact: { name: 'Per Lund', email: 'per.lund@example.dk' } },
  ],
  linkedPlans: [{ kind: 'section_141_action_plan', reference: 'HP-2026-0117', status: 'exists' }],
  ...overrides,
});

export async function draftPlan(api: TestApp, staff: StaffHandle, courseId: string, body = planBody()) {
  return (
    await api.http.post(`/api/v1/courses/${courseId}/plan`).set('Authorization', staff.auth).send(body).expect(201)
  ).body;
}

export function approvePlan(api: TestApp, staff: StaffHandle, courseId: string) {
  return api.http.post(`/api/v1/courses/${courseId}/plan/approval`).set('Authorization', staff.auth).send();
}

/** Drafts a plan and approves it: the course moves from planning to coordination. */
export async function planned(api: TestApp, staff: StaffHandle, courseId: string): Promise<void> {
  await draftPlan(api, staff, courseId);
  await approvePlan(api, staff, courseId).expect(200);
}

/** All nine domains rated `rating`, with some rated otherwise. */
export const ratings = (
  rating: DomainRating = 'unchanged',
  others: Partial<Record<OutcomeDomain, DomainRating>> = {},
): DomainRatingsDto => ({
  ...(Object.fromEntries(OUTCOME_DOMAINS.map((domain) => [domain, rating])) as Record<OutcomeDomain, DomainRating>),
  ...others,
});

export function recordAssessment(
  api: TestApp,
  staff: StaffHandle,
  courseId: string,
  body: Partial<RecordAssessmentDto>,
) {
  return api.http
    .post(`/api/v1/courses/${courseId}/assessments`)
    .set('Authorization', staff.auth)
    .send({ domains: ratings(), housingStatus: 'homeless', ...body });
}

export function proposeClosure(
  api: TestApp,
  staff: StaffHandle,
  courseId: string,
  reason: ProposeClosureDto['reason'],
  justification = 'The citizen no longer needs ICM',
) {
  return api.http
    .post(`/api/v1/courses/${courseId}/closure-proposals`)
    .set('Authorization', staff.auth)
    .send({ reason, justification });
}

export function decideClosure(api: TestApp, teamLead: StaffHandle, proposalId: string, decision: DecideClosureDto) {
  return api.http
    .post(`/api/v1/closure-proposals/${proposalId}/decision`)
    .set('Authorization', teamLead.auth)
    .send(decision);
}

/** The case manager proposes, the team lead approves: the course closes with `reason`. */
export async function closeCourse(
  api: TestApp,
  proposer: StaffHandle,
  teamLead: StaffHandle,
  courseId: string,
  reason: ProposeClosureDto['reason'],
) {
  const proposal = (await proposeClosure(api, proposer, courseId, reason).expect(201)).body;
  return (await decideClosure(api, teamLead, proposal.id, { decision: 'approve' }).expect(200)).body;
}
