import type { EntityManager } from 'typeorm';
import type { TimerPeriods } from '@workflows/icm-course';
import { COURSE_LOCATORS, CourseFactsRepository, type CourseLocator } from '@src/courses/course-facts.repository';
import { AccessLogRepository } from '@src/access-log/access-log.repository';
import { AppointmentsRepository } from '@src/appointments/appointments.repository';
import { AssessmentsRepository } from '@src/assessments/assessments.repository';
import { StaffIdentities } from '@src/auth/staff-identities';
import { BoardRepository } from '@src/board/board.repository';
import { CalendarFeedRepository } from '@src/calendar/calendar-feed.repository';
import { CitizensRepository } from '@src/citizens/citizens.repository';
import { PersonalDataCipher } from '@src/citizens/personal-data-cipher';
import { ClosureProposalsRepository } from '@src/closures/closure-proposals.repository';
import { AppConfig } from '@src/config/app-config';
import { ContactsRepository } from '@src/contacts/contacts.repository';
import { CoursesRepository } from '@src/courses/courses.repository';
import { EscalationLedger } from '@src/courses/effects/escalation-ledger';
import { TimerSchedule } from '@src/courses/effects/timer-schedule';
import { ErasureRepository } from '@src/data-subject/erasure.repository';
import { PERSONAL_DATA_TABLES, type PersonalDataTable } from '@src/data-subject/personal-data-tables';
import { PersonalRecordsRepository } from '@src/data-subject/personal-records.repository';
import { EscalationsRepository } from '@src/escalations/escalations.repository';
import { IdempotencyRepository } from '@src/idempotency/idempotency.repository';
import { NotificationsRepository } from '@src/notifications/notifications.repository';
import { OutboxRepository } from '@src/outbox/outbox.repository';
import { CourseServicesRepository } from '@src/plans/course-services.repository';
import { PlansRepository } from '@src/plans/plans.repository';
import { UnknownStaffIdentity } from '@src/problems/domain-error';
import { QUEUE_STATUSES } from '@src/referrals/dto/visitation-queue-query.dto';
import { ReferralsRepository } from '@src/referrals/referrals.repository';
import { FidelityReportRepository } from '@src/reports/fidelity-report.repository';
import { OutcomeReportRepository } from '@src/reports/outcome-report.repository';
import { StaffRepository } from '@src/staff/staff.repository';
import { TimersRepository } from '@src/timers/timers.repository';
import { WaitlistRepository } from '@src/waitlist/waitlist.repository';

/** One run of a method, with the answers its statements get in turn where the default ones do not lead through them all. */
export interface SqlCall<T> {
  /** Names the run when one method sends different SQL for different arguments. */
  variant?: string;
  answers?: unknown[];
  run: (subject: T, db: EntityManager) => Promise<unknown>;
}

type Run<T> = SqlCall<T>['run'];

/** A method that reads or writes nothing in the database. */
export const NO_SQL = 'sends no SQL';

/** How a method is run: once, once per variant, or not at all. */
export type MethodRuns<T> = Run<T> | SqlCall<T>[] | typeof NO_SQL;

type PublicMethods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

/** A class that sends SQL, and how to run each of its public methods (the type lists them all). */
export interface SqlSource<T> {
  /** The file, from src/, that the snapshot is named after. */
  file: string;
  create: (db: EntityManager) => T;
  methods: Record<PublicMethods<T>, MethodRuns<T>>;
  /** Private methods, sent through the public ones. */
  internal?: string[];
}

/** Checks a source against its own class, then keeps it in the list of them all. */
const source = <T>(described: SqlSource<T>) => described as unknown as SqlSource<object>;

/** An argument whose fields do not change the statement's text: only those the method reads are given. */
const some = <T>(fields: object = {}): T => fields as T;

const config = Object.assign(new AppConfig(), {
  CPR_ENCRYPTION_KEY: '0'.repeat(64),
  CPR_HASH_KEY: '0'.repeat(64),
  OIDC_MATCH_CLAIM: 'email',
});
const page = { limit: 10, offset: 0 };
const cpr = { digits: '0101901234', birthDate: '1990-01-01', legalGender: 'female' } as const;
const timer = { kind: 'plan_due', subject: 'plan' } as const;
const after = { id: 'id', deliverAt: new Date(0) };
const staffCohort = [null, null];

/** Passes when the call fails with `expected`, as its answers lead it to. */
const failing = (call: Promise<unknown>, expected: abstract new (...args: never[]) => Error) =>
  call.then(
    () => {
      throw new Error(`Expected ${expected.name}`);
    },
    (error: unknown) => {
      if (!(error instanceof expected)) throw error;
    },
  );

const perTable = <Table extends PersonalDataTable>(
  tables: readonly Table[],
  run: (table: Table) => Run<PersonalRecordsRepository>,
) => tables.map((table) => ({ variant: table.table, run: run(table) }));

type ErasedColumns = Extract<PersonalDataTable['erase'], object>['columns'];

const erasesColumns = (table: PersonalDataTable): table is PersonalDataTable & { erase: { columns: ErasedColumns } } =>
  typeof table.erase === 'object';

/** The table's rules, but changing every value, so that the write back runs: the rules' work is not SQL. */
const changingEveryValue = (columns: ErasedColumns): ErasedColumns =>
  Object.fromEntries(Object.entries(columns).map(([name, rule]) => [name, { ...rule, erase: () => 'erased' }]));

/** Every class that sends SQL, and how to run each of its public methods for the snapshot. */
export const SQL_SOURCES: SqlSource<object>[] = [
  source({
    file: 'courses/course-facts.repository.ts',
    create: () => new CourseFactsRepository(config),
    methods: {
      find: Object.keys(COURSE_LOCATORS).map((locator) => ({
        variant: locator,
        run: (facts: CourseFactsRepository, db: EntityManager) =>
          facts.find(db, locator as CourseLocator, 'id', 'staff'),
      })),
    },
  }),
  source({
    file: 'access-log/access-log.repository.ts',
    create: () => new AccessLogRepository(),
    methods: {
      record: (log, db) =>
        log.record(db, [{ staffId: 'staff', role: 'auditor', citizenId: 'citizen', route: 'GET /' }]),
      find: (log, db) => log.find(db, { from: new Date(0), to: new Date(0), ...page }),
      findChunk: (log, db) => log.findChunk(db, { from: new Date(0), to: new Date(0) }, 10),
      purgeExpired: (log, db) => log.purgeExpired(db, 'P1Y'),
    },
  }),
  source({
    file: 'appointments/appointments.repository.ts',
    create: () => new AppointmentsRepository(),
    methods: {
      insert: (appointments, db) => appointments.insert(db, some()),
      find: (appointments, db) => appointments.find(db, 'id'),
      listForCourse: (appointments, db) => appointments.listForCourse(db, 'course'),
      reschedule: (appointments, db) => appointments.reschedule(db, 'id', some()),
      cancel: (appointments, db) => appointments.cancel(db, 'id', undefined),
      registerAttendance: (appointments, db) => appointments.registerAttendance(db, 'id', 'attended', 'staff'),
    },
  }),
  source({
    file: 'assessments/assessments.repository.ts',
    create: () => new AssessmentsRepository(),
    methods: {
      insert: (assessments, db) => assessments.insert(db, some()),
      hasBaseline: (assessments, db) => assessments.hasBaseline(db, 'course'),
      listForCourse: (assessments, db) => assessments.listForCourse(db, 'course'),
    },
  }),
  source({
    file: 'auth/staff-identities.ts',
    create: (db) => new StaffIdentities(db as never, config),
    // Linked to nobody, and the e-mail matches nobody: both statements run.
    methods: {
      callerFor: [
        {
          answers: [[], [[], 0]],
          run: (identities) => failing(identities.callerFor({ sub: 'subject', email: 'a@b.dk' }), UnknownStaffIdentity),
        },
      ],
    },
    internal: ['linkedTo', 'matchOnce'],
  }),
  source({
    file: 'board/board.repository.ts',
    create: () => new BoardRepository(),
    methods: { openCoursesOf: (board, db) => board.openCoursesOf(db, 'staff') },
  }),
  source({
    file: 'calendar/calendar-feed.repository.ts',
    create: () => new CalendarFeedRepository(),
    methods: {
      replaceToken: (feed, db) => feed.replaceToken(db, 'staff', Buffer.alloc(0)),
      ownerOf: (feed, db) => feed.ownerOf(db, Buffer.alloc(0)),
      appointmentsOf: (feed, db) => feed.appointmentsOf(db, 'staff'),
    },
  }),
  source({
    file: 'citizens/citizens.repository.ts',
    create: () => new CitizensRepository(new PersonalDataCipher(config)),
    methods: {
      findOrRegister: (citizens, db) => citizens.findOrRegister(db, cpr, 'name'),
      findIdByCpr: (citizens, db) => citizens.findIdByCpr(db, cpr),
      find: (citizens, db) => citizens.find(db, 'id'),
      findStored: (citizens, db) => citizens.findStored(db, 'id'),
      lock: (citizens, db) => citizens.lock(db, 'id'),
      pseudonymise: (citizens, db) => citizens.pseudonymise(db, 'id'),
    },
  }),
  source({
    file: 'closures/closure-proposals.repository.ts',
    create: () => new ClosureProposalsRepository(),
    methods: {
      insert: (proposals, db) => proposals.insert(db, some()),
      pendingFor: (proposals, db) => proposals.pendingFor(db, 'course'),
      find: (proposals, db) => proposals.find(db, 'id'),
      listForCourse: (proposals, db) => proposals.listForCourse(db, 'course'),
      pendingForTeamOf: (proposals, db) => proposals.pendingForTeamOf(db, 'staff', page),
      decide: (proposals, db) => proposals.decide(db, 'id', some()),
    },
  }),
  source({
    file: 'contacts/contacts.repository.ts',
    create: () => new ContactsRepository(),
    methods: {
      insert: (contacts, db) => contacts.insert(db, some()),
      listForCourse: (contacts, db) => contacts.listForCourse(db, 'course'),
    },
  }),
  source({
    file: 'courses/courses.repository.ts',
    create: () => new CoursesRepository(config),
    methods: {
      find: (courses, db) => courses.find(db, 'id'),
      readLogged: (courses, db) =>
        courses.readLogged(db, 'id', {
          caller: { staffId: 'staff', roles: [] },
          allowedRoles: [],
          method: 'GET',
          route: 'route',
        }),
      lock: (courses, db) => courses.lock(db, 'id'),
      lockForCaller: (courses, db) => courses.lockForCaller(db, 'id', 'staff'),
      insert: (courses, db) => courses.insert(db, some(), some(), []),
      applyChange: (courses, db) => courses.applyChange(db, 'id', 1, some(), some(), []),
      listEvents: (courses, db) => courses.listEvents(db, 'id'),
      openCourseOf: (courses, db) => courses.openCourseOf(db, 'citizen'),
    },
  }),
  source({
    file: 'courses/effects/escalation-ledger.ts',
    create: () => new EscalationLedger(),
    methods: {
      records: NO_SQL,
      // Every action the ledger writes (its private table of writes), each a statement of its own.
      record: Object.keys(new EscalationLedger()['writes']).map((type) => ({
        variant: type,
        run: (ledger: EscalationLedger, db: EntityManager) => ledger.record(db, 'course', [{ type, params: {} }]),
      })),
    },
  }),
  source({
    file: 'courses/effects/timer-schedule.ts',
    create: () => new TimerSchedule(some<TimerPeriods>()),
    methods: {
      change: NO_SQL,
      alarms: NO_SQL,
      record: [
        {
          answers: [[{ fired: 1 }]],
          run: (schedule, db) => schedule.record(db, 'course', { fired: timer, cancelled: [], scheduled: [] }),
        },
      ],
    },
  }),
  source({
    file: 'data-subject/erasure.repository.ts',
    create: () => new ErasureRepository(),
    methods: {
      retentionOf: (erasure, db) => erasure.retentionOf(db, 'citizen', 'P5Y'),
      erasableCitizens: (erasure, db) => erasure.erasableCitizens(db, 'P5Y', null, 10),
      keepAgeAtReferral: (erasure, db) => erasure.keepAgeAtReferral(db, 'citizen'),
      notifyRows: (erasure, db) => erasure.notifyRows(db, 'citizen'),
      allowPayloadRewrites: (erasure, db) => erasure.allowPayloadRewrites(db),
    },
  }),
  source({
    file: 'data-subject/personal-records.repository.ts',
    create: () => new PersonalRecordsRepository(),
    methods: {
      courses: (records, db) => records.courses(db, 'citizen'),
      rows: perTable(PERSONAL_DATA_TABLES, (table) => (records, db) => records.rows(db, table, ['owner'])),
      eraseColumns: perTable(
        PERSONAL_DATA_TABLES.filter(erasesColumns),
        (table) => (records, db) => records.eraseColumns(db, table, changingEveryValue(table.erase.columns), ['owner']),
      ),
      deleteRows: perTable(
        PERSONAL_DATA_TABLES.filter((table) => table.erase === 'delete'),
        (table) => (records, db) => records.deleteRows(db, table, ['owner']),
      ),
    },
  }),
  source({
    file: 'escalations/escalations.repository.ts',
    create: () => new EscalationsRepository(),
    methods: {
      laddersOf: (escalations, db) => escalations.laddersOf(db, 'course'),
      openForTeamOf: (escalations, db) => escalations.openForTeamOf(db, 'staff', page),
    },
  }),
  source({
    file: 'idempotency/idempotency.repository.ts',
    create: () => new IdempotencyRepository(),
    methods: {
      claim: (keys, db) => keys.claim(db, 'staff', 'key', 'hash'),
      find: (keys, db) => keys.find(db, 'staff', 'key'),
      complete: (keys, db) => keys.complete(db, 'staff', 'key', 201, {}),
      release: (keys, db) => keys.release(db, 'staff', 'key'),
    },
  }),
  source({
    file: 'notifications/notifications.repository.ts',
    create: () => new NotificationsRepository(),
    methods: {
      deliver: (notifications, db) =>
        notifications.deliver(db, some(), some(), { staffIds: [], committee: false, teamLeadsOf: [] }, true),
      inbox: (notifications, db) => notifications.inbox(db, 'staff', page),
      markRead: (notifications, db) => notifications.markRead(db, 'staff', 'id'),
      awaitingChannels: (notifications, db) => notifications.awaitingChannels(db, 'outbox'),
      dueForWebhook: (notifications, db) => notifications.dueForWebhook(db, after, 10),
      lockForWebhook: (notifications, db) => notifications.lockForWebhook(db, 'id'),
      markWebhookSent: (notifications, db) => notifications.markWebhookSent(db, ['id']),
      dueForEmail: (notifications, db) => notifications.dueForEmail(db, after, 10),
      lockForEmail: (notifications, db) => notifications.lockForEmail(db, 'id'),
      markEmailSent: (notifications, db) => notifications.markEmailSent(db, ['id']),
    },
  }),
  source({
    file: 'outbox/outbox.repository.ts',
    create: () => new OutboxRepository(),
    methods: {
      claimUnsent: (outbox, db) => outbox.claimUnsent(db, 10),
      markSent: (outbox, db) => outbox.markSent(db, ['1']),
      markDone: (outbox, db) => outbox.markDone(db, '1'),
      overdue: (outbox, db) => outbox.overdue(db, new Date(0), undefined, 10),
      backlog: (outbox, db) => outbox.backlog(db),
      enqueueStaffSideEffect: (outbox, db) => outbox.enqueueStaffSideEffect(db, 'kind', {}),
    },
  }),
  source({
    file: 'plans/course-services.repository.ts',
    create: () => new CourseServicesRepository(),
    methods: {
      insert: (services, db) => services.insert(db, some()),
      updateDescription: (services, db) => services.updateDescription(db, 'course', 'id', some()),
      find: (services, db) => services.find(db, 'course', 'id'),
      listForCourse: (services, db) => services.listForCourse(db, 'course'),
      changeStatus: (services, db) => services.changeStatus(db, some()),
      history: (services, db) => services.history(db, 'course', 'id'),
    },
  }),
  source({
    file: 'plans/plans.repository.ts',
    create: () => new PlansRepository(),
    methods: {
      latestVersion: (plans, db) => plans.latestVersion(db, 'course'),
      insert: (plans, db) => plans.insert(db, some()),
      approve: (plans, db) => plans.approve(db, 'course', 1, 'staff'),
      find: (plans, db) => plans.find(db, 'course', 1),
      latest: (plans, db) => plans.latest(db, 'course'),
      list: (plans, db) => plans.list(db, 'course'),
    },
  }),
  source({
    file: 'referrals/referrals.repository.ts',
    create: () => new ReferralsRepository(),
    methods: {
      ofCourse: (referrals, db) => referrals.ofCourse(db, 'course'),
      insert: (referrals, db) => referrals.insert(db, some({ details: {} })),
      queue: QUEUE_STATUSES.map((status) => ({
        variant: status,
        run: (referrals: ReferralsRepository, db: EntityManager) =>
          referrals.queue(db, status, page, { staffId: 'staff', asCommittee: true, reviewSeconds: 1 }),
      })),
    },
  }),
  source({
    file: 'reports/fidelity-report.repository.ts',
    create: () => new FidelityReportRepository(),
    methods: {
      caseManagers: (report, db) => report.caseManagers(db, staffCohort),
      openCourses: (report, db) => report.openCourses(db, staffCohort, 1, 1),
      reassessments: (report, db) => report.reassessments(db, staffCohort),
      plans: (report, db) => report.plans(db, staffCohort, 1),
      waits: (report, db) => report.waits(db, staffCohort),
      waitingNow: (report, db) => report.waitingNow(db, staffCohort),
    },
  }),
  source({
    file: 'reports/outcome-report.repository.ts',
    create: () => new OutcomeReportRepository(),
    methods: {
      sections: (report, db) => report.sections(db, []),
      caseloads: (report, db) => report.caseloads(db, null, null),
    },
  }),
  source({
    file: 'staff/staff.repository.ts',
    create: () => new StaffRepository(),
    methods: {
      insert: (staff, db) => staff.insert(db, some()),
      listActiveByName: (staff, db) => staff.listActiveByName(db),
      directory: (staff, db) => staff.directory(db, page),
      find: (staff, db) => staff.find(db, 'id'),
      lockForChange: (staff, db) => staff.lockForChange(db, 'id'),
      change: (staff, db) => staff.change(db, 'id', {}),
      lockCaseload: (staff, db) => staff.lockCaseload(db, 'id', 'course'),
      teamOf: (staff, db) => staff.teamOf(db, 'id'),
      teamLeadsOf: (staff, db) => staff.teamLeadsOf(db, 'team'),
      availableCaseManagers: (staff, db) => staff.availableCaseManagers(db),
      caseManagersWithCaseload: (staff, db) => staff.caseManagersWithCaseload(db, null),
      updateMaxCaseload: (staff, db) => staff.updateMaxCaseload(db, 'id', 5),
      notificationPreferences: (staff, db) => staff.notificationPreferences(db, 'id'),
      setNotificationPreferences: (staff, db) => staff.setNotificationPreferences(db, 'id', some()),
    },
  }),
  source({
    file: 'timers/timers.repository.ts',
    create: () => new TimersRepository(),
    methods: {
      find: (timers, db) => timers.find(db, 'course', timer),
      cancel: (timers, db) => timers.cancel(db, 'course', timer),
    },
  }),
  source({
    file: 'waitlist/waitlist.repository.ts',
    create: () => new WaitlistRepository(),
    methods: {
      list: (waitlist, db) => waitlist.list(db),
      offerFor: (waitlist, db) => waitlist.offerFor(db, 'staff'),
    },
  }),
];

/** Files that send SQL but hold no statement of their own on the service's tables, and why. */
export const NOT_SNAPSHOT: Record<string, string> = {
  'data-subject/citizen-export.ts': 'sets its transaction read only',
  'database/changed-rows.ts': "sends its callers' statements",
  'health/migrations.health.ts': "reads TypeORM's migrations table",
  'reports/report-transaction.ts': "sets the report transaction's options",
};
