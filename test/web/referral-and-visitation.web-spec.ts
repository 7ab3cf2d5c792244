import { expect, type Page, test } from '@playwright/test';
import { checkAtFieldSizes, checkPage, signInAs } from './pages';
import { readWorld } from './world';

/**
 * A CPR number of someone 36 this year, unique enough for one run: a random birth day and serial
 * (the 7th digit 1 or 4 gives the right century by the CPR office's rule).
 */
function nextCpr(): string {
  const year = new Date().getFullYear() - 36;
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const serial = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  return `${day}${month}${String(year % 100).padStart(2, '0')}-${year >= 2000 ? '4' : '1'}${serial}`;
}

async function fillReferral(page: Page, { cpr, name }: { cpr: string; name: string }): Promise<void> {
  await page.getByLabel('CPR-nummer').fill(cpr);
  await page.getByLabel('Navn', { exact: true }).fill(name);
  for (const area of ['Alkohol', 'Stoffer', 'Psykisk sygdom', 'Økonomi'])
    await page.getByLabel(area, { exact: true }).check();
  await page.getByLabel('Boligsituation').selectOption('street');
  await page.getByLabel('Hvor borgeren kan findes').fill('Værestedet på Banegårdspladsen');
  await page.getByLabel('Handleplan efter § 141').selectOption('in_progress');
  await page.getByLabel('Forsørgelse').selectOption('cash_benefit');
  await page.getByLabel('Begrundelse').fill('Komplekse behov, svær at nå, ingen fast bolig.');
  await page.getByLabel('Borgeren har givet samtykke til henvisningen').check();
}

async function refer(page: Page, citizen: { cpr: string; name: string }): Promise<void> {
  await page.goto(`${readWorld().baseUrl}/henvisninger/ny`);
  await fillReferral(page, citizen);
  await page.getByRole('button', { name: 'Send henvisning' }).click();
  await expect(page.getByText(`Henvisningen af ${citizen.cpr.slice(0, 6)}-XXXX er sendt`)).toBeVisible();
}

/** The committee opens the newest referral of `cpr` from the queue. */
async function openFromQueue(page: Page, cpr: string, status = 'Afventer visitation'): Promise<void> {
  await page.goto(`${readWorld().baseUrl}/visitation`);
  await page.getByRole('button', { name: status }).click();
  await page
    .getByRole('link', { name: `${cpr.slice(0, 6)}-XXXX` })
    .last()
    .click();
}

test('a caseworker refers, the committee asks, the caseworker answers, the committee approves with a case manager, and the case manager is told', async ({
  page,
}) => {
  const citizen = { cpr: nextCpr(), name: 'Jens Hansen' };
  await signInAs(page, 'caseworker');
  await checkPage(page, 'caseworker-my-referrals');
  await checkAtFieldSizes(page, 'caseworker-my-referrals');
  await page.goto(`${readWorld().baseUrl}/henvisninger/ny`);
  await checkPage(page, 'caseworker-referral-form');
  await checkAtFieldSizes(page, 'caseworker-referral-form');
  await fillReferral(page, citizen);
  await expect(page.getByText('4 problemområder: borgeren ser ud til at være i målgruppen')).toBeVisible();
  await page.getByRole('button', { name: 'Send henvisning' }).click();
  await expect(page.getByText(`Henvisningen af ${citizen.cpr.slice(0, 6)}-XXXX er sendt`)).toBeVisible();
  await checkPage(page, 'caseworker-referral-sent');

  await signInAs(page, 'committee');
  await openFromQueue(page, citizen.cpr);
  await expect(page.getByRole('heading', { name: /Jens Hansen/ })).toBeVisible();
  await checkPage(page, 'committee-referral');
  await checkAtFieldSizes(page, 'committee-referral');
  await page.getByLabel('Bed om flere oplysninger').check();
  await page.getByLabel('Spørgsmål til sagsbehandleren').fill('Hvilke tilbud modtager borgeren i dag?');
  await page.getByRole('button', { name: 'Send afgørelse' }).click();
  await expect(page.getByText('Spørgsmålene er sendt til sagsbehandleren.')).toBeVisible();

  await signInAs(page, 'caseworker');
  await expect(page.getByText('Hvilke tilbud modtager borgeren i dag?')).toBeVisible();
  await checkPage(page, 'caseworker-information-requested');
  await page.getByLabel('Dit svar').fill('Ingen faste tilbud; kontakt med gadeplansmedarbejder.');
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByText('Afventer visitation').first()).toBeVisible();

  await signInAs(page, 'committee');
  await page.goto(`${readWorld().baseUrl}/visitation`);
  await checkPage(page, 'committee-queue');
  await checkAtFieldSizes(page, 'committee-queue');
  await openFromQueue(page, citizen.cpr);
  await expect(page.getByText('Ingen faste tilbud; kontakt med gadeplansmedarbejder.')).toBeVisible();
  const picker = page.getByLabel('Case manager', { exact: true });
  await expect(picker.locator('option', { hasText: 'Mette Jensen' })).toHaveCount(1);
  // A case manager without a free slot is not offered at all.
  await expect(picker.locator('option', { hasText: 'Ole Fuldsen' })).toHaveCount(0);
  await picker.selectOption({ label: (await picker.locator('option', { hasText: 'Mette Jensen' }).textContent())! });
  await page.getByRole('button', { name: 'Send afgørelse' }).click();
  await expect(page.getByText('Godkendt: borgeren har fået en case manager.')).toBeVisible();

  await signInAs(page, 'caseManager');
  await page.goto(`${readWorld().baseUrl}/indbakke`);
  // Other stories assign citizens to her too: the newest is this one.
  await expect(page.getByText('Du har fået tildelt en ny borger').first()).toBeVisible();
  await checkPage(page, 'case-manager-inbox');
  await checkAtFieldSizes(page, 'case-manager-inbox');
});

test('a rejection names the alternative, which the caseworker sees', async ({ page }) => {
  const citizen = { cpr: nextCpr(), name: 'Karen Olsen' };
  await signInAs(page, 'caseworker');
  await refer(page, citizen);
  await signInAs(page, 'committee');
  await openFromQueue(page, citizen.cpr);
  await page.getByLabel('Afvis med et andet tilbud').check();
  await page.getByLabel('Foreslået tilbud').selectOption('ordinary_section_85');
  await page.getByLabel('Begrundelse').fill('Behovene dækkes af almindelig § 85-støtte.');
  await page.getByRole('button', { name: 'Send afgørelse' }).click();
  await expect(page.getByText('Henvisningen er afvist')).toBeVisible();

  await signInAs(page, 'caseworker');
  await expect(page.getByText('Almindelig støtte efter § 85').first()).toBeVisible();
});

test('a waitlist placement shows on the waitlist with the days waited', async ({ page }) => {
  const citizen = { cpr: nextCpr(), name: 'Lars Berg' };
  await signInAs(page, 'caseworker');
  await refer(page, citizen);
  await signInAs(page, 'committee');
  await openFromQueue(page, citizen.cpr);
  await page.getByLabel('Godkend og sæt på venteliste').check();
  await page.getByLabel('Team').fill(readWorld().teamId);
  await page.getByLabel('Prioritet').selectOption('high');
  await page.getByRole('button', { name: 'Send afgørelse' }).click();
  await expect(page.getByText('Godkendt: borgeren er sat på ventelisten.')).toBeVisible();
  await page.getByRole('link', { name: 'Venteliste' }).click();
  await expect(page.getByRole('cell', { name: 'Høj' }).first()).toBeVisible();
  await checkPage(page, 'committee-waitlist');
  await checkAtFieldSizes(page, 'committee-waitlist');
});

test('a team lead on the committee may assign a full case manager, with a reason', async ({ page }) => {
  const citizen = { cpr: nextCpr(), name: 'Poul Overby' };
  await signInAs(page, 'caseworker');
  await refer(page, citizen);
  await signInAs(page, 'committeeTeamLead');
  await openFromQueue(page, citizen.cpr);
  const picker = page.getByLabel('Case manager', { exact: true });
  const full = picker.locator('option', { hasText: 'Ole Fuldsen' });
  await expect(full).toHaveText(/fuld/);
  await picker.selectOption({ label: (await full.textContent())! });
  const overrideReason = page.getByLabel('Begrundelse for at overskride case managerens loft');
  await page.getByRole('button', { name: 'Send afgørelse' }).click();
  // Without the reason nothing is sent: the field says what is missing.
  await expect(overrideReason).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'team-lead-caseload-override');
  await overrideReason.fill('Ole kender borgeren fra gadeplan; en anden sag afsluttes i næste uge.');
  await page.getByRole('button', { name: 'Send afgørelse' }).click();
  await expect(page.getByText('Godkendt: borgeren har fået en case manager.')).toBeVisible();

  await signInAs(page, 'fullCaseManager');
  await page.goto(`${readWorld().baseUrl}/indbakke`);
  // Other stories assign citizens to her too: the newest is this one.
  await expect(page.getByText('Du har fået tildelt en ny borger').first()).toBeVisible();
});

test('bad input is shown at its field and changes nothing; the form is used with the keyboard alone', async ({
  page,
}) => {
  await signInAs(page, 'caseworker');
  await page.goto(`${readWorld().baseUrl}/henvisninger/ny`);
  await page.getByLabel('CPR-nummer').fill('310290-1234');
  await page.getByLabel('Navn', { exact: true }).focus();
  const cprError = page.getByText('De første 6 cifre er ikke en gyldig dato.');
  await expect(cprError).toBeVisible();
  await expect(page.getByLabel('CPR-nummer')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Send henvisning' }).click();
  await expect(page.getByText('Borgeren skal have givet samtykke.')).toBeVisible();
  await checkPage(page, 'caseworker-referral-errors');

  // The whole form by keyboard: Tab between fields, Space to tick, Enter to send.
  const citizen = { cpr: nextCpr(), name: 'Tastatur Testesen' };
  await page.reload();
  await page.getByLabel('CPR-nummer').focus();
  await page.keyboard.type(citizen.cpr);
  await page.keyboard.press('Tab');
  await page.keyboard.type(citizen.name);
  await page.keyboard.press('Tab');
  for (let box = 0; box < 4; box++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  for (let box = 4; box < 9; box++) await page.keyboard.press('Tab');
  await expect(page.getByLabel('Boligsituation')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Banegården');
  await page.keyboard.press('Tab'); // the legal basis, read only
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // other plan: none
  await page.keyboard.press('Tab'); // its reference
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // anchoring keeps its default
  await page.keyboard.press('Tab');
  await page.keyboard.type('Har brug for koordineret støtte.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send henvisning' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Henvisningen af ${citizen.cpr.slice(0, 6)}-XXXX er sendt`)).toBeVisible();
});

test('a decision made meanwhile by another member is a 409 that says so and offers to reload', async ({ browser }) => {
  const citizen = { cpr: nextCpr(), name: 'Samtidig Sørensen' };
  const first = await (await browser.newContext()).newPage();
  await signInAs(first, 'caseworker');
  await refer(first, citizen);
  await signInAs(first, 'committee');
  await openFromQueue(first, citizen.cpr);

  const second = await (await browser.newContext()).newPage();
  await signInAs(second, 'secondCommittee');
  await openFromQueue(second, citizen.cpr);
  await second.getByLabel('Bed om flere oplysninger').check();
  await second.getByLabel('Spørgsmål til sagsbehandleren').fill('Er borgeren i behandling?');
  await second.getByRole('button', { name: 'Send afgørelse' }).click();
  await expect(second.getByText('Spørgsmålene er sendt til sagsbehandleren.')).toBeVisible();

  await first.getByLabel('Afvis med et andet tilbud').check();
  await first.getByLabel('Foreslået tilbud').selectOption('CTI');
  await first.getByLabel('Begrundelse').fill('CTI passer bedre.');
  await first.getByRole('button', { name: 'Send afgørelse' }).click();
  await expect(first.getByText('Forløbet er ændret, siden du hentede det.')).toBeVisible();
  await expect(first.getByRole('button', { name: 'Hent forløbet igen' })).toBeVisible();
  await checkPage(first, 'committee-conflict');
});
