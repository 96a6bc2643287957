import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newVisitor, type Visitor } from './browser';
import { screenshotOnFailure } from './failureShots';
import { type RunningServer, startServer } from './server';
import { webBuild } from './webBuild';

// One installation and one browser per journey file (vitest gives every file its own copy of
// this module): set while the file's steps run.
export let server: RunningServer;
export let browser: Browser;
export let visitor: Visitor;

/**
 * Starts the real server and Chromium before a file's journeys and stops them after; a failed
 * step leaves a screenshot. `seed` may write a database first and return its folder.
 */
export function startJourney(options: { seed?: () => Promise<string> } = {}): void {
  beforeAll(async () => {
    const dataDir = options.seed ? await options.seed() : undefined;
    const [webDir, launched] = await Promise.all([webBuild(), launchBrowser()]);
    browser = launched;
    server = await startServer(webDir, { dataDir });
    visitor = await newVisitor(browser, server.url);
  }, 120_000);

  screenshotOnFailure(() => visitor);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
