import type { Page } from 'playwright-core';

import { tokenOf } from './learning-fixtures';
import { login, navLabels, openBrowser, screenshot, stack } from './support/browser';

async function summary(page: Page): Promise<string> {
  return (await page.getByTestId('audit-summary').innerText()).trim();
}

async function actions(page: Page): Promise<string[]> {
  return (await page.getByTestId('audit-action-cell').allInnerTexts()).map((a) => a.trim());
}

describe('audit trail and queue dashboard (admin)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;

  beforeAll(async () => {
    // Sign-ins of two accounts and one failed attempt, so the trail has something to show.
    await tokenOf('bkpsdm');
    await fetch(`${stack().baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
        variables: { u: 'bkpsdm', p: 'salah-sandi' },
      }),
    });
    browser = await openBrowser();
    page = await browser.context.newPage();
    await login(page, 'admin');
  });
  afterAll(() => browser.close());

  it('shows the sign-in events, newest first', async () => {
    expect(await navLabels(page)).toEqual(expect.arrayContaining(['Jejak audit', 'Antrian']));
    await page.getByTestId('main-nav').getByRole('link', { name: 'Jejak audit' }).click();
    await page.waitForURL(/\/jejak-audit$/);
    await page.getByTestId('audit-row').first().waitFor();

    expect(await summary(page)).toMatch(/^Menampilkan 1–20 dari \d+ peristiwa$/);
    const seen = await actions(page);
    expect(seen[0]).toBe('login');
    expect(seen).toContain('loginFailed');
    expect(await page.getByTestId('audit-row').first().innerText()).toContain('admin');
    await screenshot(page, 'audit-trail');
  });

  it('filters by action, then by the actor picked in the table', async () => {
    await page.getByTestId('audit-action').fill('login');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="audit-action-cell"]')].every(
        (cell) => cell.textContent?.trim() === 'login',
      ),
    );
    const rows = page.getByTestId('audit-row');
    const bkpsdm = rows.filter({ hasText: 'bkpsdm' }).first();
    await bkpsdm.getByTestId('audit-actor').click();
    await page.getByTestId('audit-actor-chip').waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="audit-actor"]')].every(
        (cell) => cell.textContent?.trim() === 'bkpsdm',
      ),
    );
    expect(await summary(page)).toMatch(/^Menampilkan 1–\d+ dari \d+ peristiwa$/);
    expect(await page.getByTestId('audit-row').first().innerText()).toContain(
      'Kabupaten Banyuwangi',
    );
    await screenshot(page, 'audit-trail-filtered');

    await page.getByTestId('audit-reset').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="audit-actor-chip"]') === null,
    );
  });

  it('opens the queue dashboard in a new tab with its own short-lived cookie', async () => {
    const [dashboard] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.getByTestId('nav-queues').click(),
    ]);
    await dashboard.waitForURL(/\/admin\/queues\/?$/);
    await dashboard.waitForLoadState('domcontentloaded');
    expect(await dashboard.title()).toBe('LMS Bimtek — antrian');
    const cookies = await browser.context.cookies(`${stack().baseUrl}/admin/queues`);
    expect(cookies.find((cookie) => cookie.name === 'lms_queues')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/admin/queues',
    });
    await dashboard.close();
  });
});
