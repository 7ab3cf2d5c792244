import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@web/components/ProblemAlert';
import { CaseloadBar } from './CaseloadBar';
import { useTeamCaseloads } from './use-team';

/** The team's case managers, each caseload against its limit (ICM's 8:1), the full ones marked. */
export function CaseloadsPage() {
  const { t } = useTranslation();
  const caseloads = useTeamCaseloads();
  const members = caseloads.data ?? [];
  const total = members.reduce((sum, member) => sum + member.caseload, 0);
  const capacity = members.reduce((sum, member) => sum + member.maxCaseload, 0);
  return (
    <>
      <h1>{t('caseloads.title')}</h1>
      {caseloads.error && <ProblemAlert problem={caseloads.error} />}
      {caseloads.data?.length === 0 && <p>{t('caseloads.empty')}</p>}
      {members.length > 0 && <p>{t('caseloads.total', { count: total, capacity, caseManagers: members.length })}</p>}
      <ul className="nobullet-list caseloads">
        {members.map((member) => {
          const full = member.caseload >= member.maxCaseload;
          return (
            <li key={member.id} className="caseload-row">
              <span className="caseload-name">
                <strong>{member.name}</strong>
                {full && <span className="tag tag-full">{t('caseloads.full')}</span>}
              </span>
              <CaseloadBar caseload={member.caseload} max={member.maxCaseload} />
              <span className="caseload-count">
                {t('caseloads.count', { count: member.caseload, max: member.maxCaseload })}
                {!full && <> · {t('caseloads.free', { count: member.freeSlots })}</>}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
