import { Client } from 'pg';
import { type RunningService, startApiProcess } from '@scripts/support/service-process';
import { ensureBuilt } from './support/build';
import { freePort } from './support/free-port';
import { startApp, type TestApp } from './support/test-app';
import { TEST_DATABASE_URL, TEST_ENV } from './support/test-env';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const CPR = '010190-1234';
const NAME = 'Jens Jensen';
const NOTE = `Probe: ${NAME}, CPR ${CPR}, slept at the station`;

/**
 * A statement that fails with personal data among its parameters (issue #12): the note of a
 * NOTE_ADDED event is refused by a CHECK constraint the test adds for the purpose, so that the
 * event log's INSERT fails inside the running service. Nothing the process writes may hold the
 * CPR number or the name, in any form.
 */
describe('a failing statement with personal data among its parameters', () => {
  let api: TestApp;
  let owner: Client;
  let service: RunningService | undefined;
  let caseManager: StaffHandle;
  let courseId: string;

  beforeAll(async () => {
    ensureBuilt();
    api = await startApp();
    const world = new World(api);
    caseManager = await world.staff(['case_manager'], { teamId: 'database-log' });
    courseId = await world.courseIn(
      {
        caseworker: await world.staff(['caseworker']),
        committee: await world.staff(['committee_member']),
        caseManager,
      },
      { phase: 'planning' },
    );
    // As the owner of the schema: the service's own role may not alter tables.
    owner = new Client({ connectionString: TEST_DATABASE_URL });
    await owner.connect();
    await owner.query(
      `ALTER TABLE course_events ADD CONSTRAINT refuses_the_probe CHECK (payload->>'text' NOT LIKE 'Probe:%') NOT VALID`,
    );
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await api?.close();
    await owner?.query(`ALTER TABLE course_events DROP CONSTRAINT IF EXISTS refuses_the_probe`);
    await owner?.end();
  });

  it('is logged as a JSON line naming the statement, and no output of the process holds the CPR number or the name', async () => {
    service = await startApiProcess({ ...TEST_ENV, LOG_LEVEL: 'verbose' }, await freePort(), [], { capture: true });
    const answer = await fetch(`${service.baseUrl}/api/v1/courses/${courseId}/events`, {
      method: 'POST',
      headers: { Authorization: caseManager.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'NOTE_ADDED', text: NOTE }),
    });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await answer.text()).not.toMatch(/0101901234|010190-1234|Jens/);
    await service.stop();

    const output = service.output();
    for (const secret of ['0101901234', '010190-1234', '010190 1234', 'Jens', 'Jensen', 'slept at the station']) {
      expect(output).not.toContain(secret);
    }
    const failures = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.context === 'Database');
    expect(failures).toEqual([
      expect.objectContaining({
        msg: 'statement failed',
        sqlState: '23514',
        statement: expect.stringMatching(/INSERT INTO course_events/),
      }),
    ]);
  }, 60_000);
});
