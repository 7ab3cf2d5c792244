import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWTPayload } from 'jose';
import { DataSource } from 'typeorm';
import { returnedRows } from '@src/database/changed-rows';
import { AppConfig } from '@src/config/app-config';
import { UnknownStaffIdentity } from '@src/problems/domain-error';
import type { Caller, Role } from './roles';

interface LinkedMember {
  id: string;
  roles: Role[];
  active: boolean;
}

/**
 * The staff member behind a token from the identity provider. The provider's subject is not our
 * staff id: it is linked to one member, by an admin or once by OIDC_MATCH_CLAIM against the
 * members' e-mail addresses. The roles are ours, not the provider's.
 */
@Injectable()
export class StaffIdentities {
  private readonly logger = new Logger(StaffIdentities.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async callerFor(payload: JWTPayload): Promise<Caller> {
    const subject = payload.sub!;
    const member = (await this.linkedTo(subject)) ?? (await this.matchOnce(subject, payload));
    if (!member) {
      throw new UnknownStaffIdentity(
        'You signed in at the identity provider, but your identity is linked to no staff member: ask an administrator to link it',
      );
    }
    if (!member.active) throw new UnknownStaffIdentity('Your staff membership is deactivated');
    return { staffId: member.id, roles: member.roles };
  }

  private async linkedTo(subject: string): Promise<LinkedMember | undefined> {
    const rows: LinkedMember[] = await this.dataSource.query(
      `SELECT id, roles, deactivated_at IS NULL AS active FROM staff WHERE identity_subject = $1`,
      [subject],
    );
    return rows[0];
  }

  /** Links the one active, unlinked member whose e-mail is the claim's; none or several: nobody. */
  private async matchOnce(subject: string, payload: JWTPayload): Promise<LinkedMember | undefined> {
    const claim = this.config.OIDC_MATCH_CLAIM;
    const value = claim ? payload[claim] : undefined;
    // An address the provider says it has not verified proves nothing about who signed in.
    if (typeof value !== 'string' || payload.email_verified === false) return undefined;
    let linked: LinkedMember | undefined;
    try {
      const rows = await returnedRows<LinkedMember>(
        this.dataSource,
        `WITH candidates AS (
           SELECT id FROM staff
           WHERE lower(email) = lower($2) AND identity_subject IS NULL AND deactivated_at IS NULL
         )
         UPDATE staff SET identity_subject = $1
         WHERE id IN (SELECT id FROM candidates) AND (SELECT count(*) FROM candidates) = 1
           AND identity_subject IS NULL
         RETURNING id, roles, true AS active`,
        [subject, value],
      );
      linked = rows[0];
    } catch (error) {
      // The same person's concurrent first request linked them: read that link.
      if ((error as { constraint?: string }).constraint !== 'staff_identity_subject') throw error;
      return this.linkedTo(subject);
    }
    if (linked) this.logger.log(`Linked staff member ${linked.id} to their identity at the provider (${claim})`);
    return linked;
  }
}
