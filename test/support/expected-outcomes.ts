import { CLOSURE_REASONS, OUTCOME_DOMAINS, PHASES } from '@workflows/icm-course';
import type { CohortCourse } from './report-cohort';

/**
 * The outcome report worked out by hand from what the test built: plain counting over the facts
 * it recorded for each course, and the event logs it read back for the days in each phase.
 */
export interface LoggedPhase {
  resultingPhase: string;
  occurredAt: string;
}

const shareOf = (count: number, denominator: number) => ({
  count,
  denominator,
  share: denominator === 0 ? null : Math.round((count / denominator) * 10000) / 10000,
});

const tally = <T>(
  items: T[],
  words: readonly string[],
  wordOf: (item: T) => string | null,
  denominator = items.length,
) =>
  Object.fromEntries(
    words.map((word) => [word, shareOf(items.filter((item) => wordOf(item) === word).length, denominator)]),
  );

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Each stretch of a course's log in one phase that a later event ended, in days. */
export function completedSpells(log: LoggedPhase[]): { phase: string; days: number }[] {
  const spells: { phase: string; days: number }[] = [];
  let current: LoggedPhase | undefined;
  for (const event of log) {
    if (current && event.resultingPhase === current.resultingPhase) continue;
    if (current)
      spells.push({
        phase: current.resultingPhase,
        days: (Date.parse(event.occurredAt) - Date.parse(current.occurredAt)) / 86_400_000,
      });
    current = event;
  }
  return spells;
}

const housingOutcome = (course: CohortCourse): string | null => {
  const latest = course.housing.filter((entry) => entry.reassessment).at(-1)?.status;
  if (!latest) return null;
  if (latest === 'own_home') return 'gotHome';
  return latest === 'lost_home' || course.housing.some((entry) => entry.status === 'own_home')
    ? 'lostHomeAgain'
    : 'didNotGetHome';
};

const ageBand = (age: number) => (age < 18 ? 'under_18' : age <= 24 ? '18-24' : age <= 29 ? '25-29' : '30+');

export const COSTS = { section_85_administration: 93000, section_110_shelter: 52000 };

export function expectedOutcomes(courses: CohortCourse[], logs: Map<string, LoggedPhase[]>) {
  const housed = courses.filter((course) => housingOutcome(course) !== null);
  const rated = courses.filter((course) => course.latestRatings);
  const closed = courses.filter((course) => course.phase === 'closed');
  const spells = courses.flatMap((course) => completedSpells(logs.get(course.courseId)!));
  const ladders = courses.filter((course) => course.ladder);
  const started = (anchoring: keyof typeof COSTS) =>
    courses.filter((course) => course.started && course.anchoring === anchoring).length;
  return {
    citizens: courses.length,
    courses: courses.length,
    housing: tally(housed, ['gotHome', 'didNotGetHome', 'lostHomeAgain'], housingOutcome),
    domains: Object.fromEntries(
      OUTCOME_DOMAINS.map((domain) => {
        const judged = rated.filter((course) => course.latestRatings![domain] !== 'not_relevant');
        return [
          domain,
          tally(judged, ['positive', 'unchanged', 'negative'], (course) => course.latestRatings![domain]),
        ];
      }),
    ),
    coursesByPhase: tally(courses, PHASES, (course) => course.phase),
    coursesByClosureReason: tally(closed, CLOSURE_REASONS, (course) => course.closureReason),
    medianDaysInPhase: Object.fromEntries(
      PHASES.filter((phase) => phase !== 'closed').map((phase) => {
        const days = spells.filter((spell) => spell.phase === phase).map((spell) => spell.days);
        const middle = median(days);
        return [phase, { medianDays: middle === null ? null : expect.closeTo(middle, 12), spells: days.length }];
      }),
    ),
    escalations: {
      started: ladders.length,
      resolved: shareOf(ladders.filter((course) => course.ladder === 'resolved').length, ladders.length),
      endedByClosure: shareOf(ladders.filter((course) => course.ladder === 'endedByClosure').length, ladders.length),
      running: shareOf(ladders.filter((course) => course.ladder === 'running').length, ladders.length),
    },
    background: {
      gender: tally(courses, ['male', 'female'], (course) => course.gender),
      ageBand: tally(courses, ['under_18', '18-24', '25-29', '30+'], (course) => ageBand(course.age)),
      incomeType: tally(
        courses,
        ['cash_benefit', 'disability_pension', 'wage', 'sickness_benefit', 'education_grant', 'other'],
        (course) => course.incomeType,
      ),
    },
    economy: {
      firstYearCostPerCourseDkk: COSTS,
      coursesStarted: {
        section_85_administration: started('section_85_administration'),
        section_110_shelter: started('section_110_shelter'),
      },
      firstYearCostDkk:
        started('section_85_administration') * COSTS.section_85_administration +
        started('section_110_shelter') * COSTS.section_110_shelter,
    },
  };
}
