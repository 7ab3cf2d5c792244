import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type StaffKey, WORLD_FILE, type WebWorld } from './world';

const REPO = join(__dirname, '..', '..');
const DIST = join(REPO, 'dist');
const SECRET = 'web-tests-only-secret-web-tests-only';
const TEAM = `web-${process.pid}`;

/** The built modules the setup reuses (the tests run the service as it ships, from dist/). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time, after the build
const built = <T>(path: string): T => require(join(DIST, path)) as T;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Fresh database, the built API and worker as their own processes, and the staff of the stories. */
export default async function globalSetup(): Promise<void> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
  const databaseUrl = process.env.WEB_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/icm_web_${process.pid}`;
  const { freshDatabase } = built<{ freshDatabase(url: string): Promise<void> }>('scripts/support/fresh-database.js');
  await freshDatabase(databaseUrl);

  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    JWT_SECRET: SECRET,
    CPR_ENCRYPTION_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    CPR_HASH_KEY: '1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef',
    DEVELOPMENT_SIGN_IN: 'true',
    QUEUE_PREFIX: `icm-web-${process.pid}`,
    QUIET_HOURS: '',
    OUTBOX_POLL_MS: '50',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    PORT: String(port),
  };
  const start = (entry: string) =>
    spawn(process.execPath, [join(DIST, 'src', entry)], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: false,
    });
  const apiProcess = start('main.js');
  const worker = start('worker.js');
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const healthy = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (tries > 150) throw new Error('The service did not start');
    await sleep(200);
  }

  const { signDevelopmentToken } = built<{
    signDevelopmentToken(secret: string, claims: { sub: string; roles: string[] }): Promise<string>;
  }>('src/auth/development-token.js');
  const adminToken = await signDevelopmentToken(SECRET, { sub: crypto.randomUUID(), roles: ['admin'] });
  const post = async (path: string, body: object, token = adminToken) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string; name: string };
  };
  const people: Record<StaffKey, { name: string; roles: string[]; maxCaseload?: number }> = {
    caseworker: { name: 'Birthe Sørensen', roles: ['caseworker'] },
    committee: { name: 'Kurt Nielsen', roles: ['committee_member'] },
    secondCommittee: { name: 'Lone Madsen', roles: ['committee_member'] },
    // A team lead on the committee may assign a case manager beyond their limit, with a reason.
    committeeTeamLead: { name: 'Hanne Lund', roles: ['committee_member', 'team_lead'] },
    caseManager: { name: 'Mette Jensen', roles: ['case_manager'] },
    fullCaseManager: { name: 'Ole Fuldsen', roles: ['case_manager'], maxCaseload: 0 },
    teamLead: { name: 'Anne Holm', roles: ['team_lead'] },
    admin: { name: 'Per Admin', roles: ['admin'] },
  };
  const staff = {} as WebWorld['staff'];
  for (const [key, person] of Object.entries(people) as [StaffKey, (typeof people)[StaffKey]][]) {
    staff[key] = await post('/staff', { ...person, teamId: TEAM, municipality: 'Webby' });
  }
  const world: WebWorld = {
    baseUrl,
    adminToken,
    teamId: TEAM,
    staff,
    pids: [apiProcess.pid!, worker.pid!],
    databaseUrl,
  };
  mkdirSync(join(WORLD_FILE, '..'), { recursive: true });
  writeFileSync(WORLD_FILE, JSON.stringify(world, null, 2));
  process.env.WEB_BASE_URL = baseUrl;
}
