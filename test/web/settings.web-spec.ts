import { expect, test } from '@playwright/test';
import { checkAtFieldSizes, checkPage, signInAs } from './pages';
import { readWorld } from './world';

/** The admin gives a staff member their e-mail address, as the staff directory does. */
async function giveEmail(staffId: string, email: string): Promise<void> {
  const world = readWorld();
  const response = await fetch(`${world.baseUrl}/api/v1/staff/${staffId}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${world.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`PATCH /staff/${staffId}: ${response.status} ${await response.text()}`);
}

test('a case manager takes escalations by e-mail at once, cannot hold them for a digest, and makes and replaces the calendar address', async ({
  page,
  context,
}) => {
  // Five pages through axe-core: longer than one story's usual minute on a busy machine.
  test.slow();
  const world = readWorld();
  await giveEmail(world.staff.caseManager.id, 'mette.jensen@webby.example');
  await signInAs(page, 'caseManager');
  await page.getByRole('link', { name: 'Indstillinger' }).click();
  await expect(page.getByRole('heading', { name: 'Indstillinger', level: 1 })).toBeVisible();
  // The browser tests' service has no SMTP server: the page says so, and the choices are kept for when it has.
  await expect(page.getByText('ICM sender ikke e-mail')).toBeVisible();
  await expect(page.getByText('E-mails sendes til mette.jensen@webby.example.')).toBeVisible();

  const escalations = page.getByLabel('Eskaleringer');
  await escalations.selectOption('immediate');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Dine valg er gemt.')).toBeVisible();
  await page.reload();
  await expect(escalations).toHaveValue('immediate');
  await expect(page.getByLabel('Påmindelser', { exact: true })).toHaveValue('in_app');

  // The service refuses a digest of escalations (422): the refusal shows at the escalations' field.
  await escalations.selectOption('daily_digest');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('alert')).toContainText('Nogle felter skal rettes.');
  await expect(escalations).toHaveAttribute('aria-invalid', 'true');
  await expect(escalations).toHaveAccessibleDescription(/Eskaleringer kan ikke vente til dagens oversigt/);
  await checkPage(page, 'settings-refused');
  await page.reload();
  await expect(escalations).toHaveValue('immediate');

  await page.getByRole('button', { name: 'Lav kalenderadresse' }).click();
  const address = page.getByLabel('Din kalenderadresse');
  await expect(address).toHaveValue(new RegExp(`^${world.baseUrl}/api/v1/calendar/`));
  const first = await address.inputValue();
  const feed = await fetch(first);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
  expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Kopiér adressen' }).click();
  await expect(page.getByText('Adressen er kopieret.')).toBeVisible();
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(first);
  await checkPage(page, 'settings-calendar');
  await checkAtFieldSizes(page, 'settings-calendar');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Lav en ny adresse' }).click();
  await expect(address).not.toHaveValue(first);
  const second = await address.inputValue();
  expect((await fetch(first)).status).toBe(404);
  expect((await fetch(second)).status).toBe(200);
});

test('every role has the settings page; without an address on file it says that no e-mail comes', async ({ page }) => {
  await signInAs(page, 'teamLead');
  await page.getByRole('link', { name: 'Indstillinger' }).click();
  await expect(page.getByText('Der er ikke registreret en e-mailadresse til dig')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lav kalenderadresse' })).toBeVisible();
  await checkPage(page, 'settings-team-lead');
});
