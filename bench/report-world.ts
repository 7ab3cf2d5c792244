import type { Client } from 'pg';

/**
 * The report's bench world, written straight into PostgreSQL by set-based SQL: building 100,000
 * courses over HTTP would take hours on this machine. The rows are the ones the API itself writes
 * for such courses (staff, citizens, referrals, courses with their snapshot's context, the event
 * log, assessments, outreach ladders), each course's log a plausible walk through the phases to the
 * one it is in. Plans, appointments and contacts, which the reports do not read, are left out.
 */

type Step = { type: string; state: string };

/** Ten events per course; each course follows the walk of the phase it ends in. */
const E = (type: string, state: string): Step => ({ type, state });
const OPENED = E('COURSE_OPENED', 'referral.submitted');
const NOTE = (state: string) => E('NOTE_ADDED', state);
const APPROVED = E('VISITATION_APPROVED', 'planning');
const DRAFTED = E('PLAN_DRAFTED', 'planning');
const PLAN_APPROVED = E('PLAN_APPROVED', 'coordination');
const REASSESSING = E('REASSESSMENT_STARTED', 'reassessment');
const times = (n: number, event: Step) => Array.from({ length: n }, () => event);

export const EVENTS_PER_COURSE = 10;

const WALKS: Record<string, Step[]> = {
  referral: [
    OPENED,
    E('INFO_REQUESTED', 'referral.information_requested'),
    E('INFO_PROVIDED', 'referral.submitted'),
    ...times(7, NOTE('referral.submitted')),
  ],
  waitlisted: [OPENED, E('VISITATION_APPROVED', 'visitation.waitlisted'), ...times(8, NOTE('visitation.waitlisted'))],
  rejected: [
    OPENED,
    E('INFO_REQUESTED', 'referral.information_requested'),
    E('INFO_PROVIDED', 'referral.submitted'),
    ...times(6, NOTE('referral.submitted')),
    E('VISITATION_REJECTED', 'closed'),
  ],
  planning: [OPENED, APPROVED, DRAFTED, ...times(7, NOTE('planning'))],
  coordination: [
    OPENED,
    APPROVED,
    DRAFTED,
    PLAN_APPROVED,
    ...times(2, NOTE('coordination')),
    REASSESSING,
    E('REASSESSMENT_COMPLETED', 'coordination'),
    ...times(2, NOTE('coordination')),
  ],
  waited: [
    OPENED,
    E('VISITATION_APPROVED', 'visitation.waitlisted'),
    NOTE('visitation.waitlisted'),
    E('CASE_MANAGER_ASSIGNED', 'planning'),
    DRAFTED,
    PLAN_APPROVED,
    NOTE('coordination'),
    REASSESSING,
    E('REASSESSMENT_COMPLETED', 'coordination'),
    NOTE('coordination'),
  ],
  follow_up: [
    OPENED,
    APPROVED,
    DRAFTED,
    PLAN_APPROVED,
    E('FOLLOW_UP_STARTED', 'follow_up'),
    REASSESSING,
    E('REASSESSMENT_COMPLETED', 'follow_up'),
    ...times(3, NOTE('follow_up')),
  ],
  reassessment: [
    OPENED,
    APPROVED,
    DRAFTED,
    PLAN_APPROVED,
    ...times(2, NOTE('coordination')),
    E('FOLLOW_UP_STARTED', 'follow_up'),
    ...times(2, NOTE('follow_up')),
    REASSESSING,
  ],
  closed: [
    OPENED,
    APPROVED,
    DRAFTED,
    PLAN_APPROVED,
    NOTE('coordination'),
    REASSESSING,
    E('REASSESSMENT_COMPLETED', 'coordination'),
    E('FOLLOW_UP_STARTED', 'follow_up'),
    NOTE('follow_up'),
    E('COURSE_CLOSED', 'closed'),
  ],
};

/** Where the courses end up, in percent (the evaluation's 57% of courses ended is the closed and rejected). */
const SHARES: [string, number][] = [
  ['referral', 2],
  ['waitlisted', 2],
  ['rejected', 4],
  ['planning', 10],
  ['coordination', 25],
  ['waited', 5],
  ['follow_up', 15],
  ['reassessment', 5],
  ['closed', 32],
];

const CASE_MANAGERS = 8000;
const TEAM_SIZE = 8;
const MUNICIPALITIES = 98;
const CASEWORKERS = 490;

/** A number 0-99 drawn from a row's key (the course number by default) and a salt: the same row always draws the same. */
const draw = (salt: string, key = 'i::text') =>
  `((('x' || substr(md5(${key} || '${salt}'), 1, 7))::bit(28)::int) % 100)`;

function walkRows(): string {
  return Object.entries(WALKS)
    .flatMap(([kind, walk]) => {
      if (walk.length !== EVENTS_PER_COURSE) throw new Error(`The ${kind} walk has ${walk.length} events`);
      return walk.map((event, step) => `('${kind}', ${step + 1}, '${event.type}', '${event.state}')`);
    })
    .join(',\n');
}

/** When each kind's walk first (or last) met an event like `matches`, as a time after the referral; null for kinds that never do. */
function timeOf(matches: (event: Step) => boolean, which: 'first' | 'last' = 'first'): string {
  const cases = Object.entries(WALKS).flatMap(([kind, walk]) => {
    const steps = walk.flatMap((event, step) => (matches(event) ? [step] : []));
    return steps.length
      ? [`WHEN '${kind}' THEN p.referred_at + ${which === 'first' ? steps[0] : steps.at(-1)} * p.spacing`]
      : [];
  });
  return `CASE p.kind ${cases.join(' ')} END`;
}

/** The moments the snapshot's context keeps, as its runtime would have stamped them. */
const ASSIGNED_AT = timeOf((event) => event.state === 'planning');
const PLAN_APPROVED_AT = timeOf((event) => event.type === 'PLAN_APPROVED');
const REASSESSED_AT = timeOf((event) => event.type === 'REASSESSMENT_COMPLETED', 'last');

function kindOf(): string {
  let upTo = 0;
  const cases = SHARES.map(([kind, percent]) => `WHEN ${draw('kind')} < ${(upTo += percent)} THEN '${kind}'`);
  return `CASE ${cases.join(' ')} END`;
}

/** The statements, in order; each is one INSERT ... SELECT over generate_series. */
export function reportWorldStatements(courses: number): string[] {
  const phaseOfState = `split_part(w.state, '.', 1)`;
  return [
    `INSERT INTO staff (id, name, roles, team_id, municipality)
     SELECT md5('cm' || i)::uuid, 'Case manager ' || i, '{case_manager}', 'team-' || ((i - 1) / ${TEAM_SIZE}),
            'Municipality ' || (((i - 1) / ${TEAM_SIZE}) % ${MUNICIPALITIES}) FROM generate_series(1, ${CASE_MANAGERS}) i`,
    `INSERT INTO staff (id, name, roles, team_id, municipality)
     SELECT md5('tl' || t)::uuid, 'Team lead ' || t, '{team_lead}', 'team-' || t, 'Municipality ' || (t % ${MUNICIPALITIES})
     FROM generate_series(0, ${CASE_MANAGERS / TEAM_SIZE - 1}) t`,
    `INSERT INTO staff (id, name, roles, municipality)
     SELECT md5('cw' || i)::uuid, 'Caseworker ' || i, '{caseworker}', 'Municipality ' || (i % ${MUNICIPALITIES}) FROM generate_series(1, ${CASEWORKERS}) i`,
    `CREATE TEMP TABLE walks (kind text, step int, type text, state text)`,
    `INSERT INTO walks VALUES ${walkRows()}`,
    // One row per course: its walk, when it was referred (over 1,000 days up to 200 days ago) and the days between its events.
    `CREATE TEMP TABLE plan AS
     SELECT i, md5('course' || i)::uuid AS id, md5('citizen' || i)::uuid AS citizen_id, ${kindOf()} AS kind,
            now() - interval '1200 days' + (i::float / ${courses}) * interval '1000 days' AS referred_at,
            (1 + ${draw('spacing')} % 20) * interval '1 day' + ${draw('hours')} * interval '1 hour' AS spacing,
            md5('cm' || (1 + i % ${CASE_MANAGERS}))::uuid AS case_manager_id, md5('cw' || (1 + i % ${CASEWORKERS}))::uuid AS referred_by
     FROM generate_series(1, ${courses}) i`,
    `INSERT INTO citizens (id, cpr_hash, cpr_encrypted, name_encrypted, birth_date, legal_gender)
     SELECT citizen_id, sha256(('bench-cpr-' || i)::bytea), '\\x00', '\\x00',
            (referred_at - ${AGE_YEARS} * interval '1 year' - ${draw('days')} * interval '3 days')::date,
            CASE WHEN ${draw('gender')} < 70 THEN 'male' ELSE 'female' END
     FROM plan`,
    `INSERT INTO courses (id, citizen_id, machine_id, machine_version, snapshot, state, phase, referred_by, case_manager_id,
                          version, created_at, updated_at, closed_at, waitlist_team_id, waitlist_priority, waitlisted_at)
     SELECT p.id, p.citizen_id, 'icm-course', 2, jsonb_build_object(
              'status', CASE WHEN ${phaseOfState} = 'closed' THEN 'done' ELSE 'active' END,
              'value', jsonb_build_object('course', CASE WHEN w.state LIKE '%.%' THEN jsonb_build_object(${phaseOfState}, split_part(w.state, '.', 2)) ELSE to_jsonb(w.state) END,
                                          'engagement', CASE WHEN ${phaseOfState} = 'closed' THEN 'ended' ELSE 'engaged' END),
              'context', jsonb_build_object(
                'citizenId', p.citizen_id, 'referredBy', p.referred_by, 'referredAt', p.referred_at, 'quorum', 1, 'approvals', '[]'::jsonb,
                'caseManagerId', CASE WHEN assigned THEN p.case_manager_id END, 'assignedAt', ${ASSIGNED_AT},
                'planApprovedAt', ${PLAN_APPROVED_AT}, 'lastReassessedAt', ${REASSESSED_AT},
                'lastContactAt', CASE WHEN assigned THEN now() - ${draw('contact')} * interval '1 day' END,
                'appointments', '[]'::jsonb, 'outreach', NULL, 'ladders', 0,
                'closureReason', CASE p.kind WHEN 'rejected' THEN 'rejected_at_visitation'
                                   WHEN 'closed' THEN (ARRAY['no_longer_needed', 'moved_away', 'declined', 'deceased'])[1 + ${draw('reason')} % 4] END,
                'closedAt', CASE WHEN ${phaseOfState} = 'closed' THEN p.referred_at + 9 * p.spacing END)),
            w.state, ${phaseOfState}, p.referred_by, CASE WHEN assigned THEN p.case_manager_id END, ${EVENTS_PER_COURSE},
            p.referred_at, p.referred_at + 9 * p.spacing, CASE WHEN ${phaseOfState} = 'closed' THEN p.referred_at + 9 * p.spacing END,
            CASE WHEN p.kind = 'waitlisted' THEN 'team-' || (p.i % ${CASE_MANAGERS / TEAM_SIZE}) END,
            CASE WHEN p.kind = 'waitlisted' THEN 3 END, CASE WHEN p.kind = 'waitlisted' THEN p.referred_at + p.spacing END
     FROM plan p
     JOIN walks w ON w.kind = p.kind AND w.step = ${EVENTS_PER_COURSE}
     CROSS JOIN LATERAL (SELECT ${ASSIGNED_AT} IS NOT NULL AS assigned) f`,
    `INSERT INTO referrals (course_id, citizen_id, referred_by, problem_areas, housing_situation, legal_basis, action_plan_status,
                            income_type, anchoring, reason, consent_given_at, created_at)
     SELECT id, citizen_id, referred_by,
            (ARRAY['{drugs,mental_illness,economy,social_network}', '{alcohol,physical_health,mental_illness,daily_functioning,economy}',
                   '{cannabis,drugs,total_abuse,social_network}', '{alcohol,drugs,mental_illness,economy,social_network,daily_functioning}'])[1 + i % 4]::text[],
            (ARRAY['street', 'shelter', 'shelter', 'temporary_stay', 'institution', 'prison', 'hospital', 'own_home'])[1 + ${draw('housing')} % 8],
            'SEL_85', (ARRAY['exists', 'in_progress', 'none'])[1 + i % 3],
            CASE WHEN ${draw('income')} < 55 THEN 'cash_benefit' WHEN ${draw('income')} < 81 THEN 'disability_pension'
                 WHEN ${draw('income')} < 84 THEN 'wage' WHEN ${draw('income')} < 90 THEN 'sickness_benefit'
                 WHEN ${draw('income')} < 94 THEN 'education_grant' ELSE 'other' END,
            CASE WHEN ${draw('anchoring')} < 70 THEN 'section_85_administration' ELSE 'section_110_shelter' END,
            'Several services involved, none coordinating', referred_at, referred_at
     FROM plan`,
    `INSERT INTO course_events (course_id, seq, type, payload, actor_id, actor_roles, occurred_at, resulting_state, resulting_phase)
     SELECT p.id, w.step, w.type, '{}'::jsonb, CASE WHEN w.step = 1 THEN p.referred_by ELSE p.case_manager_id END,
            CASE WHEN w.step = 1 THEN '{caseworker}'::text[] ELSE '{case_manager}'::text[] END,
            p.referred_at + (w.step - 1) * p.spacing, w.state, ${phaseOfState}
     FROM plan p JOIN walks w ON w.kind = p.kind`,
    // The baseline in planning, and one reassessment per completed reassessment in the log.
    `INSERT INTO assessments (course_id, kind, ratings, housing_status, problematic_use_days, next_phase, due_at, recorded_by, recorded_at, event_seq)
     SELECT e.course_id, CASE WHEN e.type = 'PLAN_DRAFTED' THEN 'baseline' ELSE 'reassessment' END,
            jsonb_build_object(${RATED_DOMAINS}),
            (ARRAY['homeless', 'temporary', 'own_home', 'own_home', 'own_home', 'lost_home'])[1 + ${draw('home', ASSESSMENT)} % 6],
            ${draw('use', ASSESSMENT)} % 31,
            CASE WHEN e.type = 'REASSESSMENT_COMPLETED' THEN e.resulting_phase END,
            CASE WHEN e.type = 'REASSESSMENT_COMPLETED' THEN e.occurred_at - interval '3 days' + ${draw('due', ASSESSMENT)} % 10 * interval '1 day' END,
            e.actor_id, e.occurred_at, e.seq
     FROM course_events e WHERE e.type IN ('PLAN_DRAFTED', 'REASSESSMENT_COMPLETED')`,
    // One course in ten that got a case manager missed an appointment: most ladders ended by a contact, some by closure, some run.
    `INSERT INTO escalation_ladders (course_id, ladder, started_at, ended_at)
     SELECT c.id, 1, c.created_at + interval '20 days',
            CASE WHEN c.closed_at IS NOT NULL AND ${draw('ladder')} < 30 THEN c.closed_at
                 WHEN ${draw('ladder')} < 80 THEN c.created_at + interval '23 days' END
     FROM courses c JOIN plan p ON p.id = c.id
     WHERE c.case_manager_id IS NOT NULL AND ${draw('missed')} < 10`,
    `DROP TABLE walks, plan`,
  ];
}

/** An assessment's draws are keyed by its event. */
const ASSESSMENT = `e.course_id::text || e.seq`;

/** Ages at referral as published: 38% aged 18-24, 51% under 30 (DOMAIN.md). */
const AGE_YEARS = `CASE WHEN ${draw('age')} < 38 THEN 18 + ${draw('young')} % 7 WHEN ${draw('age')} < 51 THEN 25 + ${draw('young')} % 5 ELSE 30 + ${draw('older')} % 35 END`;

/** Nine ratings drawn per assessment: mostly unchanged, then positive, negative, not relevant. */
const RATED_DOMAINS = [
  'alcohol',
  'drugs',
  'cannabis',
  'total_abuse',
  'physical_health',
  'mental_illness',
  'daily_functioning',
  'economy',
  'social_network',
]
  .map(
    (domain) =>
      `'${domain}', (ARRAY['unchanged', 'unchanged', 'unchanged', 'positive', 'positive', 'negative', 'not_relevant'])[1 + ${draw(domain, ASSESSMENT)} % 7]`,
  )
  .join(', ');

/** Writes the world and analyses it, as autovacuum (off on this machine) would have long since. */
export async function buildReportWorld(db: Client, courses: number): Promise<void> {
  for (const statement of reportWorldStatements(courses)) await db.query(statement);
  await db.query('ANALYZE');
}
