import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { graphql, tokenOf } from './learning-fixtures';
import { login, openBrowser, screenshot, stack } from './support/browser';
import {
  type DemoClass,
  demoClasses,
  firstAgency,
  jakartaDay,
  regionNips,
} from './training-fixtures';

describe('Bimtek: learners register, organizers run the roster, attendance and completion', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let classes: { past: DemoClass; running: DemoClass; upcoming: DemoClass };

  beforeAll(async () => {
    classes = await demoClasses();
    browser = await openBrowser();
  });
  afterAll(() => browser.close());

  async function signedIn(username: string): Promise<Page> {
    const page = await browser.context.newPage();
    await login(page, username);
    return page;
  }

  it('a learner registers for the upcoming class and sees their place on the waitlist', async () => {
    const { learnerNip } = stack();
    const page = await signedIn(learnerNip);
    await page.getByTestId('main-nav').getByText('Jadwal Bimtek', { exact: true }).click();
    await page.waitForURL(/\/jadwal-bimtek$/);
    const row = page.getByTestId('training-row').filter({ hasText: classes.upcoming.title });
    await row.waitFor();
    expect(await row.innerText()).toContain('Dibuka');
    await screenshot(page, 'training-schedule-learner');

    await row.getByTestId('training-link').click();
    await page.getByTestId('my-status').getByText('Anda belum terdaftar di kelas ini.').waitFor();
    expect(await page.getByTestId('fact-seats').innerText()).toContain('Sisa 0 dari 12 kursi');
    await page.getByTestId('register').click();

    const notice = page.getByTestId('learner-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('daftar tunggu urutan ke-4');
    expect(await page.getByTestId('my-status-text').innerText()).toContain(
      'Anda di daftar tunggu urutan ke-4',
    );
    expect(await page.getByTestId('my-status').getByTestId('status-pill').innerText()).toBe(
      'Daftar tunggu',
    );
    await screenshot(page, 'training-learner-waitlisted');

    await page.getByTestId('main-nav').getByText('Bimtek saya', { exact: true }).click();
    const mine = page.getByTestId('my-training').filter({ hasText: classes.upcoming.title });
    await mine.waitFor();
    expect(await mine.getByTestId('my-training-detail').innerText()).toContain('urutan ke-4');

    // The bell lists the notice of the waitlist place.
    await page.getByTestId('notification-bell').click();
    await page.locator('[data-testid="notice"][data-kind="ENROLLMENT_WAITLISTED"]').waitFor();
    await screenshot(page, 'training-notices');
    await page.close();
  });

  it('the organizer promotes the learner from the waitlist; the learner is confirmed and told', async () => {
    const { baseUrl, learnerNip } = stack();
    const page = await signedIn('penyelenggara');
    await page.goto(`${baseUrl}/bimtek/${classes.upcoming.id}`);
    await page.waitForURL(/\/peserta$/);
    const waiting = page.locator(`[data-testid="roster-waitlisted"][data-nip="${learnerNip}"]`);
    await waiting.waitFor();
    expect(await waiting.innerText()).toContain('#4');
    expect(await page.getByTestId('roster-waitlisted').count()).toBe(4);
    await waiting.scrollIntoViewIfNeeded();
    await screenshot(page, 'training-roster-waitlist');

    // The roster as CSV, readable by spreadsheet programs (UTF-8 with a BOM).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('roster-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'peserta-analisis-data-untuk-kebijakan-publik-angkatan-ii.csv',
    );
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\ufeffno,nip,full_name')).toBe(true);
    expect(csv).toContain(learnerNip);

    await waiting.getByTestId('roster-promote').click();
    await page.getByTestId('roster-notice').waitFor();
    await page.locator(`[data-testid="roster-seated"][data-nip="${learnerNip}"]`).waitFor();
    expect(await page.getByTestId('roster-waitlisted').count()).toBe(3);
    // Promoting into a full class adds the seat it takes.
    await page.getByTestId('fact-seats').getByText('Sisa 0 dari 13 kursi').waitFor();
    await page.close();

    const learner = await signedIn(learnerNip);
    await learner.goto(`${baseUrl}/jadwal-bimtek/${classes.upcoming.id}`);
    await learner.getByTestId('my-status-text').getByText('Kursi Anda terkonfirmasi').waitFor();
    await learner.getByTestId('notification-bell').click();
    await learner.locator('[data-testid="notice"][data-kind="ENROLLMENT_PROMOTED"]').waitFor();
    await learner.close();
  });

  it("the organizer records today's attendance beside the day's check-in code and QR", async () => {
    const page = await signedIn('penyelenggara');
    await page.getByTestId('main-nav').getByText('Bimtek', { exact: true }).click();
    await page.waitForURL(/\/bimtek$/);
    const row = page.getByTestId('training-row').filter({ hasText: classes.running.title });
    await row.getByTestId('training-link').click();
    await page.getByTestId('tab-attendance').click();
    await page.waitForURL(/\/presensi$/);

    await page.getByTestId('attendance-day').getByText('hari ini').waitFor();
    expect(await page.getByTestId('check-in-code').innerText()).toMatch(/^[A-Z0-9]{4,}$/);
    await page.getByTestId('qr-code').waitFor();
    const rows = page.getByTestId('attendance-row');
    expect(await rows.count()).toBe(11);
    expect(await page.locator('[data-testid="attendance-row"] input:checked').count()).toBe(0);

    await page.getByRole('button', { name: 'Centang semua' }).click();
    await page.getByTestId('attendance-save').click();
    const notice = page.getByTestId('attendance-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('11 ditandai hadir, 0 ditandai tidak hadir');
    await screenshot(page, 'training-attendance');

    // Recorded on the server: a reload shows the same ticks, and every participant has the day.
    await page.reload();
    await page.getByTestId('attendance-row').first().waitFor();
    await page.getByTestId('check-in-code').waitFor();
    expect(await page.locator('[data-testid="attendance-row"] input:checked').count()).toBe(11);
    const token = await tokenOf('penyelenggara');
    const { training } = await graphql<{
      training: { sessions: { date: string; attendance: { present: boolean }[] }[] };
    }>(
      'query ($id: ID!) { training(id: $id) { sessions { date attendance { present } } } }',
      { id: classes.running.id },
      token,
    );
    const today = training.sessions.find((s) => s.date === jakartaDay());
    expect(today?.attendance.filter((m) => m.present)).toHaveLength(11);
    await page.close();
  });

  it('the organizer schedules a class; a refusal of the API shows on the field it names', async () => {
    const { baseUrl, learnerNip } = stack();
    const page = await signedIn('penyelenggara');
    await page.goto(`${baseUrl}/bimtek`);
    await page.getByTestId('schedule-training').click();
    await page.waitForURL(/\/bimtek\/baru$/);

    await page.getByTestId('field-course').click();
    await page.getByRole('option', { name: /DIG-101/ }).click();
    expect(await page.getByTestId('field-title').inputValue()).toBe('Literasi Digital Aparatur');
    await page.getByTestId('field-title').fill('Literasi Digital Aparatur — Angkatan E2E');
    const start = jakartaDay(40);
    await page.getByTestId('field-start').fill(start);
    await page.getByTestId('field-end').fill(jakartaDay(41));
    await page.getByTestId('field-mode').click();
    await page.getByRole('option', { name: 'Daring', exact: true }).click();
    await page.getByTestId('field-capacity').fill('2');
    await page.getByTestId('schedule-submit').click();

    // Online without a meeting link: the API refuses and names meetingUrl.
    const error = page.getByTestId('meeting-url-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('wajib memiliki tautan rapat');
    await page.waitForTimeout(400); // let the error's fade-in finish for the screenshot
    await screenshot(page, 'training-schedule-error');

    await page.getByTestId('field-meeting-url').fill('https://meet.jit.si/bimtek-e2e');
    await page.getByTestId('schedule-submit').click();
    await page.waitForURL(/\/bimtek\/[0-9a-f-]{36}\/peserta$/);
    expect(await page.getByTestId('fact-dates').innerText()).toContain('08.00–16.00 WIB');

    const nips = await regionNips(3, [learnerNip]);
    await page.getByTestId('enroll-nips').fill(nips.join('\n'));
    await page.getByTestId('enroll-submit').click();
    const notice = page.getByTestId('roster-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toBe('2 terkonfirmasi, 1 masuk daftar tunggu.');
    // The roster reloads after the notice: wait for its rows.
    await page.getByTestId('roster-waitlisted').first().waitFor();
    expect(await page.getByTestId('roster-seated').count()).toBe(2);
    expect(await page.getByTestId('roster-waitlisted').count()).toBe(1);
    await screenshot(page, 'training-roster');

    // The month calendar shows the new class on its days.
    await page.goto(`${baseUrl}/bimtek`);
    await page.getByTestId('view-calendar').click();
    const caption = (day: string) =>
      new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      );
    const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
    await page.getByTestId('calendar-month').getByText(caption(jakartaDay())).waitFor();
    for (let i = monthIndex(jakartaDay()); i < monthIndex(start); i++) {
      const shown = await page.getByTestId('calendar-month').innerText();
      await page.getByTestId('calendar-next').click();
      await page.getByTestId('calendar-month').filter({ hasNotText: shown }).waitFor();
    }
    await page.getByTestId('calendar-month').getByText(caption(start)).waitFor();
    const entry = page
      .locator(`td[data-date="${start}"]`)
      .getByTestId('calendar-entry')
      .filter({ hasText: 'Angkatan E2E' });
    await entry.waitFor();
    await screenshot(page, 'training-calendar');
    await page.close();
  });

  it('the organizer schedules a class with the demo instructor and an agency quota', async () => {
    const quotaAgency = await firstAgency();
    const page = await signedIn('penyelenggara');
    await page.goto(`${stack().baseUrl}/bimtek/baru`);
    await page.getByTestId('field-course').click();
    await page.getByRole('option', { name: /DIG-101/ }).click();
    await page.getByTestId('field-title').fill('Literasi Digital Aparatur — Angkatan Widyaiswara');
    // The demo instructor teaches the upcoming class on days 14 to 16.
    await page.getByTestId('field-start').fill(jakartaDay(15));
    await page.getByTestId('field-end').fill(jakartaDay(15));
    await page.getByTestId('field-venue').fill('Aula BKPSDM');
    await page.getByTestId('field-capacity').fill('20');

    await page.getByTestId('field-instructors').click();
    await page.getByRole('option', { name: 'widyaiswara', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('quota-add').click();
    await page.getByTestId('quota-agency').click();
    await page
      .getByRole('option')
      .filter({ hasText: `(${quotaAgency.code})` })
      .click();
    await page.getByTestId('quota-seats').fill('3');
    await page.getByTestId('schedule-submit').click();

    // Double booked: the API's refusal shows on the instructor picker.
    const booked = page.getByTestId('instructors-error');
    await booked.waitFor();
    expect(await booked.innerText()).toContain(
      `widyaiswara sudah mengajar "${classes.upcoming.title}"`,
    );
    await page.waitForTimeout(400); // let the error's fade-in finish for the screenshot
    await screenshot(page, 'training-schedule-double-booking');

    // Other days fix it: the same picks go through.
    await page.getByTestId('field-start').fill(jakartaDay(50));
    await page.getByTestId('field-end').fill(jakartaDay(51));
    await page.getByTestId('schedule-submit').click();
    await page.waitForURL(/\/bimtek\/[0-9a-f-]{36}\/peserta$/);
    expect(await page.getByTestId('fact-instructors').innerText()).toBe('widyaiswara');
    expect(await page.getByTestId('fact-quota').innerText()).toBe(
      `${quotaAgency.name}: 0 dari 3 kursi terisi`,
    );
    await screenshot(page, 'training-class-staffing');

    // The organizer takes the instructor off the class again.
    await page.getByTestId('edit-instructors').click();
    await page.getByTestId('dialog-instructors').click();
    await page.getByRole('option', { name: 'widyaiswara', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('instructors-save').click();
    await page.getByTestId('fact-instructors').waitFor({ state: 'detached' });
    expect(await page.getByTestId('fact-quota').count()).toBe(1);
    await page.close();
  });

  it('the completion step of the past class shows who did not complete and why', async () => {
    const page = await signedIn('penyelenggara');
    await page.goto(`${stack().baseUrl}/bimtek/${classes.past.id}/penyelesaian`);
    const summary = page.getByTestId('completion-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toBe('10 peserta lulus, 2 tidak lulus.');
    const reasons = page.getByTestId('completion-reason');
    expect(await reasons.count()).toBe(2);
    expect(await reasons.first().innerText()).toBe('Hadir 2 dari 5 hari (minimal 4)');
    await reasons.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'training-completion');
    await page.close();
  });
});
