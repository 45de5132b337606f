import type { Page } from 'playwright-core';

import { login, navLabels, openBrowser, screenshot, stack } from './support/browser';

describe('shell, sign-in and language', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    page = await browser.context.newPage();
  });
  afterEach(() => page.close());

  it.each([
    [
      'admin',
      [
        'Beranda',
        'Kursus',
        'Bimtek',
        'Pegawai',
        'Impor Pegawai',
        'Wilayah & OPD',
        'Cek NIP',
        'Indikator',
        'Jejak audit',
        'Antrian',
      ],
    ],
    ['penyelenggara', ['Beranda', 'Kursus', 'Bimtek', 'Pegawai', 'Cek NIP']],
    ['bkpsdm', ['Beranda', 'Pegawai', 'Impor Pegawai', 'Cek NIP', 'Indikator']],
  ])('%s sees the navigation of their role', async (username, expected) => {
    await login(page, username);
    expect(await navLabels(page)).toEqual(expected);
    await screenshot(page, `home-${username}`);
  });

  it('a learner signs in with their NIP and sees their own record', async () => {
    const { learnerNip, learnerName } = stack();
    await page.goto(`${stack().baseUrl}/masuk`);
    await page.getByTestId('login-identifier').fill(learnerNip);
    await page.locator('lib-nip-insight').getByText('NIP valid').waitFor();
    await screenshot(page, 'login-nip-hint');
    await page.getByTestId('login-password').fill('bimtek2026');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/beranda$/);

    expect(await navLabels(page)).toEqual([
      'Beranda',
      'Katalog',
      'Pembelajaran saya',
      'Jadwal Bimtek',
      'Bimtek saya',
      'Sertifikat saya',
    ]);
    await page.getByTestId('learner-record').waitFor();
    expect(await page.getByTestId('home-greeting').innerText()).toContain(learnerName);
    await screenshot(page, 'home-learner');

    await page.goto(`${stack().baseUrl}/impor-pegawai`);
    await page.waitForURL(/\/beranda$/);
  });

  it('explains a wrong password', async () => {
    await page.goto(`${stack().baseUrl}/masuk`);
    await page.getByTestId('login-identifier').fill('penyelenggara');
    await page.getByTestId('login-password').fill('salah-sandi');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').getByText('kata sandi salah').waitFor();
    await screenshot(page, 'login-wrong-password');
  });

  it('switches to English without reloading and remembers the choice', async () => {
    await login(page, 'admin');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');

    await page.locator('[data-lang="en"] button').click();
    await page.getByTestId('main-nav').getByText('People', { exact: true }).waitFor();
    expect(await navLabels(page)).toEqual([
      'Home',
      'Courses',
      'Bimtek',
      'People',
      'Import employees',
      'Regions & agencies',
      'Check a NIP',
      'Indicators',
      'Audit trail',
      'Queues',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Home · LMS Bimtek');
    await screenshot(page, 'home-admin-en');

    await page.reload();
    await page.getByTestId('main-nav').getByText('People', { exact: true }).waitFor();
    await page.locator('[data-lang="id"] button').click();
    await page.getByTestId('main-nav').getByText('Pegawai', { exact: true }).waitFor();
  });

  it('signs out to the login page', async () => {
    await login(page, 'bkpsdm');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/masuk$/);
    await page.goto(`${stack().baseUrl}/pegawai`);
    await page.waitForURL(/\/masuk\?returnUrl=%2Fpegawai$/);
  });
});
