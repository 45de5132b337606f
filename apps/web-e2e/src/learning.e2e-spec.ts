import type { Locator, Page } from 'playwright-core';

import { type SeededCourse, seedPublishedCourse } from './learning-fixtures';
import { choose } from './learning-ui';
import { login, openBrowser, screenshot, stack } from './support/browser';

/** "4 dari 20 JP" → 4 (Indonesian decimals use a comma). */
async function jpTotal(scope: Page | Locator): Promise<number> {
  const text = (await scope.getByTestId('jp-total').innerText()).trim();
  return Number(text.split(/\s+/)[0].replace(/\./g, '').replace(',', '.'));
}

async function answerCorrectly(page: Page, course: SeededCourse): Promise<void> {
  const questions = page.getByTestId('test-question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    const legend = (await question.locator('legend').innerText()).trim();
    const seeded = course.questions.find((q) => legend.includes(q.text));
    if (!seeded) {
      throw new Error(`Unexpected question: ${legend}`);
    }
    for (const option of seeded.options.filter((o) => o.correct)) {
      await question.getByTestId('test-option').filter({ hasText: option.text }).click();
    }
  }
}

describe('learning: a learner takes a course to completion', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  let course: SeededCourse;

  beforeAll(async () => {
    course = await seedPublishedCourse();
    browser = await openBrowser();
    page = await browser.context.newPage();
    await login(page, stack().learnerNip);
  });
  afterAll(() => browser.close());

  it('walks the catalog, pre-test, lessons and post-test, and sees the JP bar move', async () => {
    const { baseUrl } = stack();

    // Home ("Beranda") shows this year's JP against the 20-JP obligation.
    const homeJp = page.getByTestId('home-jp');
    await homeJp.getByTestId('jp-total').waitFor();
    const before = await jpTotal(homeJp);
    expect(await homeJp.innerText()).toMatch(/dari 20 JP/);

    await page.goto(`${baseUrl}/pembelajaran-saya`);
    await page.getByTestId('jp-total').waitFor();
    expect(await jpTotal(page)).toBe(before);
    await screenshot(page, 'learning-my-learning-before');

    // Catalog: search finds the course; the card shows its JP.
    await page.getByTestId('main-nav').getByText('Katalog', { exact: true }).click();
    await page.waitForURL(/\/katalog$/);
    await page.getByTestId('catalog-search').fill(course.code);
    const card = page.getByTestId('catalog-card').filter({ hasText: course.code });
    // The search is debounced: wait for its answer rather than the first matching card.
    await page.getByTestId('catalog-summary').getByText('1 kursus', { exact: true }).waitFor();
    await card.waitFor();
    expect(await page.getByTestId('catalog-card').count()).toBe(1);
    expect(await card.getByTestId('catalog-card-jp').innerText()).toBe(`${course.jp} JP`);
    await screenshot(page, 'learning-catalog');

    // Filter by the specific competency: another one hides the course, its own one shows it,
    // and choosing a type forgets a competency chosen before.
    const summary = page.getByTestId('catalog-summary');
    await choose(page, 'catalog-specific', 'M.01 · Integritas');
    await summary.getByText('Tidak ada kursus yang cocok dengan saringan ini.').waitFor();
    await choose(page, 'catalog-competency', 'Teknis');
    expect((await page.getByTestId('catalog-specific').innerText()).trim()).toBe('Semua');
    await choose(page, 'catalog-specific', `${course.competency.code} · ${course.competency.name}`);
    await summary.getByText('1 kursus', { exact: true }).waitFor();
    await card.waitFor();
    await screenshot(page, 'learning-catalog-competency');
    await card.getByRole('link', { name: course.title }).click();

    // Course page: enrol, then the pre-test is the next step.
    await page.getByTestId('course-enrol').waitFor();
    expect(await page.getByTestId('course-lesson').count()).toBe(course.lessonTitles.length);
    await screenshot(page, 'learning-course');
    await page.getByTestId('course-enrol').click();
    const next = page.getByTestId('course-next');
    await next.getByText('Kerjakan pre-test').waitFor();
    await next.click();

    // Pre-test: three drawn questions, a running timer from the server's deadline.
    await page.getByTestId('test-start').click();
    await page.getByTestId('test-question').nth(2).waitFor();
    expect(await page.getByTestId('test-question').count()).toBe(3);
    const timer = page.getByTestId('test-timer');
    expect(await timer.innerText()).toMatch(/^(09|10):\d\d$/);
    const questions = page.getByTestId('test-question');
    for (let i = 0; i < 3; i++) {
      await questions.nth(i).getByTestId('test-option').first().click();
    }
    await page.getByText('3 dari 3 soal dijawab').waitFor();
    await screenshot(page, 'learning-pre-test');
    await page.getByTestId('test-submit').click();
    await page.getByTestId('attempt-result').waitFor();
    expect(await page.getByTestId('attempt-result-item').count()).toBe(3);
    await page.getByTestId('test-back').click();

    // Lessons, in order: each is marked done; the last one leads to the post-test.
    await next.getByText('Mulai belajar').waitFor();
    await next.click();
    for (const [index, title] of course.lessonTitles.entries()) {
      await page.getByTestId('lesson-title').getByText(title, { exact: true }).waitFor();
      if (index === 0) {
        const body = page.getByTestId('lesson-body');
        await body.getByText('Data sebagai aset').waitFor();
        expect(await body.locator('script').count()).toBe(0);
        expect(await body.locator('[onclick]').count()).toBe(0);
        expect(await page.evaluate(() => 'lessonScriptRan' in window)).toBe(false);
        await screenshot(page, 'learning-lesson-text');
      } else if (index === 1) {
        expect(await page.getByTestId('lesson-video').getAttribute('src')).toBe(
          'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
        );
      } else if (index === 2) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('lesson-download').click(),
        ]);
        expect(download.suggestedFilename()).toBe(course.fileName);
        await screenshot(page, 'learning-lesson-file');
      } else {
        expect(await page.getByTestId('lesson-external').getAttribute('href')).toBe(
          'https://data.go.id/',
        );
      }
      await page.getByTestId('lesson-mark-done').click();
      await page.getByTestId('lesson-done').waitFor();
      if (index < course.lessonTitles.length - 1) {
        await page.getByTestId('lesson-next').click();
      }
    }
    await page.getByTestId('lesson-to-post-test').click();

    // Post-test: every question of the bank, answered correctly, passes and completes the course.
    await page.getByTestId('test-start').click();
    await page
      .getByTestId('test-question')
      .nth(course.questions.length - 1)
      .waitFor();
    expect(await page.getByTestId('test-timer').innerText()).toMatch(/^(09|10):\d\d$/);
    await answerCorrectly(page, course);
    await page
      .getByText(`${course.questions.length} dari ${course.questions.length} soal dijawab`)
      .waitFor();
    await screenshot(page, 'learning-post-test');
    await page.getByTestId('test-submit').click();
    await page.getByTestId('attempt-outcome').getByText('Lulus').waitFor();
    expect(await page.getByTestId('attempt-score').innerText()).toBe('Nilai 100');
    await page.getByTestId('test-course-completed').waitFor();
    await screenshot(page, 'learning-post-test-result');

    // "Pembelajaran saya": the course is completed and the JP bar moved by the course's JP.
    await page.getByTestId('main-nav').getByText('Pembelajaran saya', { exact: true }).click();
    await page.waitForURL(/\/pembelajaran-saya$/);
    const mine = page.getByTestId('my-course').filter({ hasText: course.title });
    await mine.getByTestId('my-course-status').getByText('Selesai').waitFor();
    await page.waitForFunction(
      (expected) => {
        const text = document.querySelector('[data-testid="jp-total"]')?.textContent ?? '';
        return text.trim().startsWith(`${expected} dari`);
      },
      String(before + course.jp).replace('.', ','),
    );
    expect(await jpTotal(page)).toBe(before + course.jp);
    expect(await page.getByTestId('jp-record').filter({ hasText: course.title }).count()).toBe(1);
    await screenshot(page, 'learning-my-learning-after');

    await page.getByTestId('main-nav').getByText('Beranda', { exact: true }).click();
    await homeJp.getByTestId('jp-total').waitFor();
    expect(await jpTotal(homeJp)).toBe(before + course.jp);
    await screenshot(page, 'learning-home-jp');

    // The course page now reports the completion.
    await page.goto(`${baseUrl}/katalog/${course.id}`);
    await page.getByTestId('course-completed').waitFor();

    // The same page in English.
    await page.locator('[data-lang="en"] button').click();
    await page.getByTestId('course-completed').getByText('Course completed').waitFor();
    await screenshot(page, 'learning-course-completed-en');
    await page.getByTestId('main-nav').getByText('My learning', { exact: true }).click();
    await page
      .getByTestId('jp-total')
      .getByText(`${before + course.jp} of 20 JP`)
      .waitFor();
    await screenshot(page, 'learning-my-learning-en');
    await page.locator('[data-lang="id"] button').click();
    await page.getByTestId('main-nav').getByText('Pembelajaran saya', { exact: true }).waitFor();
  });
});
