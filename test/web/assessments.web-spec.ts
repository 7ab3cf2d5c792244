import { expect, type Locator, test } from '@playwright/test';
import { planBody } from '@test/support/care-planning';
import { asStaff, assignedCourse } from './as-staff';
import { checkAtFieldSizes, checkPage, signInAs } from './pages';
import { readWorld } from './world';

/** Rates each domain in the form by its Danish name; the rest get `others`. */
async function rate(section: Locator, ratings: Record<string, string>, others: string) {
  for (const domain of DOMAINS) {
    await section
      .getByRole('group', { name: domain, exact: true })
      .getByLabel(ratings[domain] ?? others, { exact: true })
      .check();
  }
}

const DOMAINS = [
  'Alkohol',
  'Stoffer',
  'Hash',
  'Samlet misbrug',
  'Fysisk helbred',
  'Psykisk sygdom',
  'Daglig funktion',
  'Økonomi',
  'Socialt netværk',
];

test('the case manager records the baseline, starts a reassessment and completes it choosing the next phase; the history shows both', async ({
  page,
}) => {
  test.slow(); // a long story with five accessibility checks of a long page
  const name = `Karen Vurdering ${Math.floor(Math.random() * 1000)}`;
  const courseId = await assignedCourse(name);

  await signInAs(page, 'caseManager');
  await page.goto(`${readWorld().baseUrl}/forloeb/${courseId}`);
  const section = page.getByRole('region', { name: 'Vurderinger' });
  await expect(section.getByText('Der er ingen vurderinger endnu.')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Udgangsvurdering' })).toBeVisible();

  // Nothing chosen: each question says so at itself.
  await section.getByRole('button', { name: 'Gem udgangsvurdering' }).click();
  await expect(section.getByRole('group', { name: 'Alkohol', exact: true })).toContainText('Vælg en af mulighederne.');
  await expect(section.getByRole('group', { name: 'Boligsituation' })).toContainText('Vælg en af mulighederne.');

  // The API's 422 lands at its field: more days than the month has.
  await rate(section, { Hash: 'Ikke relevant' }, 'Uændret');
  await section.getByRole('group', { name: 'Boligsituation' }).getByLabel('Hjemløs').check();
  const days = section.getByLabel('Dage med problematisk brug af rusmidler (valgfrit)');
  await days.fill('45');
  await section.getByRole('button', { name: 'Gem udgangsvurdering' }).click();
  await expect(section.getByText('Nogle felter skal rettes.')).toBeVisible();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await days.fill('20');
  await section.getByRole('button', { name: 'Gem udgangsvurdering' }).click();
  await expect(section.getByText('Vurderingen er gemt.')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Gem udgangsvurdering' })).toBeHidden();
  const rows = section.getByRole('region', { name: 'Alle vurderinger, ældste først' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Udgangsvurdering');
  await expect(rows.first()).toContainText('Hjemløs');
  await expect(rows.first()).toContainText('20');

  // The plan is approved (coordination); the case manager then opens the reassessment on the page.
  await asStaff('caseManager', ['case_manager'], 'POST', `/courses/${courseId}/plan`, planBody());
  await asStaff('caseManager', ['case_manager'], 'POST', `/courses/${courseId}/plan/approval`);
  await page.reload();
  await section.getByRole('button', { name: 'Start revurdering' }).click();
  await expect(section.getByRole('heading', { name: 'Revurdering' })).toBeVisible();
  await expect(section.getByText('Vurderingen er gemt.')).toBeHidden();
  await rate(section, { Økonomi: 'Negativ', Hash: 'Ikke relevant', 'Socialt netværk': 'Uændret' }, 'Positiv');
  await section.getByRole('group', { name: 'Boligsituation' }).getByLabel('Egen bolig').check();
  await days.fill('4');
  await section
    .getByRole('group', { name: 'Hvor fortsætter forløbet?' })
    .getByLabel(/^Opfølgning/)
    .check();
  await section.getByLabel('Note (valgfrit)').fill('Flyttet i egen lejlighed i maj.');
  await checkAtFieldSizes(page, 'course-assessment-form');
  await page.setViewportSize({ width: 1280, height: 900 });

  await section.getByRole('button', { name: 'Gem revurdering' }).click();
  await expect(section.getByText('Vurderingen er gemt.')).toBeVisible();
  await expect(rows).toHaveCount(2);
  expect((await asStaff('caseManager', ['case_manager'], 'GET', `/courses/${courseId}`)).phase).toBe('follow_up');
  await expect(rows.nth(1)).toContainText('Revurdering');
  await expect(rows.nth(1)).toContainText('Egen bolig');
  await expect(rows.nth(1)).toContainText('Opfølgning');
  await expect(rows.nth(1)).toContainText('Flyttet i egen lejlighed');

  // Each domain's chart says in words what its marks show, oldest first.
  await expect(
    section.getByRole('img', { name: /^Alkohol: Udgangsvurdering .+: Uændret; Revurdering .+: Positiv$/ }),
  ).toBeVisible();
  await expect(
    section.getByRole('img', { name: /^Økonomi: Udgangsvurdering .+: Uændret; Revurdering .+: Negativ$/ }),
  ).toBeVisible();
  await expect(
    section.getByRole('img', { name: /^Hash: Udgangsvurdering .+: Ikke relevant; Revurdering .+: Ikke relevant$/ }),
  ).toBeVisible();
  // Nothing is due now: no form, and the next reassessment can be started again.
  await expect(section.getByRole('button', { name: 'Start revurdering' })).toBeVisible();
  await checkPage(page, 'course-assessments');
  await checkAtFieldSizes(page, 'course-assessments');
});
