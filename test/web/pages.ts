import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { readWorld, type StaffKey } from './world';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'web', 'screenshots');

/** Signs in through the development sign-in page as one of the world's staff. */
export async function signInAs(page: Page, who: StaffKey): Promise<void> {
  const world = readWorld();
  await page.goto(`${world.baseUrl}/log-ind`);
  await page.getByRole('button', { name: `Log ind som ${world.staff[who].name}` }).click();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await expect(page.getByText(world.staff[who].name, { exact: false }).first()).toBeVisible();
}

/**
 * The page as it stands passes axe-core's WCAG 2.1 AA rules, shows no full CPR number, and its
 * screenshot is kept under test-results/web/screenshots.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
  ).toEqual([]);
  expect(await page.locator('body').innerText()).not.toMatch(/\b\d{6}-?\d{4}\b/);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** No page scrolls sideways: the field's tablet and phone both show all of it. */
export async function checkAtFieldSizes(page: Page, name: string) {
  for (const [size, viewport] of [
    ['tablet', { width: 1024, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await checkPage(page, `${name}-${size}`);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  }
}
