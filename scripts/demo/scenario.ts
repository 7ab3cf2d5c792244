import { OUTCOME_DOMAINS } from '@workflows/icm-course';
import type { Actor, ApiClient } from '@scripts/support/api-client';

export interface DemoCourse {
  citizen: string;
  courseId: string;
}

export interface DemoCast {
  /** Hires the others; the queue dashboard and the staff directory are for admins only. */
  admin: Actor;
  /** Answers a citizen's request for insight: who read their data. */
  auditor: Actor;
  caseworker: Actor;
  committee: Actor[];
  caseManagers: Actor[];
  teamLead: Actor;
}

const REFERRAL = {
  legalBasis: 'SEL_85',
  actionPlanStatus: 'in_progress',
  otherPlans: [{ kind: 'job_plan', reference: 'JC-2026-0042' }],
  incomeType: 'cash_benefit',
  consent: true,
};

export async function hireStaff(api: ApiClient): Promise<DemoCast> {
  // The first admin of an installation comes from outside the API (npm run add-admin); here a token.
  const admin = await api.staff(await api.admin(), 'Helle (admin)', ['admin']);
  const team = { teamId: 'aarhus-icm-1' };
  return {
    admin,
    auditor: await api.staff(admin, 'Ib (auditor)', ['auditor']),
    caseworker: await api.staff(admin, 'Anne (caseworker)', ['caseworker'], team),
    committee: [
      await api.staff(admin, 'Bo (committee)', ['committee_member']),
      await api.staff(admin, 'Cecilie (committee)', ['committee_member']),
    ],
    caseManagers: [
      await api.staff(admin, 'Dorte (case manager)', ['case_manager'], team),
      await api.staff(admin, 'Erik (case manager)', ['case_manager'], team),
      await api.staff(admin, 'Frida (case manager)', ['case_manager'], team),
    ],
    teamLead: await api.staff(admin, 'Gitte (team lead)', ['team_lead'], team),
  };
}

const UNCHANGED = Object.fromEntries(OUTCOME_DOMAINS.map((domain) => [domain, 'unchanged']));

const JENS_PLAN = {
  citizenWishes: 'A flat of my own, and to get my medicine sorted out.',
  resources: ['Keeps appointments he has agreed to himself', 'A brother in Aarhus'],
  goals: [
    { area: 'housing', goal: 'Move into a flat of his own' },
    { area: 'drugs', goal: 'Start outpatient treatment' },
    { area: 'mental_illness', goal: 'Stable psychiatric follow-up' },
  ],
  services: [
    { kind: 'treatment', provider: 'Misbrugscenter Nord', contact: { name: 'Lone Madsen', phone: '+45 87 13 00 00' } },
    { kind: 'psychiatry', provider: 'Outpatient psychiatry', contact: { name: 'Dr. Holm' }, status: 'started' },
    { kind: 'job_centre', contact: { name: 'Sanne Kjær' } },
    { kind: 'transport_voucher', contact: { name: 'Dorte (case manager)' } },
  ],
  linkedPlans: [
    { kind: 'section_141_action_plan', reference: 'HP-2026-0117', status: 'in_progress' },
    { kind: 'job_plan', reference: 'JC-2026-0042', status: 'exists' },
  ],
};

const LARS_PLAN = {
  citizenWishes: 'Somewhere to sleep that is not the street.',
  resources: ['Young, and wants things to change'],
  goals: [
    { area: 'housing', goal: 'A room at a youth housing scheme' },
    { area: 'alcohol', goal: 'Fewer days drinking' },
  ],
  services: [{ kind: 'shelter', provider: 'Youth shelter', contact: { name: 'Night staff' }, status: 'started' }],
  linkedPlans: [{ kind: 'section_141_action_plan', status: 'none' }],
};

/** Three citizens through the course, each over the HTTP API as staff would do it. */
export async function walkThreeCitizens(api: ApiClient, cast: DemoCast): Promise<DemoCourse[]> {
  const { caseworker, committee, caseManagers } = cast;
  const refer = async (name: string, cpr: string, details: object) => {
    const { courseId } = await api.call<{ courseId: string }>(caseworker, 'POST', '/referrals', {
      ...REFERRAL,
      ...details,
      citizen: { cpr, name },
    });
    return courseId;
  };
  const send = (actor: Actor, courseId: string, event: object) =>
    api.call(actor, 'POST', `/courses/${courseId}/events`, event);
  const assess = (actor: Actor, courseId: string, assessment: object) =>
    api.call(actor, 'POST', `/courses/${courseId}/assessments`, { domains: UNCHANGED, ...assessment });

  const jens = await refer('Jens', '120398-1237', {
    problemAreas: ['drugs', 'mental_illness', 'physical_health', 'economy', 'social_network'],
    housingSituation: 'shelter',
    whereabouts: 'Shelter on Sønder Allé; the day centre most afternoons',
    reason: 'Long-term homeless; treatment, psychiatry and job centre involved, nobody coordinating',
  });
  await send(committee[0], jens, {
    type: 'INFO_REQUESTED',
    questions: ['Has the citizen been assessed by psychiatry?'],
  });
  await send(caseworker, jens, {
    type: 'INFO_PROVIDED',
    answers: 'Yes, outpatient psychiatry in March; report attached to the case.',
  });
  await send(committee[0], jens, {
    type: 'VISITATION_APPROVED',
    caseManagerId: caseManagers[0].id,
    reason: 'Target group: 5 problem areas, homeless',
  });
  await assess(caseManagers[0], jens, { kind: 'baseline', housingStatus: 'temporary', problematicUseDays: 18 });
  await api.call(caseManagers[0], 'POST', `/courses/${jens}/plan`, JENS_PLAN);
  await api.call(caseManagers[0], 'POST', `/courses/${jens}/plan/approval`);
  await send(caseManagers[0], jens, { type: 'NOTE_ADDED', text: 'Went with Jens to the GP; follow-up booked.' });
  await send(caseManagers[0], jens, { type: 'REASSESSMENT_STARTED' });
  await assess(caseManagers[0], jens, {
    kind: 'reassessment',
    nextPhase: 'coordination',
    housingStatus: 'own_home',
    problematicUseDays: 9,
    domains: { ...UNCHANGED, drugs: 'positive', economy: 'positive' },
  });

  const karen = await refer('Karen', '050791-2344', {
    problemAreas: ['economy'],
    housingSituation: 'own_home',
    reason: 'Debt problems, at risk of eviction',
  });
  await send(committee[1], karen, {
    type: 'VISITATION_REJECTED',
    reason: 'One problem area; ordinary housing support fits better',
    alternative: 'ordinary_section_85',
  });

  const lars = await refer('Lars', '230301-4455', {
    problemAreas: ['alcohol', 'cannabis', 'mental_illness', 'daily_functioning'],
    housingSituation: 'street',
    whereabouts: 'Sleeps rough near the central station',
    reason: 'Young, homeless, substance use and untreated mental illness',
  });
  await send(committee[0], lars, { type: 'VISITATION_APPROVED', caseManagerId: caseManagers[1].id });
  await assess(caseManagers[1], lars, { kind: 'baseline', housingStatus: 'homeless', problematicUseDays: 25 });
  await api.call(caseManagers[1], 'POST', `/courses/${lars}/plan`, LARS_PLAN);
  await api.call(caseManagers[1], 'POST', `/courses/${lars}/plan/approval`);
  await send(caseManagers[1], lars, { type: 'FOLLOW_UP_STARTED' });
  await send(caseManagers[1], lars, { type: 'REASSESSMENT_STARTED' });
  await assess(caseManagers[1], lars, {
    kind: 'reassessment',
    nextPhase: 'planning',
    housingStatus: 'homeless',
    problematicUseDays: 27,
    domains: { ...UNCHANGED, mental_illness: 'negative' },
  });

  return [
    { citizen: 'Jens', courseId: jens },
    { citizen: 'Karen', courseId: karen },
    { citizen: 'Lars', courseId: lars },
  ];
}

/** The course of one of the three citizens. */
export function courseOf(courses: DemoCourse[], citizen: string): string {
  const course = courses.find((candidate) => candidate.citizen === citizen);
  if (!course) throw new Error(`The demo has no course for ${citizen}`);
  return course.courseId;
}

export interface LadderView {
  status: string;
  level: number;
  steps: {
    step: number;
    level: number;
    task: string;
    dueAt: string;
    status: string;
    fired: { firedAt: string } | null;
  }[];
}

/** Level 3 is due seconds after the miss with the demo's timers; a minute means the worker is not firing them. */
const LEVEL_3_WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Lars misses a treatment appointment nobody registers: it becomes missed by itself, the outreach
 * ladder climbs to level 3 (the demo's delays are seconds), and an outreach visit that finds him
 * ends it, and they book the new treatment time for tomorrow. Returns the ladder as the API shows it.
 */
export async function missAndReengage(api: ApiClient, cast: DemoCast, lars: string): Promise<LadderView> {
  const caseManager = cast.caseManagers[1];
  const now = Date.now();
  await api.call(caseManager, 'POST', `/courses/${lars}/appointments`, {
    kind: 'treatment',
    service: 'Alcohol treatment, outpatient',
    location: 'Misbrugscenter, Vestergade 12',
    startsAt: new Date(now - 60 * 60_000).toISOString(),
    endsAt: new Date(now + 500).toISOString(),
  });
  const ladder = async () => (await api.call<LadderView[]>(cast.teamLead, 'GET', `/courses/${lars}/escalations`))[0];
  for (let waited = 0; (await ladder())?.level !== 3; waited += 250) {
    if (waited >= LEVEL_3_WAIT_MS)
      throw new Error(`Lars's outreach ladder did not reach level 3 within ${LEVEL_3_WAIT_MS / 1000} s`);
    await sleep(250);
  }
  await api.call(caseManager, 'POST', `/courses/${lars}/contacts`, {
    at: new Date().toISOString(),
    channel: 'outreach_visit',
    successful: true,
    whereabouts: 'Found him at the day centre; agreed on a new treatment time',
  });
  const tomorrow = new Date(now + 24 * 60 * 60_000);
  tomorrow.setUTCHours(9, 0, 0, 0);
  await api.call(caseManager, 'POST', `/courses/${lars}/appointments`, {
    kind: 'treatment',
    service: 'Alcohol treatment, outpatient',
    location: 'Misbrugscenter, Vestergade 12',
    startsAt: tomorrow.toISOString(),
    endsAt: new Date(tomorrow.getTime() + 60 * 60_000).toISOString(),
  });
  return ladder();
}
