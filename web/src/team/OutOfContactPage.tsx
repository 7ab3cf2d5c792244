import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pagination } from '@web/components/Pagination';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { TEAM_PAGE_SIZE, useCaseManagerNames, useOutOfContact } from './use-team';

/** "Nobody drops out of sight": the team's citizens with a running outreach ladder, longest first. */
export function OutOfContactPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const entries = useOutOfContact(page);
  const names = useCaseManagerNames();
  const shown = entries.data ?? [];
  return (
    <>
      <h1>{t('outOfContact.title')}</h1>
      <p>{t('outOfContact.intro')}</p>
      {entries.error && <ProblemAlert problem={entries.error} />}
      {entries.data?.length === 0 && <p>{t('outOfContact.empty')}</p>}
      <ul className="nobullet-list board">
        {shown.map((entry) => (
          <li key={entry.courseId} className="board-card board-card-attention">
            <h2 className="h3">
              <Link to={`/forloeb/${entry.courseId}`}>{entry.citizen.name}</Link>{' '}
              <span className="cpr">({entry.citizen.cpr ?? t('board.pseudonymised')})</span>
            </h2>
            <p>
              <strong>
                {entry.level > 0 ? t('attention.outreach', { level: entry.level }) : t('outOfContact.levelZero')}
              </strong>{' '}
              · {t('outOfContact.since', { at: formatDateTime(entry.startedAt) })}
            </p>
            <dl className="facts facts-inline">
              <dt>{t('outOfContact.plannedAction')}</dt>
              <dd className={entry.plannedAction ? undefined : 'unmet'}>
                {entry.plannedAction ?? t('outOfContact.notAcknowledged')}
              </dd>
              <dt>{t('outOfContact.caseManager')}</dt>
              <dd>{(entry.caseManagerId && names.get(entry.caseManagerId)) ?? t('outOfContact.unknownCaseManager')}</dd>
              <dt>{t('outOfContact.lastContact')}</dt>
              <dd>{entry.lastContactAt ? formatDateTime(entry.lastContactAt) : t('board.noContactYet')}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {(page > 0 || shown.length === TEAM_PAGE_SIZE) && (
        <Pagination page={page} shown={shown.length} pageSize={TEAM_PAGE_SIZE} onPage={setPage} />
      )}
    </>
  );
}
