export const ROLES = ['caseworker', 'committee_member', 'case_manager', 'team_lead', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the token's subject (a staff id) and the roles it carries. */
export interface Caller {
  staffId: string;
  roles: Role[];
}

export const hasAnyRole = (caller: Caller, roles: readonly Role[]): boolean =>
  roles.some((role) => caller.roles.includes(role));
