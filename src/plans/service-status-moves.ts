import type { ServiceStatus } from './plan-vocabulary';

/** Where a service may go from each status: an ended service stays ended (a new need is a new service). */
const MOVES: Record<ServiceStatus, readonly ServiceStatus[]> = {
  requested: ['started', 'ended'],
  started: ['paused', 'ended'],
  paused: ['started', 'ended'],
  ended: [],
};

export const canMove = (from: ServiceStatus, to: ServiceStatus): boolean => MOVES[from].includes(to);

export const movesFrom = (from: ServiceStatus): readonly ServiceStatus[] => MOVES[from];
