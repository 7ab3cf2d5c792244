import { expect, test } from '@playwright/test';
import { checkAtFieldSizes, signInAs } from './pages';
import { asStaff, assignedCourse } from './as-staff';
import { readWorld } from './world';

test('a case manager’s day: a missed appointment starts the ladder, the board puts the citizen first, a contact ends it', async ({
  page,
}) => {
  const name = `Jonas Dagbog ${Math.floor(Math.random() * 1000)}`;
  const courseId = await assignedCourse(name);
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
  await expect(page.getByText('Opsøgende indsats: i gang')).toBeVisible();

  await page.getByRole('link', { name: 'Mine borgere' }).click();
  const cards = page.locator('.board-card');
  await expect(cards.first()).toContainText(name);
  await expect(cards.first()).toContainText('Opsøgende indsats, trin 1');
  await checkAtFieldSizes(page, 'case-manager-board');

  await page.getByRole('link', { name }).click();
  await page.getByLabel('Planlagt handling for trin 1').fill('Ringer til bostedet og går forbi værestedet i morgen.');
  await page.getByRole('button', { name: 'Kvittér' }).click();
  await expect(page.getByText('planlagt handling: Ringer til bostedet')).toBeVisible();
  await checkAtFieldSizes(page, 'case-manager-course');

  // The team lead, in a tab of their own, sees the citizen out of contact with the planned action.
  const teamLead = await page.context().newPage();
  await signInAs(teamLead, 'teamLead');
  await teamLead.goto(`${readWorld().baseUrl}/ude-af-kontakt`);
  await expect(teamLead.getByText(name)).toBeVisible();

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
  await expect(page.getByText('Opsøgende indsats: ikke i gang')).toBeVisible();

  await page.getByRole('link', { name: 'Mine borgere' }).click();
  const card = cards.filter({ hasText: name });
  await expect(card).toContainText('Intet kræver handling lige nu.');
  await expect(card).not.toContainText('Opsøgende indsats');
  await teamLead.reload();
  await teamLead.waitForLoadState('networkidle');
  await expect(teamLead.getByText(name)).toHaveCount(0);
});

test('an appointment is scheduled, moved and cancelled from the course page; a note goes into the timeline', async ({
  page,
}) => {
  const courseId = await assignedCourse(`Karl Aftale ${Math.floor(Math.random() * 1000)}`);
  await signInAs(page, 'caseManager');
  await page.goto(`${readWorld().baseUrl}/forloeb/${courseId}`);

  await page.getByLabel('Type').selectOption('housing');
  await page.getByLabel('Starter').fill('2031-05-12T10:00');
  await page.getByLabel('Slutter').fill('2031-05-12T11:00');
  await page.getByLabel('Sted eller tilbud (valgfrit)').fill('Boligkontoret');
  await page.getByRole('button', { name: 'Opret aftale' }).click();
  const appointment = page.locator('.appointment-list li').filter({ hasText: 'Boligkontoret' });
  await expect(appointment).toContainText('12. maj 2031');

  await appointment.getByText('Flyt eller aflys').click();
  await appointment.getByLabel('Starter').fill('2031-05-13T09:00');
  await appointment.getByLabel('Slutter').fill('2031-05-13T10:00');
  await appointment.getByRole('button', { name: 'Flyt aftalen' }).click();
  await expect(appointment).toContainText('13. maj 2031');

  // Still unfolded after the move.
  await appointment.getByLabel('Grund til aflysning (valgfri)').fill('Borgeren har fået bolig via venner.');
  await appointment.getByRole('button', { name: 'Aflys aftalen' }).click();
  await expect(appointment).toContainText('aflyst');

  await page.getByLabel('Nyt notat').fill('Talt med bostøtten om indflytning.');
  await page.getByRole('button', { name: 'Gem notat' }).click();
  await expect(page.locator('.timeline')).toContainText('Notat: Talt med bostøtten om indflytning.');
  await checkAtFieldSizes(page, 'case-manager-appointments');
});
