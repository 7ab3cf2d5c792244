import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@src/database/changed-rows';
import type { Role } from '@src/auth/roles';
import type { NotificationPreferencesAnswer, NotificationPreferencesDto } from './dto/notification-preferences.dto';

/** The stored notification preferences; whether e-mail is on at all is the configuration's. */
export type StoredNotificationPreferences = Omit<NotificationPreferencesAnswer, 'emailEnabled'>;

export interface StaffMember {
  id: string;
  name: string;
  roles: Role[];
  teamId: string | null;
  municipality: string | null;
  maxCaseload: number;
  caseload: number;
  email: string | null;
  /** The member's subject at the identity provider, once linked. */
  identitySubject: string | null;
  active: boolean;
  createdAt: Date;
}

export type NewStaffMember = Pick<
  StaffMember,
  'name' | 'roles' | 'teamId' | 'municipality' | 'maxCaseload' | 'email' | 'identitySubject'
>;

/** What an admin may change of a member; absent fields stay as they are. */
export type StaffMemberChange = Partial<Pick<StaffMember, 'email' | 'identitySubject' | 'active'>>;

/** A member's answer columns, from `staff s`. */
const MEMBER_COLUMNS = `s.id, s.name, s.roles, s.team_id AS "teamId", s.municipality, s.max_caseload AS "maxCaseload",
  (SELECT count(*)::int FROM courses c WHERE c.case_manager_id = s.id AND c.phase <> 'closed') AS caseload,
  s.email, s.identity_subject AS "identitySubject", s.deactivated_at IS NULL AS active, s.created_at AS "createdAt"`;

@Injectable()
export class StaffRepository {
  async insert(db: EntityManager, member: NewStaffMember): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO staff (name, roles, team_id, municipality, max_caseload, email, identity_subject)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        member.name,
        member.roles,
        member.teamId,
        member.municipality,
        member.maxCaseload,
        member.email,
        member.identitySubject,
      ],
    );
    return rows[0].id;
  }

  /** Every active member, by name: the development sign-in's list. */
  async listActiveByName(db: EntityManager): Promise<Pick<StaffMember, 'id' | 'name' | 'roles' | 'teamId'>[]> {
    return db.query(
      `SELECT id, name, roles, team_id AS "teamId" FROM staff WHERE deactivated_at IS NULL ORDER BY name, id`,
    );
  }

  /** The staff directory for admins: everyone, active and deactivated, by name, one page. */
  async directory(db: EntityManager, page: { limit: number; offset: number }): Promise<StaffMember[]> {
    return db.query(`SELECT ${MEMBER_COLUMNS} FROM staff s ORDER BY s.name, s.id LIMIT $1 OFFSET $2`, [
      page.limit,
      page.offset,
    ]);
  }

  async find(db: EntityManager, id: string): Promise<StaffMember | undefined> {
    const rows = await db.query(`SELECT ${MEMBER_COLUMNS} FROM staff s WHERE s.id = $1`, [id]);
    return rows[0];
  }

  /**
   * Locks a member's row for an admin's change and counts their open courses under the lock (the
   * caseload lock takes the same row, so no course is assigned to a member being deactivated);
   * undefined for no such member.
   */
  async lockForChange(db: EntityManager, id: string): Promise<{ caseload: number } | undefined> {
    const locked = await db.query(`SELECT id FROM staff WHERE id = $1 FOR UPDATE`, [id]);
    if (!locked[0]) return undefined;
    return { caseload: await openCourseCount(db, id) };
  }

  /** Writes only the fields present in the change. */
  async change(db: EntityManager, id: string, change: StaffMemberChange): Promise<void> {
    await db.query(
      `UPDATE staff SET
         email = CASE WHEN $2 THEN $3 ELSE email END,
         identity_subject = CASE WHEN $4 THEN $5 ELSE identity_subject END,
         deactivated_at = CASE WHEN $6::boolean IS NULL THEN deactivated_at
                               WHEN $6 THEN NULL
                               ELSE coalesce(deactivated_at, now()) END
       WHERE id = $1`,
      [
        id,
        change.email !== undefined,
        change.email ?? null,
        change.identitySubject !== undefined,
        change.identitySubject ?? null,
        change.active ?? null,
      ],
    );
  }

  /**
   * Locks a case manager's row, then counts their open courses. Two statements on purpose: after
   * waiting for the lock, the count must see what the previous holder committed.
   */
  async lockCaseload(
    db: EntityManager,
    staffId: string,
    exceptCourseId: string,
  ): Promise<{ roles: Role[]; maxCaseload: number; caseload: number } | undefined> {
    // A deactivated member takes no new citizens: to the caller they are no case manager.
    const locked = await db.query(
      `SELECT roles, max_caseload AS "maxCaseload" FROM staff WHERE id = $1 AND deactivated_at IS NULL FOR UPDATE`,
      [staffId],
    );
    if (!locked[0]) return undefined;
    return { ...locked[0], caseload: await openCourseCount(db, staffId, exceptCourseId) };
  }

  async teamOf(db: EntityManager, staffId: string): Promise<string | null> {
    const rows = await db.query(`SELECT team_id AS "teamId" FROM staff WHERE id = $1`, [staffId]);
    return rows[0]?.teamId ?? null;
  }

  /** The team leads of a team: who hears of what awaits their decision. */
  async teamLeadsOf(db: EntityManager, teamId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM staff WHERE team_id = $1 AND 'team_lead' = ANY(roles) ORDER BY created_at`,
      [teamId],
    );
    return rows.map((row) => row.id);
  }

  /** Case managers with a free slot, most free capacity first; optionally one team's; `includeFull` adds
   * those at their limit, for a team lead's override. */
  async availableCaseManagers(
    db: EntityManager,
    teamId?: string,
    includeFull = false,
  ): Promise<(StaffMember & { freeSlots: number })[]> {
    const managers = await this.caseManagersWithCaseload(db, teamId ?? null);
    return managers.filter((manager) => includeFull || manager.freeSlots > 0).sort((a, b) => b.freeSlots - a.freeSlots);
  }

  /** Every active case manager (of one team, or all), full ones included, by name. */
  async caseManagersWithCaseload(
    db: EntityManager,
    teamId: string | null,
  ): Promise<(StaffMember & { freeSlots: number })[]> {
    const rows: StaffMember[] = await db.query(
      `SELECT ${MEMBER_COLUMNS}
       FROM staff s WHERE 'case_manager' = ANY(s.roles) AND s.deactivated_at IS NULL AND ($1::text IS NULL OR s.team_id = $1)
       ORDER BY s.name, s.id`,
      [teamId],
    );
    return rows.map((row) => ({ ...row, freeSlots: Math.max(0, row.maxCaseload - row.caseload) }));
  }

  async updateMaxCaseload(db: EntityManager, id: string, maxCaseload: number): Promise<number | undefined> {
    const rows = await returnedRows<{ previous: number }>(
      db,
      `UPDATE staff s SET max_caseload = $2 FROM staff old WHERE s.id = $1 AND old.id = s.id RETURNING old.max_caseload AS previous`,
      [id, maxCaseload],
    );
    return rows[0]?.previous;
  }

  async notificationPreferences(db: EntityManager, id: string): Promise<StoredNotificationPreferences | undefined> {
    const rows = await db.query(
      `SELECT reminder_delivery AS "reminderDelivery", email AS "emailAddress",
              json_build_object('reminders', email_reminders, 'escalations', email_escalations, 'courseNotices', email_course_notices) AS email
       FROM staff WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Sets the reminder delivery, and the e-mail choices when given; answers what is stored, or undefined for no such staff member. */
  async setNotificationPreferences(
    db: EntityManager,
    id: string,
    preferences: NotificationPreferencesDto,
  ): Promise<StoredNotificationPreferences | undefined> {
    const rows = await returnedRows<StoredNotificationPreferences>(
      db,
      `UPDATE staff SET reminder_delivery = $2,
              email_reminders = coalesce($3, email_reminders),
              email_escalations = coalesce($4, email_escalations),
              email_course_notices = coalesce($5, email_course_notices)
       WHERE id = $1
       RETURNING reminder_delivery AS "reminderDelivery", email AS "emailAddress",
              json_build_object('reminders', email_reminders, 'escalations', email_escalations, 'courseNotices', email_course_notices) AS email`,
      [
        id,
        preferences.reminderDelivery,
        preferences.email?.reminders ?? null,
        preferences.email?.escalations ?? null,
        preferences.email?.courseNotices ?? null,
      ],
    );
    return rows[0];
  }
}

/**
 * A member's open courses (but `exceptCourseId`), counted after their row lock: a statement of its
 * own, so that it sees what the lock's previous holder committed.
 */
async function openCourseCount(
  db: EntityManager,
  staffId: string,
  exceptCourseId: string | null = null,
): Promise<number> {
  const [{ caseload }] = await db.query(
    `SELECT count(*)::int AS caseload FROM courses
     WHERE case_manager_id = $1 AND phase <> 'closed' AND ($2::uuid IS NULL OR id <> $2)`,
    [staffId, exceptCourseId],
  );
  return caseload;
}
