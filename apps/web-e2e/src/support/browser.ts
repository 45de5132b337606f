import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { type BrowserContext, chromium, type Page } from 'playwright-core';

import { type StackState, stackStateFile } from './stack-state';

export const SCREENSHOT_DIR = resolve(__dirname, '../../screenshots');
export const DEMO_PASSWORD = process.env['DEMO_PASSWORD'] ?? 'bimtek2026';

export function stack(): StackState {
  return JSON.parse(readFileSync(stackStateFile(), 'utf8')) as StackState;
}

/** Debian's Chromium with a fresh profile; flags from stack-notes.md for running as root in CI. */
export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lms-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function login(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto(`${stack().baseUrl}/masuk`);
  await page.getByTestId('login-identifier').fill(identifier);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/beranda$/);
  await page.getByTestId('main-nav').waitFor();
}

export async function navLabels(page: Page): Promise<string[]> {
  const labels = await page.getByTestId('main-nav').locator('a').allInnerTexts();
  return labels.map((label) => label.trim());
}
