import { expect, type Page, test } from '@playwright/test';
import { asStaff, assignedCourse } from './as-staff';
import { checkAtFieldSizes, checkPage, signInAs } from './pages';
import { built } from './service';
import { readWorld } from './world';

const { OUTCOME_DOMAINS } = built<{ OUTCOME_DOMAINS: readonly string[] }>('workflows/icm-course/course-vocabulary.js');

/** The reassessment (its own page is another story) sends the course back to planning for a new version. */
async function reassessedBackToPlanning(courseId: string) {
  await asStaff('caseManager', ['case_manager'], 'POST', `/courses/${courseId}/events`, {
    type: 'REASSESSMENT_STARTED',
  });
  await asStaff('caseManager', ['case_manager'], 'POST', `/courses/${courseId}/assessments`, {
    kind: 'reassessment',
    nextPhase: 'planning',
    domains: Object.fromEntries(OUTCOME_DOMAINS.map((domain) => [domain, 'unchanged'])),
    housingStatus: 'homeless',
  });
}

const phase = (page: Page, name: string) => expect(page.getByText(new RegExp(`Fase: ${name}`))).toBeVisible();

test('the plan: drafted in the form, approved, a service started, revised after a reassessment, versions side by side', async ({
  page,
  browser,
}) => {
  test.slow(); // a long story: two versions, an approval, a move and a comparison at three sizes
  const name = `Sofie Planlægger ${Math.floor(Math.random() * 1000)}`;
  const courseId = await assignedCourse(name);
  await signInAs(page, 'caseManager');
  await page.getByRole('link', { name }).click();
  const plan = page.getByRole('region', { name: 'Plan', exact: true });
  await expect(plan).toContainText('Der er endnu ingen plan.');
  await phase(page, 'Planlægning');

  // The first version starts empty.
  await plan.getByRole('button', { name: 'Ny version' }).click();
  await expect(plan.getByRole('heading', { name: 'Planens første version' })).toBeVisible();
  await plan.getByLabel('Borgerens ønsker').fill('Jeg vil have min egen lejlighed og se min datter igen.');
  await plan.getByLabel('Ressourcer').fill('God kontakt til søsteren\nLaver god mad');
  await plan.getByLabel('Bolig', { exact: true }).fill('Egen lejlighed inden vinter');
  await plan.getByLabel('Alkohol', { exact: true }).fill('Drikker mindre end i dag');
  await plan.getByRole('button', { name: 'Tilføj indsats' }).click();
  const service = plan.getByRole('group', { name: 'Indsats 1' });
  await service.getByLabel('Type').selectOption({ label: 'Misbrugsbehandling' });
  await service.getByLabel('Udbyder (valgfrit)').fill('Misbrugscenter Nord');
  await service.getByLabel('Kontaktperson').fill('Lone Madsen');
  await service.getByLabel('E-mail (valgfrit)').fill('lone.madsen@');
  await plan.getByRole('button', { name: 'Gem som udkast' }).click();
  // The API's 422 shows at the field it names (services.0.contact.email).
  await expect(page.getByText('Nogle felter skal rettes.')).toBeVisible();
  await expect(service.getByLabel('E-mail (valgfrit)')).toHaveAttribute('aria-invalid', 'true');
  await expect(service.locator('.form-error-message')).toContainText(
    'Ugyldig værdi: skal være en gyldig e-mailadresse',
  );
  await checkPage(page, 'plan-form');
  await service.getByLabel('E-mail (valgfrit)').fill('lone.madsen@example.dk');
  await plan.getByRole('button', { name: 'Gem som udkast' }).click();
  await expect(plan.getByText('Den nye version er gemt som udkast.')).toBeVisible();
  await expect(plan).toContainText('Version 1');
  await expect(plan.locator('.plan-status-draft')).toHaveText('Udkast');
  await expect(plan).toContainText('Egen lejlighed inden vinter');

  // Approving the draft moves the course from planning to coordination.
  await plan.getByRole('button', { name: 'Godkend planen' }).click();
  await expect(plan.getByText('Planen er godkendt.')).toBeVisible();
  await expect(plan.locator('.plan-status-approved')).toHaveText('Godkendt');
  await phase(page, 'Koordinering');
  await expect(plan.getByRole('button', { name: 'Ny version' })).toHaveCount(0);

  const services = plan.locator('.plan-services li');
  await expect(services).toContainText('Anmodet');
  await plan.getByRole('button', { name: 'Sæt i gang: Misbrugsbehandling (Misbrugscenter Nord)' }).click();
  await expect(services).toContainText('I gang');
  await expect(services.getByRole('button')).toHaveText(['Sæt på pause', 'Afslut']);

  await reassessedBackToPlanning(courseId);
  await page.reload();
  await phase(page, 'Planlægning');

  // Version 2 starts from version 1; the service is carried over with its status.
  await plan.getByRole('button', { name: 'Ny version' }).click();
  await expect(plan.getByText('Udfyldt fra version 1.')).toBeVisible();
  await expect(plan.getByLabel('Borgerens ønsker')).toHaveValue(
    'Jeg vil have min egen lejlighed og se min datter igen.',
  );
  await expect(plan.getByRole('group', { name: 'Indsats 1 (videreført, i gang)' })).toBeVisible();
  await checkAtFieldSizes(page, 'plan-form-prefilled');
  await page.setViewportSize({ width: 1280, height: 900 });
  await plan.getByLabel('Bolig', { exact: true }).fill('Egen lejlighed med bostøtte');
  await plan.getByRole('button', { name: 'Gem som udkast' }).click();
  await expect(plan.getByText('Den nye version er gemt som udkast.')).toBeVisible();
  await expect(plan).toContainText('Version 2');
  await expect(plan.locator('.plan-services li')).toContainText('I gang');
  const coordinated = (await asStaff(
    'caseManager',
    ['case_manager'],
    'GET',
    `/courses/${courseId}/services`,
  )) as unknown;
  expect((coordinated as { status: string }[]).map((one) => one.status)).toEqual(['started']);

  await plan.getByRole('button', { name: 'Versioner side om side' }).click();
  await plan.getByLabel('Sammenlign version').selectOption({ label: 'Version 1' });
  await plan.getByLabel('med version').selectOption({ label: 'Version 2' });
  const first = plan.getByRole('region', { name: 'Version 1' });
  const second = plan.getByRole('region', { name: 'Version 2' });
  await expect(first.locator('.plan-changed')).toHaveText(/Egen lejlighed inden vinter/);
  await expect(second.locator('.plan-changed')).toHaveText(/Egen lejlighed med bostøtte/);
  await expect(first).toContainText('Drikker mindre end i dag');
  await expect(second).toContainText('Drikker mindre end i dag');
  await checkPage(page, 'plan-comparison');
  await checkAtFieldSizes(page, 'plan-comparison');

  // The referring caseworker reads the plan, with nothing to change.
  const caseworker = await browser.newPage({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  await signInAs(caseworker, 'caseworker');
  await caseworker.goto(`${readWorld().baseUrl}/forloeb/${courseId}`);
  const theirs = caseworker.getByRole('region', { name: 'Plan', exact: true });
  await expect(theirs).toContainText('Egen lejlighed med bostøtte');
  await expect(theirs.getByRole('button', { name: 'Versioner side om side' })).toBeVisible();
  await expect(theirs.getByRole('button', { name: /Ny version|Godkend|Sæt|Afslut/ })).toHaveCount(0);
  await caseworker.close();
});
