import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@web/components/Alert';
import { Pagination } from '@web/components/Pagination';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { formatDateTime } from '@web/components/format';
import { ClosureDecisionForm } from './ClosureDecisionForm';
import { PROPOSALS_PAGE_SIZE, usePendingProposals } from './use-closure-proposals';

/** The closure proposals of the team's courses awaiting the team lead, oldest first. */
export function ClosureProposalsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const proposals = usePendingProposals(page);
  const [decided, setDecided] = useState<string | null>(null);
  const shown = proposals.data ?? [];
  return (
    <>
      <h1>{t('closures.title')}</h1>
      {decided && <Alert kind="success" heading={decided} />}
      {proposals.error && <ProblemAlert problem={proposals.error} />}
      {proposals.data?.length === 0 && <p>{t('closures.empty')}</p>}
      <ul className="nobullet-list">
        {shown.map((proposal) => (
          <li key={proposal.id} className="board-card">
            <h2 className="h3">
              <Link to={`/forloeb/${proposal.courseId}`}>{proposal.citizen.name}</Link>{' '}
              <span className="cpr">({proposal.citizen.cpr ?? t('board.pseudonymised')})</span>
            </h2>
            <dl className="facts">
              <dt>{t('closures.reason')}</dt>
              <dd>{t(`closureReason.${proposal.reason}`)}</dd>
              <dt>{t('closures.justification')}</dt>
              <dd>{proposal.justification}</dd>
              <dt>{t('closures.proposed')}</dt>
              <dd>
                {t('closures.proposedBy', {
                  name: proposal.proposerName ?? t('outOfContact.unknownCaseManager'),
                  at: formatDateTime(proposal.proposedAt),
                })}
              </dd>
            </dl>
            <ClosureDecisionForm
              proposal={proposal}
              onReload={() => void proposals.refetch()}
              onDecided={(decision) => setDecided(t(`closures.decided.${decision}`, { name: proposal.citizen.name }))}
            />
          </li>
        ))}
      </ul>
      {(page > 0 || shown.length === PROPOSALS_PAGE_SIZE) && (
        <Pagination page={page} shown={shown.length} pageSize={PROPOSALS_PAGE_SIZE} onPage={setPage} />
      )}
    </>
  );
}
