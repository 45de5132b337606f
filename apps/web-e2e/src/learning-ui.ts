import type { Page } from 'playwright-core';

/** Picks `option` in the Material select with `selectTestId`, and waits for its panel to close. */
export async function choose(
  page: Page,
  selectTestId: string,
  option: string | RegExp,
): Promise<void> {
  // The floating label of an empty outlined select covers its trigger: click through it.
  await page.getByTestId(selectTestId).locator('.mat-mdc-select-trigger').click({ force: true });
  await page.getByRole('option', { name: option }).click();
  // The next click must not land on the closing panel's backdrop.
  await page.locator('.cdk-overlay-backdrop').waitFor({ state: 'detached' });
}
