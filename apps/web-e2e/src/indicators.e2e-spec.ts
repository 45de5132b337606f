import { readFileSync } from 'node:fs';

import type { Download, Page } from 'playwright-core';

import { graphql, tokenOf } from './learning-fixtures';
import { login, navLabels, openBrowser, screenshot, stack } from './support/browser';

const KOMINFO = 'Dinas Komunikasi, Informatika dan Persandian';

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().innerText()).replace(/\s+/g, ' ').trim();
}

/** Waits until a KPI (or any test id) no longer reads `previous`. */
async function waitForChange(page: Page, testId: string, previous: string, timeout = 10_000) {
  await page.waitForFunction(
    ([id, before]) =>
      (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim() !== before,
    [testId, previous] as const,
    { timeout },
  );
}

async function chooseOption(page: Page, selectTestId: string, option: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; content: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, content: readFileSync(path, 'utf8') };
}

/** A screenshot of the whole dashboard: the app scrolls inside its side-navigation container. */
async function tallScreenshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1366, height: 860 };
  const height = await page.evaluate(
    () => (document.querySelector('main')?.scrollHeight ?? 860) + 80,
  );
  await page.setViewportSize({ width: size.width, height: Math.min(height, 6000) });
  await screenshot(page, name);
  await page.setViewportSize(size);
}

describe('indicators dashboard (HR analyst)', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    await login(page, 'bkpsdm');
  });
  afterAll(() => browser.close());

  it('shows the charts with their summaries and tables for this year', async () => {
    expect(await navLabels(page)).toContain('Indikator');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Indikator' }).click();
    await page.waitForURL(/\/indikator$/);
    await page.locator('[data-testid="indicator-chart"][data-ready="true"] svg').nth(3).waitFor();

    expect(await page.locator('[data-testid="indicator-chart"][data-ready="true"]').count()).toBe(
      4,
    );
    expect(Number((await text(page, 'kpi-headcount')).replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await text(page, 'kpi-literacy')).toMatch(/^\d+(,\d)?%$/);
    expect(
      await page.locator('[data-testid="table-agency"] [data-testid="indicator-row"]').count(),
    ).toBeGreaterThan(5);
    expect(await text(page, 'summary-agency')).toMatch(
      /^Literasi digital tertinggi di .+, terendah di .+\./,
    );
    // Three years of demo history: the chart has bars, and the trend has this year's months.
    expect(await page.locator('[data-testid="section-agency"] svg path').count()).toBeGreaterThan(
      10,
    );
    expect(await page.getByTestId('trend-row').count()).toBe(new Date().getMonth() + 1);
    expect(await text(page, 'indicator-status')).toMatch(/^Diperbarui otomatis · data per /);
    await tallScreenshot(page, 'indicators-dashboard');
  });

  it('filters by an agency: the numbers change to that agency and its units', async () => {
    const headcount = await text(page, 'kpi-headcount');
    const agencyRows = await page
      .locator('[data-testid="table-agency"] [data-testid="indicator-row"]')
      .count();

    await chooseOption(page, 'indicator-agency', KOMINFO);
    await waitForChange(page, 'kpi-headcount', headcount);

    expect(Number(await text(page, 'kpi-headcount'))).toBeLessThan(
      Number(headcount.replace(/\D/g, '')),
    );
    const names = await page
      .locator('[data-testid="table-agency"] [data-testid="indicator-row"] td:first-child')
      .allInnerTexts();
    expect(names.length).toBeLessThan(agencyRows);
    expect(names).toContain(KOMINFO);
    expect(names.every((name) => name === KOMINFO || name.startsWith('Bidang'))).toBe(true);
  });

  it('downloads the agency table as CSV with its header and one line per row', async () => {
    const rows = await page
      .locator('[data-testid="table-agency"] [data-testid="indicator-row"]')
      .count();
    const { download, content } = await downloaded(page, () =>
      page.getByTestId('csv-agency').click(),
    );

    expect(download.suggestedFilename()).toMatch(
      /^indikator-agency-\d{4}-dinas-komunikasi-informatika-dan-persandian\.csv$/,
    );
    const lines = content.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'key,label,headcount,trainedCount,certifiedCount,literateCount,literacyRate,totalJp,jpCompliantCount,jpComplianceRate',
    );
    expect(lines).toHaveLength(rows + 1);
    expect(content).toContain(`"${KOMINFO}"`);
  });

  it('takes in a newly imported record by itself, without a reload', async () => {
    const token = await tokenOf('bkpsdm');
    const { agencies } = await graphql<{ agencies: { id: string; name: string }[] }>(
      `
        query {
          agencies {
            id
            name
          }
        }
      `,
      {},
      token,
    );
    const agencyId = agencies.find((agency) => agency.name === KOMINFO)?.id;
    const { jpShortfall } = await graphql<{
      jpShortfall: { edges: { node: { employee: { nip: string } } }[] };
    }>(
      `
        query ($agencyId: ID) {
          jpShortfall(first: 50, agencyId: $agencyId) {
            edges {
              node {
                employee {
                  nip
                }
              }
            }
          }
        }
      `,
      { agencyId },
      token,
    );
    const nip = jpShortfall.edges
      .map((edge) => edge.node.employee.nip)
      .find((candidate) => candidate !== stack().learnerNip);
    expect(nip).toBeDefined();

    const compliant = await text(page, 'kpi-compliance');
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const csv = `nip,course_code,course_title,competency,digital,jp,completed_on,certificate_number\n${nip},E2E-SIBER,Sertifikasi Keamanan Siber,TECHNICAL,true,24,${today},E2E-0001\n`;
    const { importTrainingRecords } = await graphql<{
      importTrainingRecords: { created: number; rejected: number };
    }>(
      `
        mutation ($csv: String!) {
          importTrainingRecords(csv: $csv) {
            created
            rejected
          }
        }
      `,
      { csv },
      token,
    );
    expect(importTrainingRecords).toEqual({ created: 1, rejected: 0 });

    // The page polls indicatorsVersion every 10 s while visible.
    await waitForChange(page, 'kpi-compliance', compliant, 25_000);
  });

  it('lists the employees below 20 JP, downloads them, and opens one ledger', async () => {
    await page.getByTestId('shortfall-link').click();
    await page.waitForURL(/\/indikator\/kekurangan-jp$/);
    await page.getByTestId('shortfall-row').first().waitFor();
    expect(await text(page, 'shortfall-summary')).toMatch(/^Menampilkan 1–20 dari \d+ pegawai$/);

    const { content } = await downloaded(page, () => page.getByTestId('shortfall-csv').click());
    const lines = content.trimEnd().split('\r\n');
    expect(lines[0]).toBe('nip,nama,golongan,jabatan,kode_opd,nama_opd,tahun,jp,kekurangan_jp');
    const total = Number((await text(page, 'shortfall-summary')).match(/dari (\d+)/)?.[1]);
    expect(lines).toHaveLength(total + 1);
    await screenshot(page, 'indicators-shortfall');

    // Someone with some JP this year, so the ledger has records to show.
    const row = page
      .getByTestId('shortfall-row')
      .filter({ has: page.locator('td.num:not(.missing)', { hasNotText: /^\s*0\s*$/ }) })
      .first();
    const jp = (await row.locator('td.num:not(.missing)').innerText()).trim();
    const link = row.locator('a');
    const name = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/indikator\/pegawai\/[^/]+\/jp\?tahun=\d{4}$/);
    await page.getByTestId('ledger-summary').waitFor();
    expect(await page.locator('h1').innerText()).toContain(name);
    expect(await text(page, 'ledger-total')).toBe(`${jp} JP`);
    expect(await text(page, 'ledger-status')).toBe('Belum 20 JP');
    expect(await page.getByTestId('ledger-record').count()).toBeGreaterThan(0);
    const sources = await page.getByTestId('ledger-source').allInnerTexts();
    expect(
      sources.every((source) =>
        ['Bimtek / diklat', 'Kursus mandiri', 'Impor riwayat'].includes(source.trim()),
      ),
    ).toBe(true);
    await screenshot(page, 'indicators-ledger');
  });

  it('reaches the ledger from the people directory too', async () => {
    await page.goto(`${stack().baseUrl}/pegawai`);
    const link = page.getByTestId('people-row').first().locator('a');
    const name = (await link.innerText()).trim();
    await link.click();
    await page.getByTestId('employee-jp-ledger').click();
    await page.waitForURL(/\/indikator\/pegawai\/[^/]+\/jp$/);
    await page.getByTestId('ledger-summary').waitFor();
    expect(await page.locator('h1').innerText()).toBe(`Buku JP · ${name}`);
    expect(await text(page, 'ledger-total')).toMatch(/^\d+(,\d+)? JP$/);
  });
});
