import type { ClassConstructor } from 'class-transformer';
import {
  InfoRequestedPayload,
  VisitationApprovedPayload,
  VisitationRejectedPayload,
} from '@src/courses/events/course-event-payloads';
import { validatePlain } from '@src/problems/validation';
import { type VisitationDecision, VisitationDecisionDto } from './visitation-decision.dto';
import { VISITATION_DECISION_EXAMPLES } from './visitation-decision.examples';

/** The payload rules each decision's fields must also pass, as the course event it stands for. */
const PAYLOAD_OF: Record<VisitationDecision, ClassConstructor<object>> = {
  approve: VisitationApprovedPayload,
  reject: VisitationRejectedPayload,
  request_info: InfoRequestedPayload,
};

describe('the documented visitation decisions', () => {
  it.each(Object.entries(VISITATION_DECISION_EXAMPLES))('%s is a valid decision with valid fields', (_, { value }) => {
    const { decision, ...fields } = value as { decision: VisitationDecision };
    expect(() => validatePlain(VisitationDecisionDto, value as object)).not.toThrow();
    expect(() => validatePlain(PAYLOAD_OF[decision], fields)).not.toThrow();
  });

  it('show each kind of decision', () => {
    const shown = Object.values(VISITATION_DECISION_EXAMPLES).map(
      ({ value }) => (value as { decision: string }).decision,
    );
    expect(new Set(shown)).toEqual(new Set(['approve', 'reject', 'request_info']));
  });
});
