import type { ExampleObject } from '@nestjs/swagger';

const CASE_MANAGER_ID = '5b1f7c2e-8a4d-4e6b-9c3f-2d7a1e0b6c48';

/** A body for each event type that `POST /courses/:id/events` takes; the other types have routes of their own. */
export const COURSE_EVENT_EXAMPLES: Record<string, ExampleObject> = {
  NOTE_ADDED: {
    summary: 'A note in the course log',
    value: { type: 'NOTE_ADDED', text: 'Met the citizen at the shelter; agreed to visit the GP together.' },
  },
  INFO_REQUESTED: {
    summary: 'The committee asks the caseworker',
    value: { type: 'INFO_REQUESTED', questions: ['Which services does the citizen already receive?'] },
  },
  INFO_PROVIDED: {
    summary: 'The caseworker answers',
    value: { type: 'INFO_PROVIDED', answers: 'Treatment at Misbrugscenter Nord since March; no psychiatric contact.' },
  },
  VISITATION_APPROVED: {
    summary: 'A committee member approves, naming the case manager',
    value: { type: 'VISITATION_APPROVED', caseManagerId: CASE_MANAGER_ID },
  },
  VISITATION_REJECTED: {
    summary: 'A committee member rejects, suggesting other support',
    value: {
      type: 'VISITATION_REJECTED',
      reason: 'Needs are met by ordinary §85 support',
      alternative: 'ordinary_section_85',
    },
  },
  CASE_MANAGER_ASSIGNED: {
    summary: 'A waitlisted citizen gets a case manager',
    value: { type: 'CASE_MANAGER_ASSIGNED', caseManagerId: CASE_MANAGER_ID },
  },
  FOLLOW_UP_STARTED: { summary: 'Coordination moves on to follow-up', value: { type: 'FOLLOW_UP_STARTED' } },
  COORDINATION_RESUMED: { summary: 'Follow-up goes back to coordination', value: { type: 'COORDINATION_RESUMED' } },
  REASSESSMENT_STARTED: { summary: 'The reassessment begins', value: { type: 'REASSESSMENT_STARTED' } },
};
