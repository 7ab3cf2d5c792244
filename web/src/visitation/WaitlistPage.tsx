import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDate } from '@web/components/format';
import { useWaitlist } from './use-visitation';

/** Approved citizens waiting for a case manager: priority first, then the longest wait. */
export function WaitlistPage() {
  const { t } = useTranslation();
  const waitlist = useWaitlist();
  return (
    <>
      <h1>{t('waitlist.title')}</h1>
      {waitlist.error && <ProblemAlert problem={waitlist.error} />}
      {waitlist.data?.length === 0 && <p>{t('waitlist.empty')}</p>}
      {waitlist.data && waitlist.data.length > 0 && (
        <div className="table-responsive">
          <table className="table table--zebra">
            <caption className="sr-only">{t('waitlist.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('waitlist.priority')}</th>
                <th scope="col">{t('waitlist.citizen')}</th>
                <th scope="col">{t('waitlist.team')}</th>
                <th scope="col">{t('waitlist.since')}</th>
                <th scope="col">{t('waitlist.daysWaited')}</th>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
