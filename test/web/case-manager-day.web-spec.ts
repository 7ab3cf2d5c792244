import { expect, test } from '@playwright/test';
import { asStaff, courseInPlanning } from './as-staff';
import { checkAtFieldSizes, signInAs } from './pages';

test('a case manager’s day: a missed appointment starts the ladder, the board puts the citizen first, a contact ends it', async ({
  page,
}) => {
  const name = `Jonas Dagbog ${Math.floor(Math.random() * 1000)}`;
  const courseId = await courseInPlanning(name);
  const now = Date.now();
  await asStaff('caseManager', ['case_manager'], 'POST', `/courses/${courseId}/appointments`, {
    kind: 'treatment',
    startsAt: new Date(now - 60 * 60_000).toISOString(),
    endsAt: new Date(now - 30 * 60_000).toISOString(),
    service: 'Misbrugscenteret',
    accompaniedByCaseManager: false,
  });

  await signInAs(page, 'caseManager');
  await expect(page.getByRole('heading', { name: 'Mine borgere', level: 1 })).toBeVisible();
  await page.getByRole('link', { name }).click();

  // The appointment was missed: registering it starts the outreach ladder at level 1.
  await page.getByRole('button', { name: 'Udeblev' }).click();
  await expect(page.getByText('I gang: trin 1.')).toBeVisible();
  await expect(page.getByText('Opsøgende indsats i gang')).toBeVisible();

  await page.getByRole('link', { name: 'Mine borgere' }).click();
  const cards = page.locator('.board-card');
  await expect(cards.first()).toContainText(name);
  await expect(cards.first()).toContainText('Opsøgende indsats, trin 1');
  await checkAtFieldSizes(page, 'case-manager-board');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('link', { name }).click();
  await page.getByLabel('Planlagt handling for trin 1').fill('Ringer til bostedet og går forbi værestedet i morgen.');
  await page.getByRole('button', { name: 'Kvittér' }).click();
  await expect(page.getByText('planlagt handling: Ringer til bostedet')).toBeVisible();
  await checkAtFieldSizes(page, 'case-manager-course');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The contact form with the keyboard alone: a successful outreach visit ends the ladder.
  await page.getByLabel('Kontaktform').focus();
  await page.keyboard.press('Tab'); // to the chosen answer, "Ja"
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ved Banegården');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Aftalt nyt møde.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kontakten er registreret.')).toBeVisible();
  await expect(page.getByText('Ingen opsøgende indsats i gang.')).toBeVisible();
  await expect(page.getByText('I kontakt', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Mine borgere' }).click();
  const card = cards.filter({ hasText: name });
  await expect(card).toContainText('Intet kræver handling lige nu.');
  await expect(card).not.toContainText('Opsøgende indsats');
});
