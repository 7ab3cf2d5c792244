import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pagination } from '@web/components/Pagination';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDate } from '@web/components/format';
import { PAGE_SIZE, useQueue } from './use-visitation';

type Status = 'awaiting_visitation' | 'information_requested';

/** The visitation queue, oldest first, each referral's eligibility at a glance. */
export function QueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('awaiting_visitation');
  const [page, setPage] = useState(0);
  const queue = useQueue(status, page);
  const entries = queue.data ?? [];
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <div className="queue-filter" role="group" aria-label={t('queue.statusFilter')}>
        {(['awaiting_visitation', 'information_requested'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className={value === status ? 'button button-primary' : 'button button-secondary'}
            aria-pressed={value === status}
            onClick={() => {
              setStatus(value);
              setPage(0);
            }}
          >
            {t(`referralStatus.${value}`)}
          </button>
        ))}
      </div>
      {queue.error && <ProblemAlert problem={queue.error} />}
      {queue.data && entries.length === 0 && <p>{t('queue.empty')}</p>}
      {entries.length > 0 && (
        <div className="table-responsive">
          <table className="table table--zebra">
            <caption className="sr-only">{t('queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.referredAt')}</th>
                <th scope="col">{t('queue.citizen')}</th>
                <th scope="col">{t('queue.age')}</th>
                <th scope="col">{t('queue.problemAreas')}</th>
                <th scope="col">{t('queue.housing')}</th>
                <th scope="col">{t('queue.basis')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.courseId}>
                  <td>{formatDate(entry.referredAt)}</td>
                  <td>
                    <Link to={`/visitation/${entry.courseId}`}>{entry.citizen.cpr}</Link>
                  </td>
                  <td>
                    {entry.eligibility.age}
                    {entry.eligibility.youth && <span className="tag">{t('queue.youth')}</span>}
                  </td>
                  <td className={entry.eligibility.meetsProblemAreaThreshold ? 'met' : 'unmet'}>
                    {t('queue.areasOf', { count: entry.eligibility.problemAreas })}
                  </td>
                  <td>{t(`eligibilityHousing.${entry.eligibility.housing}`)}</td>
                  <td>{entry.eligibility.section85Basis ? t('common.yes') : t('common.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} shown={entries.length} pageSize={PAGE_SIZE} onPage={setPage} />
    </>
  );
}
