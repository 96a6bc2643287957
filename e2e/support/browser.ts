import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Debian's Chromium, never a downloaded one. Playwright gives every launch a fresh temporary
 * profile folder (it refuses a --user-data-dir of our own with launch()).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Errors the page logged or threw; a journey ends by checking there were none. */
  errors: string[];
}

/** A new visitor (own cookies and storage) with an English browser unless told otherwise. */
export async function newVisitor(
  browser: Browser,
  baseURL: string,
  options: { locale?: string; width?: number } = {},
): Promise<Visitor> {
  const context = await browser.newContext({
    baseURL,
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500 || response.status() === 429) {
      errors.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('console', (message) => {
    // The browser logs every 4xx answer (401 from /api/v1/me before sign-in, 400 for a form
    // the server corrects); those are part of the journeys. 5xx and script errors are not.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return { context, page, errors };
}
