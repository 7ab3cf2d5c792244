import { getMetadataStorage } from 'class-validator';
import { COURSE_EVENT_CATALOG } from '@src/courses/events/course-event-catalog';
import {
  ERASED,
  erasedStrings,
  erasedUnder,
  eventPayload,
  freeText,
  freeTextUnder,
  notificationDetails,
} from './free-text-erasure';

/** Validators that make a string a code, an id or a time rather than something a person wrote. */
const CODED = new Set(['isIn', 'isUuid', 'isIso8601', 'isEmail']);

/** The top-level payload fields of an event that are validated as strings and nothing narrower. */
function freeTextFieldsOf(payload: new () => object): string[] {
  const rules = getMetadataStorage().getTargetValidationMetadatas(payload, '', true, false);
  const namesOf = (field: string) => rules.filter((rule) => rule.propertyName === field).map((rule) => rule.name ?? '');
  return [...new Set(rules.map((rule) => rule.propertyName))]
    .filter((field) => namesOf(field).includes('isString') && !namesOf(field).some((name) => CODED.has(name)))
    .sort();
}

describe('erasing free text', () => {
  it('turns every string into the erased mark and keeps numbers, booleans, nulls and the shape', () => {
    expect(
      erasedStrings({
        name: 'Lone Madsen',
        phone: '+45 87 13 00 00',
        rank: 2,
        main: true,
        note: null,
        tags: ['a', 'b'],
      }),
    ).toEqual({
      name: ERASED,
      phone: ERASED,
      rank: 2,
      main: true,
      note: null,
      tags: [ERASED, ERASED],
    });
    expect(freeText.erase(null, {})).toBeNull();
    expect(freeText.erase('Sleeps at the shelter on Sønder Allé', {})).toBe(ERASED);
  });

  it('erases only the strings under the named keys, at any depth, and keeps the codes beside them', () => {
    const goals = [
      { area: 'housing', goal: 'Own flat before winter' },
      { area: 'drugs', goal: 'Start outpatient treatment' },
    ];
    expect(freeTextUnder('goal').erase(goals, {})).toEqual([
      { area: 'housing', goal: ERASED },
      { area: 'drugs', goal: ERASED },
    ]);
    const services = [
      {
        id: 's1',
        kind: 'treatment',
        provider: 'Misbrugscenter Nord',
        contact: { name: 'Lone Madsen', phone: '+45 87 13 00 00' },
      },
    ];
    expect(erasedUnder(services, new Set(['provider', 'contact']))).toEqual([
      { id: 's1', kind: 'treatment', provider: ERASED, contact: { name: ERASED, phone: ERASED } },
    ]);
  });

  it("erases an event's free text by its type: a closure's coded reason stays, a rejection's written reason goes", () => {
    expect(eventPayload.erase({ reason: 'moved_away' }, { type: 'COURSE_CLOSED' })).toEqual({ reason: 'moved_away' });
    expect(
      eventPayload.erase(
        { reason: 'Not homeless', alternative: 'section_85_support' },
        { type: 'VISITATION_REJECTED' },
      ),
    ).toEqual({
      reason: ERASED,
      alternative: 'section_85_support',
    });
    expect(
      eventPayload.erase(
        { timer: { kind: 'escalation_step', subject: '1:2' }, whereabouts: ['Herberget'] },
        { type: 'ESCALATION_STEP_DUE' },
      ),
    ).toEqual({
      timer: { kind: 'escalation_step', subject: '1:2' },
      whereabouts: [ERASED],
    });
    expect(
      eventPayload.erase({ problemAreas: ['drugs'], housingSituation: 'shelter' }, { type: 'COURSE_OPENED' }),
    ).toEqual({
      problemAreas: ['drugs'],
      housingSituation: 'shelter',
    });
  });

  it('finds the free-text fields of the payloads it checks below', () => {
    expect(freeTextFieldsOf(COURSE_EVENT_CATALOG.NOTE_ADDED.payload as new () => object)).toEqual(['text']);
    expect(freeTextFieldsOf(COURSE_EVENT_CATALOG.VISITATION_APPROVED.payload as new () => object)).toEqual([
      'caseloadOverrideReason',
      'reason',
    ]);
    expect(freeTextFieldsOf(COURSE_EVENT_CATALOG.CONTACT_RECORDED.payload as new () => object)).toEqual([]);
  });

  it.each(Object.entries(COURSE_EVENT_CATALOG))('every free-text field of %s is erased', (type, rule) => {
    const fields = freeTextFieldsOf(rule.payload as new () => object);
    const payload = Object.fromEntries(fields.map((field) => [field, `written by staff: ${field}`]));
    expect(eventPayload.erase(payload, { type })).toEqual(Object.fromEntries(fields.map((field) => [field, ERASED])));
  });

  it("erases where a notification says to look for the citizen and what the case manager planned, and keeps the ladder's facts", () => {
    const details = {
      urgency: 'escalation',
      level: 2,
      task: 'outreach_visit',
      whereabouts: ['Værestedet på Istedgade'],
      plannedAction: 'Visit tonight',
    };
    expect(notificationDetails.erase(details, {})).toEqual({
      urgency: 'escalation',
      level: 2,
      task: 'outreach_visit',
      whereabouts: [ERASED],
      plannedAction: ERASED,
    });
  });
});
