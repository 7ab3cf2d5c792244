import { expect, type Page, test } from '@playwright/test';
import { asStaff, cprBornIn, referralBody } from './as-staff';
import { checkAtFieldSizes, checkPage, signInAs } from './pages';
import { readWorld } from './world';

const masked = (cpr: string) => `${cpr.slice(0, 6)}-XXXX`;

/** A citizen referred by the world's caseworker and approved by its committee as `approval` says. */
async function approvedCourse(name: string, cpr: string, approval: object): Promise<string> {
  const { courseId } = await asStaff(
    'caseworker',
    ['caseworker'],
    'POST',
    '/referrals',
    referralBody(cpr, { citizen: { cpr, name } }),
  );
  await asStaff('committee', ['committee_member'], 'POST', `/courses/${courseId}/visitation`, {
    decision: 'approve',
    ...approval,
  });
  return courseId;
}

/** The page at the browser's default size, then at the field's tablet and phone sizes. */
async function checkAtEverySize(page: Page, name: string): Promise<void> {
  await checkPage(page, name);
  await checkAtFieldSizes(page, name);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a team lead's overview: who is out of contact, the caseloads, a closure decided, a waitlisted citizen assigned", async ({
  page,
}) => {
  test.setTimeout(240_000); // four pages, each checked at three sizes
  const world = readWorld();
  const caseManager = world.staff.caseManager;
  const suffix = Math.floor(Math.random() * 1000);
  const absent = { name: `Ida Væk ${suffix}`, cpr: cprBornIn('0772') };
  const closing = { name: `Bo Afslut ${suffix}`, cpr: cprBornIn('0872') };
  const waiting = { cpr: cprBornIn('0972') };

  // A missed appointment starts the outreach ladder; its first level fires at once.
  const absentCourse = await approvedCourse(absent.name, absent.cpr, { caseManagerId: caseManager.id });
  const now = Date.now();
  const appointment = await asStaff('caseManager', ['case_manager'], 'POST', `/courses/${absentCourse}/appointments`, {
    kind: 'treatment',
    startsAt: new Date(now - 60 * 60_000).toISOString(),
    endsAt: new Date(now - 30 * 60_000).toISOString(),
    accompaniedByCaseManager: false,
  });
  await asStaff('caseManager', ['case_manager'], 'POST', `/appointments/${appointment.id}/attendance`, {
    attendance: 'missed',
  });
  // The case manager proposes closing another citizen's course.
  const closingCourse = await approvedCourse(closing.name, closing.cpr, { caseManagerId: caseManager.id });
  await asStaff('caseManager', ['case_manager'], 'POST', `/courses/${closingCourse}/closure-proposals`, {
    reason: 'moved_away',
    justification: 'Er flyttet til en søster i Odense og har fået støtte der.',
  });
  // A third waits for a case manager in the world's team.
  const waitingCourse = await approvedCourse(`Karl Venter ${suffix}`, waiting.cpr, {
    waitlist: { teamId: world.teamId, priority: 'urgent' },
  });

  // The team lead starts on the out-of-contact board.
  await signInAs(page, 'teamLead');
  await expect(page.getByRole('heading', { name: 'Ude af kontakt', level: 1 })).toBeVisible();
  const card = page.locator('.board-card').filter({ hasText: absent.name });
  await expect(card).toContainText('Opsøgende indsats, trin 1');
  await expect(card).toContainText('Ikke kvitteret');
  await expect(card).toContainText(caseManager.name);
  await expect(card).toContainText(masked(absent.cpr));
  await checkAtEverySize(page, 'team-lead-out-of-contact');
  // The case manager's acknowledgement is what the team lead reads instead.
  await asStaff('caseManager', ['case_manager'], 'POST', `/courses/${absentCourse}/escalations/acknowledgements`, {
    level: 1,
    plannedAction: 'Går forbi værestedet i morgen tidlig.',
  });
  await page.reload();
  await expect(card).toContainText('Går forbi værestedet i morgen tidlig.');
  await expect(card).not.toContainText('Ikke kvitteret');

  // The caseloads: the case manager's count against the limit, the full one marked.
  const loads = await asStaff('teamLead', ['team_lead'], 'GET', `/teams/${world.teamId}/caseloads`);
  const mine = (loads as unknown as { id: string; caseload: number; maxCaseload: number }[]).find(
    (member) => member.id === caseManager.id,
  )!;
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Teamets caseloads', level: 1 })).toBeVisible();
  const row = page.locator('.caseload-row').filter({ hasText: caseManager.name });
  await expect(row).toContainText(`${mine.caseload} / ${mine.maxCaseload} borgere`);
  await expect(page.locator('.caseload-row').filter({ hasText: world.staff.fullCaseManager.name })).toContainText(
    'Fuld',
  );
  await checkAtEverySize(page, 'team-lead-caseloads');

  // The closure proposal: a rejection needs a note; the approval closes the course and takes it off the list.
  await page.getByRole('link', { name: 'Afslutninger' }).click();
  const proposal = page.locator('.board-card').filter({ hasText: closing.name });
  await expect(proposal).toContainText('Fraflyttet kommunen');
  await expect(proposal).toContainText(`af ${caseManager.name}`);
  await checkAtEverySize(page, 'team-lead-closures');
  await proposal.getByRole('button', { name: 'Afvis' }).click();
  await expect(proposal.getByText('Skriv, hvorfor forslaget afvises.')).toBeVisible();
  await proposal.getByRole('button', { name: 'Godkend afslutning' }).click();
  await expect(page.getByText(`Forløbet for ${closing.name} er afsluttet.`)).toBeVisible();
  await expect(page.locator('.board-card').filter({ hasText: closing.name })).toHaveCount(0);
  await page.goto(`${world.baseUrl}/forloeb/${closingCourse}`);
  await expect(page.getByText('Fase: Afsluttet')).toBeVisible();

  // The waitlist: the citizen goes to the case manager with a free slot.
  await page.getByRole('link', { name: 'Venteliste' }).click();
  const entry = page.getByRole('row').filter({ hasText: masked(waiting.cpr) });
  await expect(entry).toContainText('Akut');
  await checkAtEverySize(page, 'team-lead-waitlist');
  const picker = entry.getByLabel(`Case manager til ${masked(waiting.cpr)}`);
  await picker.selectOption({ label: (await picker.locator('option', { hasText: caseManager.name }).textContent())! });
  await entry.getByRole('button', { name: 'Tildel' }).click();
  await expect(page.getByText(`${masked(waiting.cpr)} er tildelt ${caseManager.name}.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: masked(waiting.cpr) })).toHaveCount(0);
  const assigned = await asStaff('teamLead', ['team_lead'], 'GET', `/courses/${waitingCourse}`);
  expect(assigned).toMatchObject({ phase: 'planning', caseManagerId: caseManager.id });
});
