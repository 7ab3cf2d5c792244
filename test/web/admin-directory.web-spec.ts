import { expect, type Page, test } from '@playwright/test';
import { checkPage, signInAs } from './pages';
import { built } from './service';
import { readWorld, type StaffKey } from './world';

const SUFFIX = String(Date.now()).slice(-5);

/** A CPR number with a real date in the 1970s and a random serial (7th digit 0-3: born 1900-1999). */
function randomCpr(): string {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const year = String(70 + Math.floor(Math.random() * 10));
  return `${day}${month}${year}-${Math.floor(Math.random() * 4)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
}

/** The API as one of the world's staff, through the development sign-in as the browser gets it. */
async function apiAs(who: StaffKey) {
  const { baseUrl, staff } = readWorld();
  const signIn = await fetch(`${baseUrl}/api/v1/sign-in/development`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ staffId: staff[who].id }),
  });
  expect(signIn.status).toBe(201);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  return async <T>(path: string, body: object): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** A course the committee approved with the world's case manager: an open course he holds. */
async function giveTheCaseManagerACourse(): Promise<void> {
  const { referralBody } = built<{ referralBody(cpr: string): object }>('scripts/support/referral-fixture.js');
  const { courseId } = await (await apiAs('caseworker'))<{ courseId: string }>('/referrals', referralBody(randomCpr()));
  await (
    await apiAs('committee')
  )(`/courses/${courseId}/visitation`, {
    decision: 'approve',
    caseManagerId: readWorld().staff.caseManager.id,
  });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  // A string, evaluated in the page: the tests are compiled without the DOM's types.
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
}

const rowOf = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

test('the admin keeps the staff directory: adds, links, corrects, deactivates, and is refused while courses are open', async ({
  page,
}) => {
  // The whole story in one browser: longer than one page's test.
  test.slow();
  const { baseUrl, teamId, staff } = readWorld();
  const name = `Sofie Testrup ${SUFFIX}`;
  await signInAs(page, 'admin');
  await page.getByRole('link', { name: 'Medarbejdere' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Medarbejdere' })).toBeVisible();
  await expect(rowOf(page, staff.caseManager.name)).toBeVisible();
  await checkPage(page, 'admin-directory');

  // A new case manager, with an e-mail: in the list at once.
  const add = page.getByRole('region', { name: 'Tilføj medarbejder' });
  await add.getByLabel('Navn', { exact: true }).fill(name);
  await add.getByLabel('Case manager', { exact: true }).check();
  await add.getByLabel('Team', { exact: true }).fill(teamId);
  await add.getByLabel('Kommune', { exact: true }).fill('Webby');
  await add.getByLabel('Loft for antal sager').fill('6');
  await add.getByLabel('E-mail', { exact: true }).fill(`sofie.${SUFFIX}@webby.dk`);
  await add.getByRole('button', { name: 'Tilføj medarbejder' }).click();
  await expect(add.getByText(`${name} er tilføjet.`)).toBeVisible();
  const row = rowOf(page, name);
  await expect(row).toContainText('Case manager');
  await expect(row).toContainText(`sofie.${SUFFIX}@webby.dk`);
  await expect(row).toContainText('0 / 6');
  await expect(row.getByRole('cell', { name: 'Nej', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Aktiv', exact: true })).toBeVisible();

  // Linked to the municipality's sign-in by the identity's subject.
  await page.getByRole('button', { name: `Redigér ${name}` }).click();
  const editor = page.getByRole('region', { name: `Redigér ${name}` });
  await expect(editor.getByRole('heading', { name: `Redigér ${name}` })).toBeFocused();
  await editor.getByLabel('Id hos kommunens login').fill(`sub-${SUFFIX}`);
  await editor.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(editor.getByText('Ændringerne er gemt.')).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Ja', exact: true })).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Fjern kobling' })).toBeVisible();

  // A bad address: the service's 422 is shown at the e-mail field, and nothing changes.
  const email = editor.getByLabel('E-mail', { exact: true });
  await email.fill('ikke-en-adresse');
  await editor.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(editor.getByText('Nogle felter skal rettes.')).toBeVisible();
  await expect(editor.getByText('Feltet E-mail skal rettes.')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.locator('.form-error-message')).toContainText('Ugyldig værdi: skal være en gyldig e-mailadresse');
  await expect(row).toContainText(`sofie.${SUFFIX}@webby.dk`);
  await checkPage(page, 'admin-staff-field-error');

  // One identity at the provider is one member: a second link is refused at the identity's field.
  await add.getByLabel('Navn', { exact: true }).fill(`Dobbelt ${SUFFIX}`);
  await add.getByLabel('Sagsbehandler', { exact: true }).check();
  await add.getByLabel('Id hos kommunens login').fill(`sub-${SUFFIX}`);
  await add.getByRole('button', { name: 'Tilføj medarbejder' }).click();
  await expect(add.getByText('Feltet Id hos kommunens login skal rettes.')).toBeVisible();
  await expect(add.getByLabel('Id hos kommunens login')).toHaveAttribute('aria-invalid', 'true');
  await expect(add.locator('.form-error-message')).toContainText('allerede knyttet til en anden medarbejder');
  await expect(rowOf(page, `Dobbelt ${SUFFIX}`)).toHaveCount(0);

  // Without open courses the member may be deactivated; the list says so.
  await editor.getByRole('button', { name: 'Deaktivér medarbejderen' }).click();
  await expect(editor.getByText(`${name} er deaktiveret.`)).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Deaktiveret', exact: true })).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Genaktivér medarbejderen' })).toBeVisible();

  // The world's case manager holds a course: deactivating him is refused, in Danish, where he is edited.
  await giveTheCaseManagerACourse();
  await page.reload();
  const caseManager = staff.caseManager.name;
  await page.getByRole('button', { name: `Redigér ${caseManager}` }).click();
  const his = page.getByRole('region', { name: `Redigér ${caseManager}` });
  await his.getByRole('button', { name: 'Deaktivér medarbejderen' }).click();
  await expect(
    his.getByText(`${caseManager} kan ikke deaktiveres, fordi medarbejderen stadig har åbne forløb.`),
  ).toBeVisible();
  await expect(his.getByText(/Flyt medarbejderens \d+ åbne forløb/)).toBeVisible();
  await expect(rowOf(page, caseManager).getByRole('cell', { name: 'Aktiv', exact: true })).toBeVisible();
  await checkPage(page, 'admin-staff-open-courses');

  // A deep link opens the page, and it fits a small laptop and a phone without sideways scrolling.
  await page.goto(`${baseUrl}/admin/medarbejdere`);
  await expect(page.getByRole('heading', { level: 1, name: 'Medarbejdere' })).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(rowOf(page, caseManager)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await checkPage(page, 'admin-directory-1024');
  // On a small laptop even the table fits: its own scrolling is for narrower or longer cases.
  const table = page.getByRole('region', { name: 'Medarbejderoversigt (kan rulles vandret)' });
  expect(await table.evaluate((region) => region.scrollWidth <= region.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: `Redigér ${name}` }).click();
  await expectNoHorizontalScroll(page);
  await checkPage(page, 'admin-directory-phone');
  await page
    .getByRole('region', { name: `Redigér ${name}` })
    .getByRole('button', { name: 'Luk' })
    .click();
  await expect(page.getByRole('button', { name: `Redigér ${name}` })).toBeFocused();
});

test('the queue dashboard opens from the page in a new tab', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto(`${readWorld().baseUrl}/admin/medarbejdere`);
  const [dashboard] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Åbn køoversigten' }).click(),
  ]);
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toMatch(/\/admin\/queues$/);
  expect(await dashboard.title()).not.toBe('');
  await expect(page.getByText('Køoversigten er åbnet i en ny fane.')).toBeVisible();
});

test('only an admin sees the staff directory in the navigation', async ({ page }) => {
  await signInAs(page, 'teamLead');
  await expect(page.getByRole('link', { name: 'Venteliste' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Medarbejdere' })).toHaveCount(0);
});
