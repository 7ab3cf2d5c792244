import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@web/auth/use-me';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { AttentionText } from './AttentionText';
import { useBoard } from './use-board';

/** "Mine borgere": one card per citizen, whoever needs attention now at the top. */
export function BoardPage() {
  const { t } = useTranslation();
  const me = useMe(true);
  const board = useBoard();
  return (
    <>
      <h1>{t('board.title')}</h1>
      {me.data && (
        <p className="caseload">{t('board.caseload', { count: me.data.caseload, max: me.data.maxCaseload })}</p>
      )}
      {board.error && <ProblemAlert problem={board.error} />}
      {board.data?.length === 0 && <p>{t('board.empty')}</p>}
      <ul className="nobullet-list board">
        {board.data?.map((entry) => (
          <li key={entry.courseId} className={`board-card${entry.attention.length > 0 ? ' board-card-attention' : ''}`}>
            <h2 className="h3">
              <Link to={`/forloeb/${entry.courseId}`}>{entry.citizen.name}</Link>{' '}
              <span className="cpr">({entry.citizen.cpr ?? t('board.pseudonymised')})</span>
            </h2>
            <p>
              {t(`phase.${entry.phase}`)} ·{' '}
              {entry.lastContactAt
                ? t('board.lastContact', { at: formatDateTime(entry.lastContactAt) })
                : t('board.noContactYet')}
            </p>
            {entry.attention.length > 0 ? (
              <ul className="attention-list">
                {entry.attention.map((item) => (
                  <li key={`${item.kind}-${item.appointmentId ?? item.since}`}>
                    <AttentionText item={item} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="timeline-meta">{t('board.nothingDue')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
