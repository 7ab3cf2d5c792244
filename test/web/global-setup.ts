import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@test/support/free-port';
import { built, REPO, SERVICE_ENV, startApi, startProcess } from './service';
import { type StaffKey, WORLD_FILE, type WebWorld } from './world';

const SECRET = 'web-tests-only-secret-web-tests-only';
const TEAM = `web-${process.pid}`;

/** Fresh database, the built API and worker as their own processes, and the staff of the stories. */
export default async function globalSetup(): Promise<void> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
  const databaseUrl = process.env.WEB_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/icm_web_${process.pid}`;
  const { freshDatabase } = built<{ freshDatabase(url: string): Promise<void> }>('scripts/support/fresh-database.js');
  await freshDatabase(databaseUrl);

  const port = await freePort();
  const env = {
    ...SERVICE_ENV,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: SECRET,
    DEVELOPMENT_SIGN_IN: 'true',
    // The calendar address the settings page hands out points back at this service.
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  const { baseUrl, api: apiProcess } = await startApi(env, port);
  const worker = startProcess('worker.js', env);

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
    // Every story gives Mette a citizen: room for all of them in one run.
    caseManager: { name: 'Mette Jensen', roles: ['case_manager'], maxCaseload: 40 },
    fullCaseManager: { name: 'Ole Fuldsen', roles: ['case_manager'], maxCaseload: 0 },
    teamLead: { name: 'Anne Holm', roles: ['team_lead'] },
    admin: { name: 'Per Admin', roles: ['admin'] },
    auditor: { name: 'Ida Revisor', roles: ['auditor'] },
    // The case manager of the auditor's story, whose new citizen no other story's inbox sees.
    auditedCaseManager: { name: 'Sofie Kragh', roles: ['case_manager'] },
  };
  const staff = {} as WebWorld['staff'];
  for (const [key, person] of Object.entries(people) as [StaffKey, (typeof people)[StaffKey]][]) {
    staff[key] = await post('/staff', { ...person, teamId: TEAM, municipality: 'Webby' });
  }
  const world: WebWorld = {
    baseUrl,
    adminToken,
    secret: SECRET,
    teamId: TEAM,
    staff,
    pids: [apiProcess.pid!, worker.pid!],
    databaseUrl,
  };
  mkdirSync(join(WORLD_FILE, '..'), { recursive: true });
  writeFileSync(WORLD_FILE, JSON.stringify(world, null, 2));
  process.env.WEB_BASE_URL = baseUrl;
}
