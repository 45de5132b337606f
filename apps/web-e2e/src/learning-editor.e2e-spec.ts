import { randomBytes } from 'node:crypto';

import type { Page } from 'playwright-core';

import { seedPublishedCourse, takeBothTests, tokenOf } from './learning-fixtures';
import { choose } from './learning-ui';
import { login, openBrowser, screenshot, stack } from './support/browser';

describe('learning: an organizer builds and publishes a course in the editor', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  const code = `E2E-UI-${randomBytes(3).toString('hex').toUpperCase()}`;
  const title = 'Integritas dalam Pelayanan Publik';

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    await login(page, 'penyelenggara');
  });
  afterAll(() => browser.close());

  it('creates a draft, is told by field what publishing needs, fills it in and publishes', async () => {
    await page.getByTestId('main-nav').getByText('Kursus', { exact: true }).click();
    await page.waitForURL(/\/kursus$/);
    await page.getByTestId('courses-new').click();
    await page.waitForURL(/\/kursus\/baru$/);

    // Details: a managerial course on M.01 Integritas, level 2, 2 JP.
    await page.getByTestId('course-code').fill(code);
    await page.getByTestId('course-title').fill(title);
    await page
      .getByTestId('course-description')
      .fill('Nilai, norma, dan etika dalam melayani warga.');
    await choose(page, 'course-competency', 'Manajerial');
    await choose(page, 'course-specific', /Integritas/);
    await choose(page, 'course-level', /^2 · Dasar$/);
    await page.getByTestId('course-jp').fill('0');
    await page.getByTestId('course-save').click();
    // The client refuses zero JP with the API's own rule before anything is sent.
    await page.getByText('JP harus lebih dari 0').waitFor();
    await page.getByTestId('course-jp').fill('2');
    await page.getByTestId('course-save').click();
    await page.waitForURL(/\/kursus\/[0-9a-f-]{36}$/);
    const editorUrl = page.url();
    await page.getByTestId('editor-status').getByText('Draf').waitFor();

    // A second course with the same code: the API's CONFLICT shows under the code field.
    await page.goto(`${stack().baseUrl}/kursus/baru`);
    await page.getByTestId('course-code').fill(code.toLowerCase());
    await page.getByTestId('course-title').fill('Salinan');
    // A technical competency of the region, defined from the form, becomes the chosen one.
    await choose(page, 'course-competency', 'Teknis');
    await page.getByTestId('technical-add').click();
    await page.getByTestId('technical-code').fill(`T.${code.slice(-4)}`);
    await page.getByTestId('technical-name').fill('Analisis Data');
    await page.getByTestId('technical-save').click();
    await page.getByTestId('course-specific').getByText('Analisis Data').waitFor();
    await page.getByTestId('course-jp').fill('1');
    await page.getByTestId('course-save').click();
    await page
      .getByTestId('course-code-error')
      .getByText('Kode kursus ini sudah dipakai')
      .waitFor();
    await page.waitForTimeout(300); // let the error's fade-in finish before the picture
    await screenshot(page, 'learning-course-code-taken');

    // Publishing an empty course: the error names the lessons and offers the tab that fixes it.
    await page.goto(editorUrl);
    await page.getByTestId('editor-publish').click();
    const status = page.getByTestId('editor-status-area');
    await status.getByText('Tambahkan paling sedikit satu pelajaran').waitFor();
    expect(await status.getByTestId('api-error').innerText()).toMatch(/^Materi:/);
    await screenshot(page, 'learning-publish-error');
    await page.getByTestId('editor-fix').click();

    // Lessons: a module and a reading written in the rich-text editor.
    await page.getByTestId('editor-module-title').fill('Nilai dasar ASN');
    await page.getByTestId('editor-add-module').click();
    await page.getByTestId('lesson-form').waitFor();
    await page.getByTestId('lesson-title-input').fill('BerAKHLAK dalam pelayanan');
    await page.getByTestId('lesson-save').click();
    await page.getByText('Isi materi sesuai jenisnya').first().waitFor();
    await page.getByTestId('rich-text').click();
    await page.keyboard.type(
      'Berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif.',
    );
    await page.getByTestId('lesson-save').click();
    await page
      .getByTestId('editor-lesson')
      .filter({ hasText: 'BerAKHLAK dalam pelayanan' })
      .waitFor();
    await screenshot(page, 'learning-editor-content');

    // Question bank: a true/false question; saving it without a correct option is refused first.
    await page.getByRole('tab', { name: /Bank soal/ }).click();
    await page.getByTestId('questions-new').click();
    await choose(page, 'question-kind', 'Benar/salah');
    await page.getByTestId('question-text').fill('Gratifikasi boleh diterima jika nilainya kecil.');
    await page.getByTestId('question-save').click();
    await page
      .getByTestId('question-problem')
      .getByText('Tandai paling sedikit satu pilihan')
      .waitFor();
    // True/false options are Benar, Salah: the statement is false.
    await page.getByTestId('question-correct').nth(1).click();
    await page.getByTestId('question-save').click();
    await page.getByTestId('question-item').filter({ hasText: 'Gratifikasi' }).waitFor();
    await screenshot(page, 'learning-editor-questions');

    // Post-test: one question, pass at 100.
    await page.getByRole('tab', { name: /Pre-test & post-test/ }).click();
    await page.getByTestId('test-add-POST').click();
    const post = page.getByTestId('test-settings-POST');
    await post.getByTestId('test-question-count').fill('1');
    await post.getByTestId('test-passing').fill('100');
    await page.getByTestId('test-save-POST').click();
    await post.getByText('Perubahan tersimpan.').waitFor();
    await screenshot(page, 'learning-editor-tests');

    // Publish, then preview as a learner.
    await page.getByTestId('editor-publish').click();
    await page.getByTestId('editor-status').getByText('Terbit').waitFor();
    await page.getByTestId('editor-note').waitFor();
    await page.getByTestId('editor-preview').click();
    await page.getByTestId('preview-banner').waitFor();
    await page.getByTestId('course-lesson').first().waitFor();
    expect(await page.getByTestId('course-lesson').count()).toBe(1);
    await page.getByTestId('course-test-POST').waitFor();
    await screenshot(page, 'learning-preview');
    await page.getByTestId('course-lesson').first().click();
    await page.getByTestId('lesson-title').getByText('BerAKHLAK dalam pelayanan').waitFor();
    await page.getByTestId('lesson-body').getByText('Berorientasi pelayanan').waitFor();

    // The list shows the course as published.
    await page.goto(`${stack().baseUrl}/kursus`);
    const row = page.getByTestId('courses-row').filter({ hasText: code });
    await row.getByText('Terbit').waitFor();
    await screenshot(page, 'learning-courses');
  });

  it('shows the pre- and post-test results of a course a learner took, in both languages', async () => {
    // The demo learner (same region) scores 33.33 on the pre-test and 100 on the post-test.
    const course = await seedPublishedCourse();
    await takeBothTests(course, await tokenOf(stack().learnerNip));

    await page.goto(`${stack().baseUrl}/kursus/${course.id}`);
    await page.getByTestId('editor-status').getByText('Terbit').waitFor();
    await page.getByRole('tab', { name: 'Hasil tes' }).click();
    const view = page.getByTestId('gain-view');
    await view.getByTestId('gain-paired').getByText('1', { exact: true }).waitFor();
    expect(await view.getByTestId('gain-average-pre').innerText()).toBe('33,3');
    expect(await view.getByTestId('gain-average-post').innerText()).toBe('100');
    expect(await view.getByTestId('gain-average-gain').innerText()).toBe('+66,7');
    expect(await view.getByTestId('gain-empty').count()).toBe(0);
    const rows = view.getByTestId('gain-row');
    expect(await rows.count()).toBe(1);
    const cells = (await rows.first().locator('td').allInnerTexts()).map((text) => text.trim());
    expect(cells).toEqual([
      stack().learnerName,
      expect.stringMatching(/^\d{8} \d{6} \d \d{3}$/),
      '33,3',
      '100',
      '+66,7',
    ]);
    await screenshot(page, 'learning-editor-results');

    await page.locator('[data-lang="en"] button').click();
    await view.getByText('Average gain').waitFor();
    expect(await view.getByTestId('gain-average-pre').innerText()).toBe('33.3');
    expect(await view.getByTestId('gain-average-gain').innerText()).toBe('+66.7');
    await screenshot(page, 'learning-editor-results-en');
    await page.locator('[data-lang="id"] button').click();
    await view.getByText('Rata-rata peningkatan').waitFor();
  });
});
