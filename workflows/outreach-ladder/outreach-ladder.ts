/**
 * The outreach escalation ladder, as data: what happens after a citizen misses an appointment and
 * nobody has reached them. Delays count from the miss; the service may override them by
 * configuration. The ladder never closes a course: after its last level it reminds, for as long
 * as there is no successful contact.
 */
export type LadderRecipient = 'case_manager' | 'team_lead';

export interface LadderLevel {
  level: number;
  /** ISO-8601 duration from the miss. */
  after: string;
  /** What the case manager is asked to do at this level. */
  task: 'attempt_contact' | 'outreach_visit' | 'case_conference' | 'no_contact_reminder';
  /** How soon the task should be done, when it has a deadline. */
  within?: string;
  notify: LadderRecipient[];
}

export interface OutreachLadder {
  levels: LadderLevel[];
  /** After the last level, a reminder at this interval while there is no contact. */
  repeatEvery: string;
  repeat: Omit<LadderLevel, 'level' | 'after'>;
}

export const OUTREACH_LADDER: OutreachLadder = {
  levels: [
    { level: 1, after: 'PT0S', task: 'attempt_contact', within: 'PT24H', notify: ['case_manager'] },
    { level: 2, after: 'PT24H', task: 'outreach_visit', notify: ['case_manager'] },
    { level: 3, after: 'PT72H', task: 'case_conference', notify: ['team_lead', 'case_manager'] },
  ],
  repeatEvery: 'P7D',
  repeat: { task: 'no_contact_reminder', notify: ['case_manager', 'team_lead'] },
};

/** Step n of a ladder (1-based): a level, or after the last level a repeated reminder at that level. */
export interface LadderStep extends Omit<LadderLevel, 'after'> {
  step: number;
  /** 0 for a level, 1, 2, ... for the reminders that follow the last level. */
  reminder: number;
}

export function ladderStep(ladder: OutreachLadder, step: number): LadderStep {
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`A ladder step is a positive integer, not ${step}`);
  const last = ladder.levels[ladder.levels.length - 1];
  if (step <= ladder.levels.length) {
    const { after: _after, ...level } = ladder.levels[step - 1];
    return { ...level, step, reminder: 0 };
  }
  return { ...ladder.repeat, level: last.level, step, reminder: step - ladder.levels.length };
}

/** Milliseconds from the miss to step n, given each level's delay and the reminder interval. */
export function stepOffsetMs(delays: { levels: number[]; repeatEvery: number }, step: number): number {
  const levels = delays.levels.length;
  if (step <= levels) return delays.levels[step - 1];
  return delays.levels[levels - 1] + (step - levels) * delays.repeatEvery;
}
