import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';

const folder = join(new URL('../..', import.meta.url).pathname, '.tmp', 'e2e-failures');

/** Keeps a screenshot of the page as it was when a journey failed, to see what went wrong. */
export function screenshotOnFailure(page: () => Page | undefined): void {
  afterEach(async (context) => {
    const current = page();
    if (context.task.result?.state !== 'fail' || !current) return;
    mkdirSync(folder, { recursive: true });
    const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
    await current.screenshot({ path: join(folder, `${name}.png`), fullPage: true }).catch(() => {});
  });
}
