import type { LogLevel } from '@nestjs/common';
import { JsonLogger, jsonLines } from './json-logger';
import { withRequestId } from './request-context';

/** A logger writing into memory, and the lines it wrote, parsed. */
function capture(level: LogLevel = 'verbose') {
  const written: string[] = [];
  const logger = new JsonLogger(jsonLines(level, 'api', { write: (line: string) => written.push(line) }));
  return { logger, written, lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const CPR_DIGITS = /0101901234|010190-1234|2512851234/;

describe('JSON log lines', () => {
  it('are one JSON object a line with level, time, process, context and message', () => {
    const { logger, lines } = capture();
    logger.log('Outbox relay started', 'OutboxRelay');
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 'info',
        process: 'api',
        context: 'OutboxRelay',
        msg: 'Outbox relay started',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
  });

  it('never show a CPR number, a name or a token held in a field, however deep', () => {
    const { logger, written, lines } = capture();
    logger.warn(
      {
        msg: 'referral refused',
        cpr: '0101901234',
        citizen: { cpr: '010190-1234', name: 'Jens Jensen', firstName: 'Jens', lastName: 'Jensen' },
        body: { citizen: { citizenName: 'Karen Hansen', fullName: 'Karen Hansen' } },
        request: {
          headers: { authorization: 'Bearer eyJhbGciOi.payload.signature', cookie: 'icm_dashboard=secret-cookie' },
        },
        courseId: '3f0c2a1e-9b7d-4c51-8e2f-6a4b1c9d0e7f',
      },
      'Referrals',
    );
    expect(written.join('')).not.toMatch(CPR_DIGITS);
    expect(written.join('')).not.toMatch(/Jens|Karen|Hansen|eyJhbGciOi|secret-cookie/);
    expect(lines()[0]).toMatchObject({
      msg: 'referral refused',
      citizen: { cpr: '[Redacted]', name: '[Redacted]' },
      request: { headers: { authorization: '[Redacted]', cookie: '[Redacted]' } },
      courseId: '3f0c2a1e-9b7d-4c51-8e2f-6a4b1c9d0e7f',
    });
  });

  it('never show a CPR number written into a message, an unnamed field or a stack', () => {
    const { logger, written } = capture();
    const error = new Error('duplicate key value (cpr)=(2512851234)');
    logger.error(`Lookup of 010190-1234 failed: ${error.message}`, error.stack, 'Citizens');
    logger.log({ msg: 'imported', rows: [{ note: 'cpr 0101901234 from the old system' }] });
    expect(written).toHaveLength(2);
    expect(written.join('')).not.toMatch(CPR_DIGITS);
    expect(JSON.parse(written[0])).toMatchObject({
      msg: 'Lookup of [Redacted] failed: duplicate key value (cpr)=([Redacted])',
      context: 'Citizens',
    });
  });

  it('leave ids, times and long numbers that merely contain such digits as they are', () => {
    const { logger, lines } = capture();
    const ids =
      'staff 12345678-1234-4123-8123-123456789012, job outbox-12-1763900000000, at 2026-01-15T22:41:07.120Z, 31129912345';
    logger.log(ids);
    expect(lines()[0].msg).toBe(ids);
  });

  it('carry the request id of the request in whose context they are written', async () => {
    const { logger, lines } = capture();
    await withRequestId('req-7f3a9c1e', async () => {
      await Promise.resolve();
      logger.log('inside', 'Http');
    });
    logger.log('outside', 'Http');
    expect(lines()).toEqual([
      expect.objectContaining({ msg: 'inside', requestId: 'req-7f3a9c1e' }),
      expect.not.objectContaining({ requestId: expect.anything() }),
    ]);
  });

  it('keep to LOG_LEVEL: that level and the more severe ones', () => {
    const { logger, lines } = capture('warn');
    logger.verbose('v');
    logger.debug('d');
    logger.log('l');
    logger.warn('w');
    logger.error('e');
    logger.fatal('f');
    expect(lines().map((line) => line.level)).toEqual(['warn', 'error', 'fatal']);
    const verbose = capture('verbose');
    verbose.logger.verbose('v');
    expect(verbose.lines()).toEqual([expect.objectContaining({ level: 'trace', msg: 'v' })]);
  });
});
