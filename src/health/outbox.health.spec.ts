import { HealthIndicatorService } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@src/config/app-config';
import type { OutboxBacklog, OutboxRepository } from '@src/outbox/outbox.repository';
import { OutboxHealthIndicator } from './outbox.health';

const LIMITS = { READY_MAX_OUTBOX_BACKLOG: 100, READY_MAX_OUTBOX_AGE_MS: 60_000 } as AppConfig;

const indicatorWith = (backlog: () => Promise<OutboxBacklog>) =>
  new OutboxHealthIndicator(
    { manager: {} } as DataSource,
    { backlog } as unknown as OutboxRepository,
    new HealthIndicatorService(),
    LIMITS,
  );

describe('the outbox as a readiness check', () => {
  it('is up while the backlog and the oldest row are within their limits', async () => {
    const result = await indicatorWith(async () => ({ unsent: 100, oldestUnsentAgeMs: 60_000 })).isKeepingUp();
    expect(result).toEqual({ outbox: { status: 'up', unsent: 100, oldestUnsentAgeMs: 60_000 } });
  });

  it.each([
    [{ unsent: 101, oldestUnsentAgeMs: 10 }, '101 unsent rows (at most 100), the oldest 10 ms old (at most 60000 ms)'],
    [
      { unsent: 3, oldestUnsentAgeMs: 60_001 },
      '3 unsent rows (at most 100), the oldest 60001 ms old (at most 60000 ms)',
    ],
  ])('is down, saying by how much, when the relay falls behind (%j)', async (backlog, message) => {
    expect(await indicatorWith(async () => backlog).isKeepingUp()).toEqual({
      outbox: { status: 'down', message, ...backlog },
    });
  });

  it('is down when the outbox cannot be read', async () => {
    const result = await indicatorWith(() => Promise.reject(new Error('Connection terminated'))).isKeepingUp();
    expect(result).toEqual({ outbox: { status: 'down', message: 'Connection terminated' } });
  });
});
