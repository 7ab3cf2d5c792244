import { type Caller, type Role, ROLES } from './roles';
import { type CourseFacts, courseAccess, relatesTo } from './course-relation';

const ME = '11111111-1111-4111-8111-111111111111';
const SOMEONE_ELSE = '22222222-2222-4222-8222-222222222222';

const unrelated: CourseFacts = {
  courseId: '33333333-3333-4333-8333-333333333333',
  citizenId: '44444444-4444-4444-8444-444444444444',
  referredBy: SOMEONE_ELSE,
  caseManagerId: SOMEONE_ELSE,
  phase: 'coordination',
  closureReason: null,
  inCallersTeam: false,
  inCallersMunicipality: false,
  votedOnRecentClosure: false,
};

/** For each role, the one fact that relates the caller to a course, applied to an unrelated one. */
const RELATING_FACT: Record<Role, Partial<CourseFacts> | null> = {
  caseworker: { referredBy: ME },
  committee_member: { phase: 'visitation', inCallersMunicipality: true },
  case_manager: { caseManagerId: ME },
  team_lead: { inCallersTeam: true },
  admin: null,
  auditor: null,
};

describe('how a role relates to a course', () => {
  it.each(ROLES)('%s relates to no course without its relating fact', (role) => {
    expect(relatesTo(role, ME, unrelated)).toBe(false);
  });

  it.each(ROLES.filter((role) => RELATING_FACT[role]))('%s relates through its own fact only', (role) => {
    const course = { ...unrelated, ...RELATING_FACT[role] };
    expect(ROLES.filter((other) => relatesTo(other, ME, course))).toEqual([role]);
  });

  it.each(['referral', 'visitation'])('the committee of its municipality sees a course in %s', (phase) => {
    expect(relatesTo('committee_member', ME, { ...unrelated, phase, inCallersMunicipality: true })).toBe(true);
  });

  it.each(['referral', 'visitation'])("another municipality's committee does not see a course in %s", (phase) => {
    expect(relatesTo('committee_member', ME, { ...unrelated, phase })).toBe(false);
  });

  it.each(['planning', 'coordination', 'follow_up', 'reassessment', 'closed'])(
    'the committee does not see a course in %s, not even its own municipality',
    (phase) => {
      expect(relatesTo('committee_member', ME, { ...unrelated, phase, inCallersMunicipality: true })).toBe(false);
    },
  );

  it('a member who voted on a rejection sees it for the review period, and no other closure', () => {
    const rejected = { ...unrelated, phase: 'closed', closureReason: 'rejected_at_visitation' };
    expect(relatesTo('committee_member', ME, { ...rejected, votedOnRecentClosure: true })).toBe(true);
    expect(relatesTo('committee_member', ME, { ...rejected, votedOnRecentClosure: false })).toBe(false);
    expect(relatesTo('committee_member', ME, { ...rejected, inCallersMunicipality: true })).toBe(false);
    expect(
      relatesTo('committee_member', ME, {
        ...unrelated,
        phase: 'closed',
        closureReason: 'moved_away',
        votedOnRecentClosure: true,
      }),
    ).toBe(false);
  });

  it('admin and auditor see no course, even one they would otherwise be related to by every fact', () => {
    const everything = {
      ...unrelated,
      referredBy: ME,
      caseManagerId: ME,
      phase: 'visitation',
      inCallersTeam: true,
      inCallersMunicipality: true,
      votedOnRecentClosure: true,
    };
    expect(relatesTo('admin', ME, everything)).toBe(false);
    expect(relatesTo('auditor', ME, everything)).toBe(false);
  });
});

describe('what the caller may do to a course', () => {
  const caller = (...roles: Role[]): Caller => ({ staffId: ME, roles });

  it('is hidden when no role relates the caller, whatever the route allows', () => {
    expect(courseAccess(caller('case_manager', 'caseworker'), ROLES, unrelated)).toBe('hidden');
  });

  it('is allowed when a related role may do it', () => {
    expect(
      courseAccess(caller('case_manager'), ['case_manager', 'team_lead'], { ...unrelated, caseManagerId: ME }),
    ).toBe('allowed');
  });

  it('is forbidden when the caller sees the course only in a role that may not do it', () => {
    expect(courseAccess(caller('caseworker'), ['case_manager', 'team_lead'], { ...unrelated, referredBy: ME })).toBe(
      'forbidden',
    );
  });

  it('a role the caller holds but is unrelated in does not lend its rights to a related one', () => {
    // A case manager of another course, who referred this one: sees it as its caseworker only.
    expect(courseAccess(caller('caseworker', 'case_manager'), ['case_manager'], { ...unrelated, referredBy: ME })).toBe(
      'forbidden',
    );
  });

  it('any one related role that may do it is enough', () => {
    const course = { ...unrelated, referredBy: ME, inCallersTeam: true };
    expect(courseAccess(caller('caseworker', 'team_lead'), ['team_lead'], course)).toBe('allowed');
  });
});
