import { canMove, movesFrom } from './service-status-moves';

describe('a coordinated service moves through its statuses', () => {
  it('starts once requested, pauses and resumes while started, and may end from any open status', () => {
    expect(canMove('requested', 'started')).toBe(true);
    expect(canMove('started', 'paused')).toBe(true);
    expect(canMove('paused', 'started')).toBe(true);
    expect(['requested', 'started', 'paused'].every((from) => canMove(from as 'requested', 'ended'))).toBe(true);
  });

  it('cannot pause what has not started, stand still, or come back once ended', () => {
    expect(canMove('requested', 'paused')).toBe(false);
    expect(canMove('started', 'started')).toBe(false);
    expect(movesFrom('ended')).toEqual([]);
  });
});
