import type { Page } from 'playwright-core';

import { login, openBrowser, screenshot, stack } from './support/browser';

async function summary(page: Page): Promise<string> {
  return (await page.getByTestId('people-summary').innerText()).trim();
}

/** Waits until the live summary line reads `pattern` (it updates after each request). */
async function waitForSummary(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(
        document.querySelector('[data-testid="people-summary"]')?.textContent?.trim() ?? '',
      ),
    pattern.source,
  );
}

async function firstRowText(page: Page): Promise<string> {
  return page.getByTestId('people-row').first().innerText();
}

describe('people directory', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    await login(page, 'admin');
  });
  afterAll(() => browser.close());

  it('pages through everyone with next and previous', async () => {
    await page.goto(`${stack().baseUrl}/pegawai`);
    await page.getByTestId('people-row').first().waitFor();
    const first = await summary(page);
    expect(first).toMatch(/^Menampilkan 1–20 dari \d+ pegawai$/);
    const firstPageRow = await firstRowText(page);
    await screenshot(page, 'people-directory');

    await page.getByTestId('people-next').click();
    await waitForSummary(page, /^Menampilkan 21–40 dari \d+ pegawai$/);
    expect(await page.getByTestId('people-page').innerText()).toBe('Halaman 2');
    expect(await firstRowText(page)).not.toBe(firstPageRow);

    await page.getByTestId('people-previous').click();
    await waitForSummary(page, /^Menampilkan 1–20 dari \d+ pegawai$/);
    expect(await firstRowText(page)).toBe(firstPageRow);
  });

  it('searches by name and by NIP prefix, then opens an employee', async () => {
    await page.goto(`${stack().baseUrl}/pegawai`);
    const row = page.getByTestId('people-row').first();
    await row.waitFor();
    const nip = (await row.locator('td').first().innerText()).replace(/\s/g, '');
    const name = (await row.locator('td').nth(1).innerText()).trim();
    const firstWord = name.split(/\s+/)[0];

    await page.getByTestId('people-search').fill(firstWord);
    await page.waitForFunction(
      (word) =>
        [...document.querySelectorAll('[data-testid="people-row"]')].every((r) =>
          r.textContent?.toLowerCase().includes(word.toLowerCase()),
        ),
      firstWord,
    );

    await page.getByTestId('people-search').fill(nip.slice(0, 12));
    await waitForSummary(page, /^Menampilkan 1–\d+ dari \d+ pegawai$/);
    await page.getByRole('link', { name }).first().click();
    await page.waitForURL(/\/pegawai\/[^/]+$/);
    await page.getByTestId('employee-fields').waitFor();
    expect(await page.getByTestId('employee-grade').innerText()).toMatch(/\(.+\)/);
    await screenshot(page, 'employee-detail');
  });
});
