import { expect, type Locator, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { checkAtFieldSizes, checkPage, signInAs } from './pages';
import { built } from './service';
import { asStaff, referralBody, type Someone } from './as-staff';
import { readWorld } from './world';

const { OUTCOME_DOMAINS } = built<{ OUTCOME_DOMAINS: readonly string[] }>('workflows/icm-course/course-vocabulary.js');

interface Share {
  count: number;
  denominator: number;
  share: number | null;
}
type Shares = Record<string, Share>;
interface OutcomeReport {
  citizens: number;
  courses: number;
  domains: Record<string, Shares>;
  housing: Shares;
  coursesByPhase: Shares;
  background: Record<'gender' | 'ageBand' | 'incomeType', Shares>;
}
interface CaseManagerFidelity {
  name: string;
  teamId: string;
  openCourses: number;
  overNorm: boolean;
  contactWithin14Days: Share;
  reassessmentsOnTime: Share;
  plansOnTime: Share;
  waitlist: { waits: number; medianDays: number | null };
}

const CM_ROLES = ['case_manager'];

/** A CPR number of someone `age` years old today (born about 100 days after their birthday), of a legal gender. */
function cprAged(age: number, gender: 'male' | 'female'): string {
  const born = new Date(Date.now() - 100 * 86_400_000);
  born.setUTCFullYear(born.getUTCFullYear() - age);
  const two = (n: number) => String(n).padStart(2, '0');
  const year = born.getUTCFullYear();
  const serial = `${two(Math.floor(Math.random() * 100))}${gender === 'male' ? 2 * Math.floor(Math.random() * 5) + 1 : 2 * Math.floor(Math.random() * 5)}`;
  return `${two(born.getUTCDate())}${two(born.getUTCMonth() + 1)}${two(year % 100)}-${year >= 2000 ? '4' : '1'}${serial}`;
}

const ratings = (rating: string, others: Record<string, string> = {}) => ({
  ...Object.fromEntries(OUTCOME_DOMAINS.map((domain) => [domain, rating])),
  ...others,
});

const PLAN = {
  citizenWishes: 'Egen lejlighed og kontakt med datteren.',
  resources: ['God kontakt med søsteren'],
  goals: [{ area: 'housing', goal: 'Egen bolig inden vinter' }],
  services: [],
  linkedPlans: [],
};

/** A course through the API: referred, assigned to `caseManager`, and as far as `steps` take it. */
async function course(
  caseManager: Someone,
  citizen: { age: number; gender: 'male' | 'female'; incomeType: string },
  steps: { baseline?: string; reassessment?: { nextPhase: string; housingStatus: string; domains: object } } = {},
) {
  const cpr = cprAged(citizen.age, citizen.gender);
  const { courseId } = await asStaff(
    'caseworker',
    ['caseworker'],
    'POST',
    '/referrals',
    referralBody(cpr, { citizen: { cpr, name: 'Rapport Borger' }, incomeType: citizen.incomeType }),
  );
  const id = typeof caseManager === 'string' ? readWorld().staff[caseManager].id : caseManager.id;
  await asStaff('committee', ['committee_member'], 'POST', `/courses/${courseId}/visitation`, {
    decision: 'approve',
    caseManagerId: id,
  });
  if (steps.baseline) {
    await asStaff(caseManager, CM_ROLES, 'POST', `/courses/${courseId}/assessments`, {
      kind: 'baseline',
      housingStatus: steps.baseline,
      domains: ratings('unchanged'),
      problematicUseDays: 12,
    });
    await asStaff(caseManager, CM_ROLES, 'POST', `/courses/${courseId}/plan`, PLAN);
    await asStaff(caseManager, CM_ROLES, 'POST', `/courses/${courseId}/plan/approval`);
  }
  if (steps.reassessment) {
    await asStaff(caseManager, CM_ROLES, 'POST', `/courses/${courseId}/events`, { type: 'REASSESSMENT_STARTED' });
    await asStaff(caseManager, CM_ROLES, 'POST', `/courses/${courseId}/assessments`, {
      kind: 'reassessment',
      ...steps.reassessment,
    });
  }
  return courseId;
}

const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
const pct = (share: number | null) => (share === null ? '–' : normal(percent.format(share)));
/** How the page writes a share: "67 % (2 af 3)". */
const shown = (share: Share) => `${pct(share.share)} (${share.count} af ${share.denominator})`;

/** Each body row of a table as the texts of its header and data cells. */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = await table.locator('tbody tr').all();
  return Promise.all(rows.map(async (row) => (await row.locator('th, td').allInnerTexts()).map(normal)));
}

/** The filtered courses' column of a table of shares (after the label; the national figure and the rest left out). */
const shareColumns = (rows: string[][]) => rows.map((row) => row[1]);

test('the team lead’s reports show the API’s figures for the same filters, as charts, tables and CSV', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const world = readWorld();
  const rikke = await asStaff<{ id: string }>('admin', ['admin'], 'POST', '/staff', {
    name: 'Rikke Rapport',
    roles: CM_ROLES,
    teamId: world.teamId,
    municipality: 'Webby',
    maxCaseload: 12,
  });
  const young = await course(
    rikke,
    { age: 20, gender: 'male', incomeType: 'cash_benefit' },
    {
      baseline: 'homeless',
      reassessment: {
        nextPhase: 'coordination',
        housingStatus: 'own_home',
        domains: ratings('positive', { alcohol: 'negative', cannabis: 'not_relevant' }),
      },
    },
  );
  await asStaff(rikke, CM_ROLES, 'POST', `/courses/${young}/contacts`, {
    at: new Date().toISOString(),
    channel: 'outreach_visit',
    successful: true,
  });
  await course(
    rikke,
    { age: 23, gender: 'female', incomeType: 'disability_pension' },
    {
      baseline: 'own_home',
      reassessment: {
        nextPhase: 'follow_up',
        housingStatus: 'lost_home',
        domains: ratings('unchanged', { drugs: 'positive', mental_illness: 'negative' }),
      },
    },
  );
  await course(rikke, { age: 19, gender: 'male', incomeType: 'wage' });
  // 25 or over: outside the age group the team lead filters on.
  await course(
    rikke,
    { age: 40, gender: 'male', incomeType: 'cash_benefit' },
    {
      baseline: 'homeless',
      reassessment: { nextPhase: 'planning', housingStatus: 'temporary', domains: ratings('negative') },
    },
  );

  const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const query = new URLSearchParams({ from, teamId: world.teamId, ageGroup: '18-24' });
  const expected = await asStaff<OutcomeReport>('teamLead', ['team_lead'], 'GET', `/reports/outcomes?${query}`);
  expect(expected.courses).toBeGreaterThanOrEqual(3);

  await signInAs(page, 'teamLead');
  await page.getByRole('link', { name: 'Rapporter' }).click();
  await expect(page.getByRole('heading', { name: 'Rapport: resultater', level: 1 })).toBeVisible();
  await page.getByLabel('Henvist fra og med').fill(from);
  await page.getByRole('textbox', { name: 'Team' }).fill(world.teamId);
  await page.getByLabel('Aldersgruppe ved henvisning').selectOption('18-24');
  await page.getByRole('button', { name: 'Vis rapport' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?${query.toString().replace(/[+]/g, '\\+')}$`));
  await expect(
    page.getByText(`Rapporten tæller ${expected.courses} forløb for ${expected.citizens} borgere.`),
  ).toBeVisible();

  // The nine domains: the table's figures and the chart's bars are the API's.
  const domains = await rowsOf(page.getByRole('table', { name: 'Udvikling i de ni domæner' }));
  expect(domains.map((row) => [row[1], row[3], row[4]])).toEqual(
    Object.values(expected.domains).map((domain) => [
      shown(domain.positive),
      shown(domain.unchanged),
      shown(domain.negative),
    ]),
  );
  expect(domains[0]).toEqual(
    [
      'Alkohol',
      shown(expected.domains.alcohol.positive),
      '15 %',
      shown(expected.domains.alcohol.unchanged),
      shown(expected.domains.alcohol.negative),
      '16 %',
    ].map(normal),
  );
  const chart = page.getByRole('img', { name: /Udvikling i de ni domæner/ });
  // Each bar of this report's series is labelled with its share, domain by domain, top to bottom.
  const labels = async (side: 'negative' | 'positive') =>
    (await chart.locator(`text.share-label-here-${side}`).allTextContents()).map(normal);
  // A share of nothing has no bar and so no label; the table beside the chart says 0 %.
  const drawn = (side: 'negative' | 'positive') =>
    Object.values(expected.domains)
      .map((domain) => domain[side].share)
      .filter((share) => share !== null && share > 0)
      .map((share) => normal(pct(share)));
  expect(drawn('negative').length + drawn('positive').length).toBeGreaterThan(0);
  expect(await labels('negative')).toEqual(drawn('negative'));
  expect(await labels('positive')).toEqual(drawn('positive'));

  const shares = (section: Shares) => Object.values(section).map(shown);
  expect(shareColumns(await rowsOf(page.getByRole('table', { name: 'Bolig' })))).toEqual(shares(expected.housing));
  expect(shareColumns(await rowsOf(page.getByRole('table', { name: 'Forløb efter fase' })))).toEqual(
    shares(expected.coursesByPhase),
  );
  expect(shareColumns(await rowsOf(page.getByRole('table', { name: 'Køn' })))).toEqual(
    shares(expected.background.gender),
  );
  expect(shareColumns(await rowsOf(page.getByRole('table', { name: 'Alder ved henvisning' })))).toEqual(
    shares(expected.background.ageBand),
  );
  expect(shareColumns(await rowsOf(page.getByRole('table', { name: 'Forsørgelse' })))).toEqual(
    shares(expected.background.incomeType),
  );

  // The CSV is the same report: its header, and the alcohol domain's positive line.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Hent som CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^icm-resultater-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(lines[0]).toBe('section,group,metric,value,count,denominator');
  const alcohol = expected.domains.alcohol.positive;
  expect(lines).toContain(`domains,alcohol,positive,${alcohol.share ?? ''},${alcohol.count},${alcohol.denominator}`);
  await checkPage(page, 'reports-outcomes');
  await checkAtFieldSizes(page, 'reports-outcomes');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Fidelity: each case manager of the team, the misses marked in words.
  await page.getByRole('link', { name: 'Metodetroskab' }).click();
  await page.getByRole('textbox', { name: 'Team' }).fill(world.teamId);
  await page.getByRole('button', { name: 'Vis rapport' }).click();
  await expect(page).toHaveURL(new RegExp(`/rapporter/metodetroskab\\?teamId=${world.teamId}$`));
  const fidelity = await asStaff<{ norm: number; caseManagers: Record<string, CaseManagerFidelity> }>(
    'teamLead',
    ['team_lead'],
    'GET',
    `/reports/fidelity?teamId=${world.teamId}`,
  );
  const miss = (missed: boolean) => (missed ? ' Afvigelse' : '');
  const shareCell = (share: Share) => shown(share) + miss(share.share !== null && share.share < 1);
  const days = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
  const expectedRows = Object.values(fidelity.caseManagers)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((cm) =>
      [
        cm.name,
        cm.teamId,
        `${cm.openCourses}${miss(cm.overNorm)}`,
        shareCell(cm.contactWithin14Days),
        shareCell(cm.reassessmentsOnTime),
        shareCell(cm.plansOnTime),
        cm.waitlist.medianDays === null
          ? '–'
          : `${days.format(cm.waitlist.medianDays)} dage (${cm.waitlist.waits} ${cm.waitlist.waits === 1 ? 'ventetid' : 'ventetider'})`,
      ].map(normal),
    );
  const table = page.getByRole('table', { name: 'Case managere' });
  await expect(table.getByRole('rowheader', { name: 'Rikke Rapport' })).toBeVisible();
  expect(await rowsOf(table)).toEqual(expectedRows);
  // One of Rikke's four open courses had a contact in the last 14 days: a miss, said in words.
  const rikkeRow = table.getByRole('row', { name: /Rikke Rapport/ });
  await expect(rikkeRow.getByRole('cell').nth(2)).toHaveText(/^25\s%\s\(1 af 4\)\s*Afvigelse$/);
  await checkPage(page, 'reports-fidelity');
  await checkAtFieldSizes(page, 'reports-fidelity');
});
