import { useTranslation } from 'react-i18next';
import { movesFrom } from '@src/plans/service-status-moves';
import type { PlannedService, ServiceStatus } from './use-plan';

/** The moves the API allows a service from its status, one button each (an ended service has none). */
export function ServiceMoves({
  service,
  pending,
  onMove,
}: {
  service: PlannedService;
  pending: boolean;
  onMove: (status: ServiceStatus) => void;
}) {
  const { t } = useTranslation();
  const moves = movesFrom(service.status);
  if (moves.length === 0) return null;
  const name = t(`plan.serviceKind.${service.kind}`) + (service.provider ? ` (${service.provider})` : '');
  return (
    <span className="plan-service-moves">
      {moves.map((status) => (
        <button
          key={status}
          type="button"
          className="button button-secondary"
          disabled={pending}
          aria-label={t('plan.moveLabel', { action: t(`plan.move.${status}`), service: name })}
          onClick={() => onMove(status)}
        >
          {t(`plan.move.${status}`)}
        </button>
      ))}
    </span>
  );
}
