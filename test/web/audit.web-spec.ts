import { expect, type Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { referralBody } from '@scripts/support/referral-fixture';
import { checkPage, signInAs } from './pages';
import { readWorld, type StaffKey } from './world';

/** A CPR number born in 1985 (7th digit 2), random enough for one run. */
function nextCpr(): string {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  return `${day}${month}85-2${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
}

/** A world member's bearer token, through the development sign-in the web's own sign-in page uses. */
async function tokenOf(who: StaffKey): Promise<string> {
  const world = readWorld();
  const response = await fetch(`${world.baseUrl}/api/v1/sign-in/development`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ staffId: world.staff[who].id }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The caseworker's referral, sent through the API: this story is the auditor's, not the caseworker's. */
async function referThroughApi(cpr: string, name: string): Promise<string> {
  const response = await fetch(`${readWorld().baseUrl}/api/v1/referrals`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await tokenOf('caseworker')}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify(referralBody(cpr, { citizen: { cpr, name } })),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { courseId: string }).courseId;
}

/** The page never scrolls sideways: a wide table scrolls inside its own box. */
async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(
    0,
  );
}

test("the auditor finds a citizen by CPR number, sees who read the citizen's data, and downloads it as CSV", async ({
  page,
}) => {
  // A long story: five sign-ins and four pages checked with axe.
  test.slow();
  const world = readWorld();
  const cpr = nextCpr();
  const masked = `${cpr.slice(0, 6)}-XXXX`;
  const courseId = await referThroughApi(cpr, 'Svend Revisen');

  // The committee reads the referral; after the approval, the case manager reads the course.
  await signInAs(page, 'committee');
  await page.goto(`${world.baseUrl}/visitation/${courseId}`);
  await expect(page.getByRole('heading', { name: /Svend Revisen/ })).toBeVisible();
  const picker = page.getByLabel('Case manager', { exact: true });
  await picker.selectOption({ label: (await picker.locator('option', { hasText: 'Sofie Kragh' }).textContent())! });
  await page.getByRole('button', { name: 'Send afgørelse' }).click();
  await expect(page.getByText('Godkendt: borgeren har fået en case manager.')).toBeVisible();
  await signInAs(page, 'auditedCaseManager');
  await page.goto(`${world.baseUrl}/forloeb/${courseId}`);
  await expect(page.getByText(masked).first()).toBeVisible();

  // Only the auditor has the page.
  await expect(page.getByRole('link', { name: 'Adgangslog' })).toHaveCount(0);
  await signInAs(page, 'auditor');
  await expect(page.getByRole('heading', { name: 'Adgangslog' })).toBeVisible();
  await checkPage(page, 'auditor-access-log');

  // A CPR number no citizen has, then a malformed one, then the citizen's.
  await page.getByLabel('CPR-nummer').fill('010100-5999');
  await page.getByRole('button', { name: 'Find borger' }).click();
  await expect(page.getByText('Ingen borger har dette CPR-nummer')).toBeVisible();
  await page.getByLabel('CPR-nummer').fill('310285-1234');
  await page.getByRole('button', { name: 'Find borger' }).click();
  await expect(page.getByLabel('CPR-nummer')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('CPR-nummer').fill(cpr);
  await page.getByRole('button', { name: 'Find borger' }).click();

  const found = page.getByLabel('Fundet borger');
  await expect(found).toContainText('Svend Revisen');
  await expect(found).toContainText(masked);
  await expect(page.getByLabel('CPR-nummer')).toHaveValue('');
  const table = page.getByRole('table', { name: /Læsninger/ });
  for (const reader of ['Kurt Nielsen', 'Sofie Kragh', 'Ida Revisor'])
    await expect(table.getByRole('cell', { name: reader }).first()).toBeVisible();
  await expect(table.getByRole('row', { name: /Kurt Nielsen.*Visitationsudvalg.*Henvisning/ }).first()).toBeVisible();
  await expect(table.getByRole('row', { name: /Ida Revisor.*Revisor.*Opslag på CPR-nummer/ })).toHaveCount(1);
  await checkPage(page, 'auditor-access-log-citizen');
  await expectNoSidewaysScrolling(page);

  // One member's reads only.
  await table.getByRole('button', { name: 'Kun denne medarbejder: Kurt Nielsen' }).first().click();
  await expect(page.getByLabel('Medarbejder-id (valgfrit)')).toHaveValue(world.staff.committee.id);
  await expect(table.getByRole('cell', { name: 'Sofie Kragh' })).toHaveCount(0);
  await expect(table.getByRole('cell', { name: 'Kurt Nielsen' }).first()).toBeVisible();
  const shown = await table.locator('tbody tr').count();

  // The CSV holds the same reads.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^adgangslog-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe('at,staffId,staffName,role,citizenId,courseId,method,route');
  expect(lines).toHaveLength(shown + 1);
  for (const line of lines.slice(1))
    expect(line).toMatch(new RegExp(`^[^,]+,${world.staff.committee.id},Kurt Nielsen,committee_member,`));
  expect(lines.join('\n')).toContain(`,${courseId},GET,GET /api/v1/referrals/:courseId`);
  // Bounded, because a UUID's last group may hold ten digits in a row.
  expect(lines.join('\n')).not.toMatch(/\b\d{6}-?\d{4}\b/);
  expect(lines.join('\n')).not.toContain(cpr.replace('-', ''));

  for (const [width, height, name] of [
    [390, 844, 'auditor-access-log-phone'],
    [1024, 768, 'auditor-access-log-1024'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expectNoSidewaysScrolling(page);
    await checkPage(page, name);
  }

  // The citizen's copy of their data, with the full CPR number: a download, never on the page.
  await page.setViewportSize({ width: 1280, height: 900 });
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent indsigt (JSON)' }).click();
  const copy = JSON.parse(await readFile((await (await exporting).path())!, 'utf8')) as Record<string, unknown>;
  expect(JSON.stringify(copy)).toContain(courseId);

  // Erasure is refused while the citizen's course is open, and says why.
  await page.getByRole('button', { name: 'Pseudonymisér borgeren' }).click();
  await page.getByRole('button', { name: 'Ja, pseudonymisér' }).click();
  await expect(page.getByText('Borgeren har et åbent forløb.')).toBeVisible();
});
