import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';

const folder = join(new URL('../..', import.meta.url).pathname, '.tmp', 'e2e-failures');

/**
 * Keeps a screenshot of the page as it was when a journey failed, and prints what the page
 * logged, to see what went wrong.
 */
export function screenshotOnFailure(
  visitor: () => { page: Page; errors: string[] } | undefined,
): void {
  afterEach(async (context) => {
    const current = visitor()?.page;
    if (context.task.result?.state !== 'fail' || !current) return;
    const errors = visitor()?.errors ?? [];
    if (errors.length > 0) console.error(`The page logged:\n${errors.join('\n')}`);
    mkdirSync(folder, { recursive: true });
    const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
    await current.screenshot({ path: join(folder, `${name}.png`), fullPage: true }).catch(() => {});
  });
}
