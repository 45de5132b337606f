import type { Page } from 'playwright-core';

import { DEMO_PASSWORD, login, openBrowser, screenshot, stack } from './support/browser';

async function gql<T>(query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(`${stack().baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data;
}

describe('employee import', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
  });
  afterAll(() => browser.close());

  it('lists rejected rows by line, then imports the valid ones', async () => {
    const { login: session } = await gql<{ login: { accessToken: string } }>(
      'mutation($u:String!,$p:String!){login(username:$u,password:$p){accessToken}}',
      { u: 'bkpsdm', p: DEMO_PASSWORD },
    );
    const { agencies } = await gql<{ agencies: { code: string }[] }>(
      '{agencies{code}}',
      {},
      session.accessToken,
    );
    const agency = agencies[0].code;
    const nipA = `19910704201602${1}${String(701).padStart(3, '0')}`;
    const nipB = `19920811201703${2}${String(702).padStart(3, '0')}`;
    const csv = [
      'nip,full_name,email,agency_code,grade,position_title',
      `${nipA},Rina Uji Coba,rina.uji@example.go.id,${agency},III/a,Analis Kepegawaian`,
      `${nipB},Budi Uji Coba,budi.uji@example.go.id,${agency},III/b,Pranata Komputer`,
      `1991070420160210,NIP Pendek,,${agency},III/a,Staf`,
      `19930101201801${1}703,OPD Salah,,TIDAK-ADA-OPD,III/a,Staf`,
      `19940202201901${2}704,Golongan Salah,,${agency},V/z,Staf`,
    ].join('\n');

    await login(page, 'bkpsdm');
    await page.goto(`${stack().baseUrl}/impor-pegawai`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'pegawai.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });

    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-created').innerText()).toBe('2');
    expect(await page.getByTestId('import-rejected').innerText()).toBe('3');
    const lines = await page
      .getByTestId('import-error-row')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent?.trim()));
    expect(lines).toEqual(['4', '5', '6']);
    const fields = await page
      .getByTestId('import-error-row')
      .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[1]?.textContent?.trim()));
    expect(fields).toEqual(['nip', 'agency_code', 'grade']);
    await screenshot(page, 'import-dry-run');

    await page.getByTestId('import-run').click();
    await page.getByText('Impor selesai').waitFor();
    expect(await page.getByTestId('import-created').innerText()).toBe('2');
    await screenshot(page, 'import-done');

    await page.goto(`${stack().baseUrl}/pegawai`);
    await page.getByTestId('people-search').fill('Uji Coba');
    await page.getByText('Menampilkan 1–2 dari 2 pegawai').waitFor();
  });
});
