import type { Page } from 'playwright-core';

// playwright-core has no assertion library: these wait for what a journey expects to see, and
// fail with the element's description when it does not appear in time.

export async function seeHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
}

export async function seeText(page: Page, text: string, exact = true): Promise<void> {
  await page.getByText(text, { exact }).first().waitFor();
}

export async function seeLanguage(page: Page, lang: string): Promise<void> {
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

export async function seeTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction((expected) => document.title === expected, title);
}
