import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { graphql, tokenOf } from './learning-fixtures';
import { login, openBrowser, screenshot, stack } from './support/browser';
import { type DemoClass, demoClasses } from './training-fixtures';

interface IssuedCertificate {
  id: string;
  code: string;
  holderNip: string;
  verifyUrl: string;
  status: string;
}

describe('certificates: issue with a live bar, verify in public, revoke', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let past: DemoClass;
  let organizer: Page;
  let files: string;

  beforeAll(async () => {
    past = (await demoClasses()).past;
    browser = await openBrowser();
    organizer = await browser.context.newPage();
    await login(organizer, 'penyelenggara');
    files = mkdtempSync(join(tmpdir(), 'lms-e2e-pdf-'));
  });
  afterAll(async () => {
    await browser.close();
    rmSync(files, { recursive: true, force: true });
  });

  async function certificates(): Promise<IssuedCertificate[]> {
    const token = await tokenOf('penyelenggara');
    const data = await graphql<{ trainingCertificates: IssuedCertificate[] }>(
      'query ($id: ID!) { trainingCertificates(trainingId: $id) { id code holderNip verifyUrl status } }',
      { id: past.id },
      token,
    );
    return data.trainingCertificates;
  }

  it('the organizer issues the completed class its certificates and watches the bar reach 100 %', async () => {
    const { baseUrl } = stack();
    await organizer.goto(`${baseUrl}/bimtek`);
    await organizer.getByTestId('period').click();
    await organizer.getByRole('option', { name: 'Sudah lewat' }).click();
    const row = organizer.getByTestId('training-row').filter({ hasText: past.title });
    await row.getByTestId('training-link').click();
    await organizer.getByTestId('tab-completion').click();
    await organizer.getByTestId('to-certificates').click();
    await organizer.waitForURL(/\/sertifikat$/);

    const issue = organizer.getByTestId('issue-certificates');
    await organizer.getByText('10 peserta lulus, 0 sertifikat terbit.').waitFor();
    await issue.click();

    // Follow the bar as the page polls: it only moves forward and ends at 100 % with DONE.
    const bar = organizer.getByTestId('issuance-bar');
    await bar.waitFor();
    const seen: number[] = [];
    const deadline = Date.now() + 45_000;
    for (;;) {
      const percent = Number(await bar.getAttribute('data-percent'));
      if (seen.at(-1) !== percent) seen.push(percent);
      if (percent === 100 || Date.now() > deadline) break;
      await organizer.waitForTimeout(100);
    }
    expect(seen.at(-1)).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await organizer.getByTestId('issuance-status').getByText('Selesai', { exact: true }).waitFor();
    expect(await organizer.getByTestId('issuance-percent').innerText()).toBe('100 %');
    expect(await organizer.getByTestId('issuance-counts').innerText()).toContain(
      '10 dari 10 terbit',
    );
    await organizer.getByTestId('certificate-row').nth(9).waitFor();
    expect(await organizer.getByTestId('certificate-row').count()).toBe(10);
    expect(await organizer.getByTestId('issue-certificates').isDisabled()).toBe(true);
    await organizer.waitForTimeout(600); // the bar's own transition, for the screenshot
    await screenshot(organizer, 'certificates-issued');

    // The class as one ZIP of PDFs.
    const [download] = await Promise.all([
      organizer.waitForEvent('download'),
      organizer.getByTestId('download-zip').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zipPath = join(files, 'class.zip');
    await download.saveAs(zipPath);
    expect(readFileSync(zipPath).subarray(0, 2).toString()).toBe('PK');
  });

  it("anyone opens a certificate's QR target without signing in, checks its PDF, and sees it REVOKED once revoked", async () => {
    const { baseUrl, learnerNip } = stack();
    const target = (await certificates()).find((c) => c.holderNip !== learnerNip);
    if (!target) throw new Error('no certificate to verify');
    expect(target.verifyUrl).toMatch(new RegExp(`/verify/${target.code}$`));

    // A visitor: a separate browser with no session at all.
    const visitorBrowser = await openBrowser();
    try {
      const visitor = await visitorBrowser.context.newPage();
      await visitor.goto(`${baseUrl}/verify/${target.code}`);
      const status = visitor.getByTestId('verify-status');
      await status.waitFor();
      expect(await status.getAttribute('data-status')).toBe('VALID');
      expect(await visitor.getByTestId('verify-status-text').innerText()).toContain('SAH');
      expect(await visitor.getByTestId('main-nav').isVisible()).toBe(false);
      expect(await visitor.getByTestId('sign-in').isVisible()).toBe(true);
      expect(visitor.url()).toBe(`${baseUrl}/verify/${target.code}`);
      const sha = await visitor.getByTestId('verify-sha256').getAttribute('data-sha256');
      expect(sha).toMatch(/^[0-9a-f]{64}$/);

      // The PDF as issued matches; one changed byte does not.
      const pdf = Buffer.from(
        await (await fetch(`${baseUrl}/certificates/${target.code}.pdf`)).arrayBuffer(),
      );
      const original = join(files, 'sertifikat.pdf');
      writeFileSync(original, pdf);
      await visitor.getByTestId('pdf-input').setInputFiles(original);
      const check = visitor.getByTestId('file-check');
      await check.waitFor();
      expect(await check.getAttribute('data-match')).toBe('current');
      expect(await visitor.getByTestId('file-sha256').innerText()).toBe(
        sha?.replace(/(.{4})(?=.)/g, '$1 '),
      );
      await check.scrollIntoViewIfNeeded();
      await screenshot(visitor, 'certificates-verify-valid');

      const edited = Buffer.from(pdf);
      edited[edited.length - 10] ^= 1;
      const tampered = join(files, 'sertifikat-diubah.pdf');
      writeFileSync(tampered, edited);
      await visitor.getByTestId('pdf-input').setInputFiles(tampered);
      await visitor.locator('[data-testid="file-check"][data-match="mismatch"]').waitFor();
      expect(await check.innerText()).toContain('TIDAK COCOK');

      // The organizer revokes it, with a reason.
      const row = organizer.locator(`[data-testid="certificate-row"][data-code="${target.code}"]`);
      await row.getByTestId('certificate-revoke').click();
      await organizer.getByTestId('revoke-confirm').click();
      await organizer.getByText('Tuliskan alasan pencabutan.').waitFor();
      await organizer
        .getByTestId('revoke-reason')
        .fill('Nama peserta salah ketik; diterbitkan ulang.');
      await organizer.getByTestId('revoke-confirm').click();
      await organizer.getByTestId('revoke-notice').waitFor();
      await row.getByTestId('certificate-status').getByText('Dicabut').waitFor();
      await screenshot(organizer, 'certificates-revoked-list');

      await visitor.reload();
      await visitor.locator('[data-testid="verify-status"][data-status="REVOKED"]').waitFor();
      expect(await visitor.getByTestId('verify-status-text').innerText()).toContain('DICABUT');
      expect(await visitor.getByTestId('revoke-reason').innerText()).toBe(
        'Nama peserta salah ketik; diterbitkan ulang.',
      );
      expect(await visitor.getByTestId('revocation').innerText()).toMatch(/Dicabut pada \d/);
      await screenshot(visitor, 'certificates-verify-revoked');

      // The same page in English, for visitors from outside.
      await visitor.locator('[data-lang="en"] button').click();
      await visitor.getByTestId('verify-status-text').getByText('REVOKED').waitFor();
      expect(await visitor.getByTestId('revocation').innerText()).toMatch(/^Revoked on \d/);
      expect(await visitor.title()).toBe('Certificate verification · LMS Bimtek');
      await screenshot(visitor, 'certificates-verify-revoked-en');
    } finally {
      await visitorBrowser.close();
    }
  });

  it('the holder sees and downloads their certificate in Sertifikat saya', async () => {
    const { baseUrl, learnerNip } = stack();
    const mine = (await certificates()).find((c) => c.holderNip === learnerNip);
    if (!mine) throw new Error("the demo learner's certificate is missing");
    const learner = await browser.context.newPage();
    await login(learner, learnerNip);
    await learner.getByTestId('main-nav').getByText('Sertifikat saya', { exact: true }).click();
    const card = learner.locator(`[data-testid="my-certificate"][data-code="${mine.code}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain('Kepemimpinan Digital');
    expect(await card.innerText()).toContain('Sah');
    const href = await card.getByTestId('my-certificate-pdf').getAttribute('href');
    expect(href).toBe(`/certificates/${mine.code}.pdf`);
    const response = await fetch(`${baseUrl}${href}`);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    await screenshot(learner, 'certificates-mine');
    await learner.close();
  });
});
