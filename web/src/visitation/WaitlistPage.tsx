import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@web/auth/use-me';
import { Alert } from '@web/components/Alert';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDate } from '@web/components/format';
import { useTeamCaseloads } from '@web/team/use-team';
import { WaitlistAssignment } from './WaitlistAssignment';
import { useAssignFromWaitlist, useWaitlist } from './use-visitation';

/**
 * Approved citizens waiting for a case manager: priority first, then the longest wait. A team lead
 * assigns their own team's citizens to a case manager with a free slot.
 */
export function WaitlistPage() {
  const { t } = useTranslation();
  const waitlist = useWaitlist();
  const me = useMe(true).data;
  const teamLead = me?.roles.includes('team_lead') ?? false;
  const caseManagers = useTeamCaseloads();
  const assign = useAssignFromWaitlist();
  const [assigned, setAssigned] = useState<string | null>(null);
  const assignable = (teamId: string) => teamLead && me?.teamId === teamId;
  const anyAssignable = waitlist.data?.some((entry) => assignable(entry.teamId)) ?? false;
  return (
    <>
      <h1>{t('waitlist.title')}</h1>
      {assigned && <Alert kind="success" heading={assigned} />}
      {assign.error && <ProblemAlert problem={assign.error} onReload={() => void waitlist.refetch()} />}
      {waitlist.error && <ProblemAlert problem={waitlist.error} />}
      {waitlist.data?.length === 0 && <p>{t('waitlist.empty')}</p>}
      {waitlist.data && waitlist.data.length > 0 && (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('waitlist.title')}>
          <table className="table table--zebra">
            <caption className="sr-only">{t('waitlist.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('waitlist.priority')}</th>
                <th scope="col">{t('waitlist.citizen')}</th>
                <th scope="col">{t('waitlist.team')}</th>
                <th scope="col">{t('waitlist.since')}</th>
                <th scope="col">{t('waitlist.daysWaited')}</th>
                {anyAssignable && <th scope="col">{t('waitlist.assignment')}</th>}
              </tr>
            </thead>
            <tbody>
              {waitlist.data.map((entry) => (
                <tr key={entry.courseId}>
                  <td>{t(`priority.${entry.priority}`)}</td>
                  <td>
                    <Link to={`/forloeb/${entry.courseId}`}>{entry.citizen.cpr}</Link>
                  </td>
                  <td>{entry.teamId}</td>
                  <td>{formatDate(entry.waitlistedAt)}</td>
                  <td>{entry.daysWaited}</td>
                  {anyAssignable && (
                    <td>
                      {assignable(entry.teamId) && (
                        <WaitlistAssignment
                          cpr={entry.citizen.cpr}
                          caseManagers={caseManagers.data ?? []}
                          pending={assign.isPending}
                          onAssign={(caseManager) => {
                            setAssigned(null);
                            assign.mutate(
                              { courseId: entry.courseId, version: entry.version, caseManagerId: caseManager.id },
                              {
                                onSuccess: () =>
                                  setAssigned(
                                    t('waitlist.assigned', { cpr: entry.citizen.cpr, name: caseManager.name }),
                                  ),
                              },
                            );
                          }}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
