import { expect, test } from '@playwright/test';
import { checkAtFieldSizes, signInAs } from './pages';
import { assignedCourse } from './as-staff';
import { readWorld } from './world';

test('the case manager proposes a closure, the team lead approves it, and the course becomes read-only', async ({
  page,
}) => {
  const name = `Ida Afslut ${Math.floor(Math.random() * 1000)}`;
  const courseId = await assignedCourse(name);
  const coursePage = `${readWorld().baseUrl}/forloeb/${courseId}`;

  await signInAs(page, 'caseManager');
  await page.goto(coursePage);
  await expect(page.locator('[aria-current="step"]')).toHaveText(/Planlægning/);
  await page.getByLabel('Grund', { exact: true }).selectOption('moved_away');
  await page.getByLabel('Begrundelse').fill('Borgeren er flyttet til Aalborg og får hjælp der.');
  await page.getByRole('button', { name: 'Send forslag til teamleder' }).click();
  await expect(page.getByText('afventer teamleder')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send forslag til teamleder' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Log ud' }).click();
  await signInAs(page, 'teamLead');
  await page.goto(coursePage);
  await checkAtFieldSizes(page, 'team-lead-closure');
  await page.getByLabel('Godkend afslutning').check();
  await page.getByLabel('Note (valgfri)').fill('Overdraget til Aalborg Kommune.');
  await page.getByRole('button', { name: 'Gem beslutning' }).click();
  await expect(page.getByText(/Forløbet er afsluttet \(fraflyttet kommunen\)/)).toBeVisible();

  // Closed: the case manager sees the course, and no form to change it.
  await page.getByRole('button', { name: 'Log ud' }).click();
  await signInAs(page, 'caseManager');
  await page.goto(coursePage);
  await expect(page.getByText(/Forløbet er afsluttet/)).toBeVisible();
  await expect(page.locator('form')).toHaveCount(0);
  await expect(page.getByText('Overdraget til Aalborg Kommune.')).toHaveCount(0);
  await checkAtFieldSizes(page, 'closed-course');
});
