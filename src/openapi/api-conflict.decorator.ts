import { ApiConflictResponse } from '@nestjs/swagger';

/**
 * Documents a handler's 409s, one sentence per problem type (`slug`: when). The Problem body, and
 * the 409s every idempotent route shares, are added with the other refusals (problem-answers.ts).
 */
export const ApiConflict = (...conflicts: string[]) => ApiConflictResponse({ description: conflicts.join(' ') });

/** What any route that sends a course event through the CourseRuntime may meet. */
export const COURSE_EVENT_CONFLICTS = [
  '`event-not-allowed`: the course does not take the event in its state; `allowedEvents` lists what it takes.',
  '`rule-refused`: the course rules refuse the event now (`rules` names them; `allowedEvents` as above).',
  '`version-conflict`: the course changed meanwhile (or since the If-Match version); `currentVersion` says where it is.',
];

/** An assignment to a case manager at their caseload limit, without a team lead's override reason. */
export const CASELOAD_FULL = '`caseload-full`: the case manager has no free slot.';
