import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor, type Visitor } from './support/browser';
import { screenshotOnFailure } from './support/failureShots';
import { type RunningServer, startServer } from './support/server';
import { seeHeading, seeLanguage, seeText, seeTitle } from './support/waits';
import { webBuild } from './support/webBuild';

// One fresh installation for the whole file: the journeys follow each other like a newcomer's
// first minutes (set up, look around as admin, switch language, sign out).
let server: RunningServer;
let browser: Browser;
let visitor: Visitor;

beforeAll(async () => {
  const [webDir, launched] = await Promise.all([webBuild(), launchBrowser()]);
  browser = launched;
  server = await startServer(webDir);
  visitor = await newVisitor(browser, server.url);
}, 120_000);

screenshotOnFailure(() => visitor?.page);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('first run', () => {
  it('creates the organisation and lands signed in as its admin', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.waitForURL('**/welcome');
    await seeHeading(page, 'Welcome to Samen');
    await expectAccessible(page, 'the first-run page');

    await page.getByLabel('Organisation name').fill('Brouwerij De Kroon');
    await page.getByLabel('Your name').fill('Ada Peeters');
    await page.getByLabel('E-mail address').fill('ada@dekroon.example');
    // Too short: the server's message appears next to the field.
    await page.getByLabel(/^Password/).fill('short');
    await page.getByRole('button', { name: 'Create my organisation' }).click();
    await seeText(page, 'Use at least 10 characters for your password.');
    await expectAccessible(page, 'the first-run page with a field error');

    await page.getByLabel(/^Password/).fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create my organisation' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await seeHeading(page, 'Welcome, Ada');
    const me = await (await page.request.get('/api/v1/me')).json();
    expect(me).toMatchObject({ role: 'admin', organisation: { name: 'Brouwerij De Kroon' } });
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).waitFor();
    await expectAccessible(page, 'the home page');
  });

  it('shows every page of the app without accessibility problems', async () => {
    const { page } = visitor;
    const pages = [
      ['/admin/people', 'People'],
      ['/admin/teams', 'Teams'],
      ['/admin/skills', 'Skills'],
      ['/admin/import', 'Import people'],
      ['/admin/outbox', 'Outbox'],
      ['/profile', 'My profile'],
      ['/people', 'People'],
    ] as const;
    for (const [path, title] of pages) {
      await page.goto(path);
      await seeHeading(page, title);
      await seeTitle(page, `${title} · Samen`);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, path);
    }
  });

  it('switches the interface to Dutch and keeps it after a reload', async () => {
    const { page } = visitor;
    await page.goto('/');
    await seeLanguage(page, 'en');
    await page.getByRole('button', { name: /Change language/ }).click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await seeLanguage(page, 'nl');
    await seeHeading(page, 'Welkom, Ada');
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn profiel' }).waitFor();
    await expectAccessible(page, 'the home page in Dutch');

    // Kept on the server for the signed-in person, not only on this device.
    await expect
      .poll(async () => (await (await page.request.get('/api/v1/me')).json()).locale)
      .toBe('nl');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await seeLanguage(page, 'nl');
    await seeHeading(page, 'Welkom, Ada');
  });

  it('signs out to the sign-in page', async () => {
    const { page } = visitor;
    await page.getByRole('button', { name: /Accountmenu van Ada Peeters/ }).click();
    await page.getByRole('menuitem', { name: 'Afmelden' }).click();
    await page.waitForURL('**/sign-in');
    await seeHeading(page, 'Aanmelden');
    await expectAccessible(page, 'the sign-in page');
    expect(visitor.errors).toEqual([]);
  });
});
