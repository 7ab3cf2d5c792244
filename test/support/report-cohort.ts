import { randomUUID } from 'node:crypto';
import type { DomainRatingsDto, RecordAssessmentDto as Assessment } from '@src/assessments/dto/record-assessment.dto';
import { cprAged } from '@test/factories/cpr';
import type { ReferralBody } from '@test/factories/referral-body';
import { closeCourse, planned, ratings, recordAssessment } from './care-planning';
import { appointmentEndingIn, recordContact, registerAttendance, scheduleAppointment } from './engagement';
import type { TestApp } from './test-app';
import type { StaffHandle } from '@test/factories/staff';
import { World } from '@test/factories/world';

/** What the test knows about each course it built: the facts the expected report is computed from by hand. */
export interface CohortCourse {
  name: string;
  courseId: string;
  team: 'A' | 'B' | null;
  gender: 'male' | 'female';
  age: number;
  incomeType: ReferralBody['incomeType'];
  anchoring: 'section_85_administration' | 'section_110_shelter';
  /** Referred after the midpoint of the build (the period filter's test). */
  late: boolean;
  phase: string;
  closureReason: string | null;
  /** Got a case manager. */
  started: boolean;
  /** Housing at the baseline and each reassessment, in order; reassessments are marked. */
  housing: { status: string; reassessment: boolean }[];
  latestRatings: DomainRatingsDto | null;
  ladder: 'resolved' | 'running' | 'endedByClosure' | null;
}

export interface ReportCohort {
  municipality: string;
  teams: { A: string; B: string };
  since: string;
  midpoint: string;
  courses: CohortCourse[];
  caseManagers: { cm1: StaffHandle; cm2: StaffHandle; cm3: StaffHandle };
  teamLead: StaffHandle;
  admin: StaffHandle;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Eight citizens in one municipality, two teams, every phase but coordination, three closure
 * reasons, housing and domain ratings of every kind, three outreach ladders with three endings;
 * plus nine courses of another municipality that only weigh on a case manager's caseload.
 * Everything goes through the API, as staff would do it.
 */
export async function buildReportCohort(api: TestApp): Promise<ReportCohort> {
  const world = new World(api);
  const suffix = randomUUID().slice(0, 8);
  const municipality = `Reportby-${suffix}`;
  const teams = { A: `report-a-${suffix}`, B: `report-b-${suffix}` };
  const inM = { municipality };
  const caseworker = await world.staff(['caseworker'], inM);
  const elsewhere = { municipality: `Elsewhere-${suffix}` };
  const outsider = await world.staff(['caseworker'], elsewhere);
  // Each municipality's committee decides its own referrals.
  const committee = await world.staff(['committee_member'], inM);
  const committeeElsewhere = await world.staff(['committee_member'], elsewhere);
  const cm1 = await world.staff(['case_manager'], { ...inM, teamId: teams.A, name: 'Anna' });
  const cm2 = await world.staff(['case_manager'], { ...inM, teamId: teams.A, name: 'Bent', maxCaseload: 12 });
  const cm3 = await world.staff(['case_manager'], { ...inM, teamId: teams.B, name: 'Carla' });
  const leadA = await world.staff(['team_lead'], { ...inM, teamId: teams.A });
  const leadB = await world.staff(['team_lead'], { ...inM, teamId: teams.B });
  const admin = await world.staff(['admin']);

  const since = new Date().toISOString();
  await sleep(5);
  const refer = async (
    gender: 'male' | 'female',
    age: number,
    incomeType: CohortCourse['incomeType'],
    anchoring: CohortCourse['anchoring'],
  ) =>
    (
      await world.refer(caseworker, {
        citizen: { cpr: cprAged(age, gender), name: 'Report Citizen' },
        incomeType,
        anchoring,
      })
    ).courseId;
  const assign = (courseId: string, caseManager: StaffHandle, decidedBy = committee) =>
    world.send(decidedBy, courseId, { type: 'VISITATION_APPROVED', caseManagerId: caseManager.id }).expect(200);
  const reassess = async (
    cm: StaffHandle,
    courseId: string,
    nextPhase: Assessment['nextPhase'],
    housingStatus: Assessment['housingStatus'],
    domains: DomainRatingsDto,
  ) => {
    await world.send(cm, courseId, { type: 'REASSESSMENT_STARTED' }).expect(200);
    await recordAssessment(api, cm, courseId, { kind: 'reassessment', nextPhase, housingStatus, domains }).expect(201);
  };
  const baseline = (cm: StaffHandle, courseId: string, housingStatus: Assessment['housingStatus']) =>
    recordAssessment(api, cm, courseId, { kind: 'baseline', housingStatus, problematicUseDays: 12 }).expect(201);
  const missAppointment = async (cm: StaffHandle, courseId: string) => {
    const appointment = await scheduleAppointment(api, cm, courseId, appointmentEndingIn(3_600_000));
    await registerAttendance(api, cm, appointment.id, 'missed').expect(200);
  };

  // Four referred before the midpoint, four after.
  const c1 = await refer('male', 20, 'cash_benefit', 'section_85_administration');
  const c2 = await refer('female', 30, 'disability_pension', 'section_110_shelter');
  const c3 = await refer('male', 22, 'cash_benefit', 'section_85_administration');
  const c4 = await refer('female', 17, 'other', 'section_85_administration');
  await sleep(5);
  const midpoint = new Date().toISOString();
  await sleep(5);
  const c5 = await refer('male', 45, 'wage', 'section_110_shelter');
  const c6 = await refer('female', 26, 'cash_benefit', 'section_85_administration');
  const c7 = await refer('male', 24, 'sickness_benefit', 'section_85_administration');
  const c8 = await refer('male', 28, 'cash_benefit', 'section_85_administration');

  const c1Ratings = ratings('unchanged', { alcohol: 'positive', drugs: 'negative', cannabis: 'not_relevant' });
  await assign(c1, cm1);
  await baseline(cm1, c1, 'homeless');
  await planned(api, cm1, c1);
  await reassess(cm1, c1, 'coordination', 'own_home', c1Ratings);
  await closeCourse(api, cm1, leadA, c1, 'no_longer_needed');

  const c2Ratings = ratings('positive', { economy: 'unchanged' });
  await assign(c2, cm1);
  await baseline(cm1, c2, 'own_home');
  await planned(api, cm1, c2);
  await reassess(cm1, c2, 'follow_up', 'lost_home', c2Ratings);

  const c3Ratings = ratings('negative', { alcohol: 'not_relevant' });
  await assign(c3, cm2);
  await baseline(cm2, c3, 'homeless');
  await planned(api, cm2, c3);
  await missAppointment(cm2, c3);
  await recordContact(api, cm2, c3, { successful: true, channel: 'outreach_visit' }).expect(201);
  await reassess(cm2, c3, 'planning', 'temporary', c3Ratings);

  await assign(c4, cm3);
  await planned(api, cm3, c4);
  await missAppointment(cm3, c4);
  await world.send(cm3, c4, { type: 'REASSESSMENT_STARTED' }).expect(200);

  await world
    .send(committee, c5, {
      type: 'VISITATION_REJECTED',
      reason: 'Outside the target group',
      alternative: 'ordinary_section_85',
    })
    .expect(200);
  await world
    .send(committee, c6, { type: 'VISITATION_APPROVED', waitlist: { teamId: teams.B, priority: 'normal' } })
    .expect(200);

  const c8Ratings = ratings('unchanged', { social_network: 'positive', mental_illness: 'negative' });
  await assign(c8, cm3);
  await baseline(cm3, c8, 'temporary');
  await planned(api, cm3, c8);
  await reassess(cm3, c8, 'coordination', 'own_home', ratings('positive'));
  await reassess(cm3, c8, 'coordination', 'homeless', c8Ratings);
  await missAppointment(cm3, c8);
  await closeCourse(api, cm3, leadB, c8, 'moved_away');

  // Nine courses of another municipality: outside every cohort below, but Bent's caseload all the same.
  for (let i = 0; i < 9; i++) {
    const { courseId } = await world.refer(outsider, {
      citizen: { cpr: cprAged(35, 'female'), name: 'Elsewhere Citizen' },
    });
    await assign(courseId, cm2, committeeElsewhere);
  }

  const course = (
    fields: Omit<CohortCourse, 'closureReason' | 'latestRatings' | 'ladder' | 'housing'> & Partial<CohortCourse>,
  ): CohortCourse => ({
    closureReason: null,
    latestRatings: null,
    ladder: null,
    housing: [],
    ...fields,
  });
  const reassessed = (status: string) => ({ status, reassessment: true });
  const base = (status: string) => ({ status, reassessment: false });
  const courses = [
    course({
      name: 'C1',
      courseId: c1,
      team: 'A',
      gender: 'male',
      age: 20,
      incomeType: 'cash_benefit',
      anchoring: 'section_85_administration',
      late: false,
      phase: 'closed',
      closureReason: 'no_longer_needed',
      started: true,
      housing: [base('homeless'), reassessed('own_home')],
      latestRatings: c1Ratings,
    }),
    course({
      name: 'C2',
      courseId: c2,
      team: 'A',
      gender: 'female',
      age: 30,
      incomeType: 'disability_pension',
      anchoring: 'section_110_shelter',
      late: false,
      phase: 'follow_up',
      started: true,
      housing: [base('own_home'), reassessed('lost_home')],
      latestRatings: c2Ratings,
    }),
    course({
      name: 'C3',
      courseId: c3,
      team: 'A',
      gender: 'male',
      age: 22,
      incomeType: 'cash_benefit',
      anchoring: 'section_85_administration',
      late: false,
      phase: 'planning',
      started: true,
      housing: [base('homeless'), reassessed('temporary')],
      latestRatings: c3Ratings,
      ladder: 'resolved',
    }),
    course({
      name: 'C4',
      courseId: c4,
      team: 'B',
      gender: 'female',
      age: 17,
      incomeType: 'other',
      anchoring: 'section_85_administration',
      late: false,
      phase: 'reassessment',
      started: true,
      ladder: 'running',
    }),
    course({
      name: 'C5',
      courseId: c5,
      team: null,
      gender: 'male',
      age: 45,
      incomeType: 'wage',
      anchoring: 'section_110_shelter',
      late: true,
      phase: 'closed',
      closureReason: 'rejected_at_visitation',
      started: false,
    }),
    course({
      name: 'C6',
      courseId: c6,
      team: 'B',
      gender: 'female',
      age: 26,
      incomeType: 'cash_benefit',
      anchoring: 'section_85_administration',
      late: true,
      phase: 'visitation',
      started: false,
    }),
    course({
      name: 'C7',
      courseId: c7,
      team: null,
      gender: 'male',
      age: 24,
      incomeType: 'sickness_benefit',
      anchoring: 'section_85_administration',
      late: true,
      phase: 'referral',
      started: false,
    }),
    course({
      name: 'C8',
      courseId: c8,
      team: 'B',
      gender: 'male',
      age: 28,
      incomeType: 'cash_benefit',
      anchoring: 'section_85_administration',
      late: true,
      phase: 'closed',
      closureReason: 'moved_away',
      started: true,
      housing: [base('temporary'), reassessed('own_home'), reassessed('homeless')],
      latestRatings: c8Ratings,
      ladder: 'endedByClosure',
    }),
  ];
  return { municipality, teams, since, midpoint, courses, caseManagers: { cm1, cm2, cm3 }, teamLead: leadA, admin };
}
