import type { CourseFacts } from '@src/auth/course-relation';
import { OwedAccessLog, type OwedRead, owingAccessLog, takeOwedAccessLog, takeOwedRead } from './owed-access-log';

const read: OwedRead = {
  caller: { staffId: 'lead', roles: ['case_manager', 'team_lead'] },
  allowedRoles: ['case_manager', 'team_lead'],
  method: 'GET',
  route: 'GET /api/v1/courses/:id',
};

const facts: CourseFacts = {
  courseId: 'course',
  citizenId: 'citizen',
  referredBy: 'caseworker',
  caseManagerId: 'someone else',
  phase: 'planning',
  closureReason: null,
  inCallersTeam: true,
  inCallersMunicipality: false,
  votedOnRecentClosure: false,
};

const row = {
  staffId: 'lead',
  role: 'team_lead',
  citizenId: 'citizen',
  courseId: 'course',
  method: 'GET',
  route: read.route,
};

describe('the access-log rows a request owes for a course', () => {
  it("are written by the interceptor from the guard's facts when no statement took them", () => {
    expect(new OwedAccessLog('course', read, facts).remaining()).toEqual([row]);
  });

  it('are handed once to the statement that takes them, for their course only', () => {
    const owed = new OwedAccessLog('course', read, facts);
    expect(owingAccessLog(owed, () => takeOwedAccessLog('another course'))).toEqual([]);
    expect(owingAccessLog(owed, () => takeOwedAccessLog('course'))).toEqual([row]);
    expect(owingAccessLog(owed, () => takeOwedAccessLog('course'))).toEqual([]);
    expect(owed.remaining()).toEqual([]);
  });

  it('are owed again when the statement that took them did not commit', () => {
    const owed = new OwedAccessLog('course', read, facts);
    owingAccessLog(owed, () => takeOwedAccessLog('course'));
    owed.giveBack();
    expect(owed.remaining()).toEqual([row]);
  });

  it('as a read, are handed once to the statement that decides and logs it, and nothing is then left owed', () => {
    const owed = new OwedAccessLog('course', read);
    expect(owingAccessLog(owed, () => takeOwedRead('another course'))).toBeUndefined();
    expect(owingAccessLog(owed, () => takeOwedRead('course'))).toBe(read);
    expect(owingAccessLog(owed, () => takeOwedRead('course'))).toBeUndefined();
    expect(owingAccessLog(owed, () => takeOwedAccessLog('course', facts))).toEqual([]);
    expect(owed.remaining()).toEqual([]);
  });

  it('fail the answer when the decision was left to a statement that never took them', () => {
    expect(() => new OwedAccessLog('course', read).remaining()).toThrow(/answered without being logged/);
  });

  it('are nothing outside a request', () => {
    expect(takeOwedRead('course')).toBeUndefined();
    expect(takeOwedAccessLog('course', facts)).toEqual([]);
  });
});
