import type { NotificationRecipient } from '@workflows/icm-course';

/** The recipients a machine named, sorted into the three ways the database can find them. */
export interface RecipientQuery {
  staffIds: string[];
  committee: boolean;
  teamLeadsOf: string[];
}

export function toRecipientQuery(recipients: NotificationRecipient[]): RecipientQuery {
  const query: RecipientQuery = { staffIds: [], committee: false, teamLeadsOf: [] };
  for (const recipient of recipients) {
    if (recipient.role === 'committee') query.committee = true;
    else if (recipient.role === 'team_lead') query.teamLeadsOf.push(recipient.ofStaffId);
    else query.staffIds.push(recipient.staffId);
  }
  return query;
}
