import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor, type Visitor } from './support/browser';
import { screenshotOnFailure } from './support/failureShots';
import { type RunningServer, startServer } from './support/server';
import { seeHeading, seeText } from './support/waits';
import { webBuild } from './support/webBuild';

// The check-in journey in the demo company: the sample employee prepares their overdue check-in
// and raises a hand; their manager sees both in the team view, holds the check-in with a private
// note and an action; the employee then sees the action and never the private note.
const JOURNEY_TIMEOUT_MS = 120_000;
const TALKING_POINT = 'How I can present to the customer on my own';
const HELP = 'I need help with the quarterly forecast';
const PRIVATE_NOTE = 'Private: keep an eye on the workload in December';
const ACTION = 'Read the forecasting guide before Friday';
const GOAL = 'Present the forecast to the customer';

let server: RunningServer;
let browser: Browser;
let visitor: Visitor;
let employee: { id: string; name: string };
let manager: { id: string; name: string };

beforeAll(async () => {
  const [webDir, launched] = await Promise.all([webBuild(), launchBrowser()]);
  browser = launched;
  server = await startServer(webDir);
  visitor = await newVisitor(browser, server.url);
}, 180_000);

screenshotOnFailure(() => visitor);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const me = async (): Promise<{ id: string; name: string }> =>
  (await visitor.page.request.get('/api/v1/me')).json();

async function signOut(name: string) {
  const { page } = visitor;
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
}

/** axe judges colours as they are: let an opened dialog finish fading in first. */
async function dialogSettled() {
  await visitor.page.waitForFunction(() => {
    const dialog = document.querySelector('[role="dialog"]');
    return dialog !== null && getComputedStyle(dialog).opacity === '1';
  });
}

async function signInAs(role: 'employee' | 'manager' | 'admin') {
  const { page } = visitor;
  await page.getByRole('button', { name: `Sign in as ${role}` }).click({ timeout: 60_000 });
  await page.waitForURL((url) => url.pathname === '/');
}

describe('manager check-ins', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('the employee adds a talking point to the next check-in and raises a hand', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.waitForURL('**/welcome');
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await signInAs('employee');
    employee = await me();

    await page.getByRole('link', { name: 'My check-ins' }).first().click();
    await seeHeading(page, 'My check-ins');
    await seeText(page, 'Past check-ins');
    await expectAccessible(page, 'my check-ins');

    await page.getByRole('link', { name: 'Open the agenda' }).click();
    await page.getByRole('heading', { level: 1, name: /^Check-in with / }).waitFor();
    await page.getByRole('textbox', { name: 'New talking point' }).fill(TALKING_POINT);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await seeText(page, TALKING_POINT);
    await expectAccessible(page, 'the check-in agenda');

    await page.getByRole('button', { name: 'Raise a hand' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Raise a hand' });
    await dialog.getByRole('textbox', { name: /I need help with/ }).fill(HELP);
    await dialog.getByRole('radio', { name: 'Urgent', exact: true }).check();
    await expectAccessible(page, 'the raise-a-hand dialog');
    await dialog.getByRole('button', { name: 'Send to my manager' }).click();
    await seeText(page, 'Your manager has been told.', false);
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await signOut(employee.name);
  });

  it('the manager sees the overdue check-in and the raised hand, and holds the check-in', async () => {
    const { page } = visitor;
    await signInAs('manager');
    manager = await me();
    await page.getByRole('button', { name: /^Notifications, [1-9]/ }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'My team' }).click();
    await seeHeading(page, 'My team');
    await seeText(page, `${employee.name}: ${HELP}`);
    const row = page.getByRole('row').filter({ hasText: employee.name });
    await row.getByText(/^Overdue since/).waitFor();
    await expectAccessible(page, 'the team view');

    await page.getByRole('link', { name: `Open check-in with ${employee.name}` }).click();
    await seeHeading(page, `Check-in with ${employee.name}`);
    await seeText(page, TALKING_POINT);

    await page.getByRole('textbox', { name: 'New note' }).fill(PRIVATE_NOTE);
    await page.getByRole('radio', { name: 'Only me (private)' }).check();
    await page.getByRole('button', { name: 'Add note' }).click();
    await seeText(page, PRIVATE_NOTE);

    await page.getByRole('textbox', { name: 'New action' }).fill(ACTION);
    await page.getByRole('button', { name: 'Add action' }).click();
    await seeText(page, ACTION);
    await expectAccessible(page, 'the check-in as the manager');

    await page.getByRole('button', { name: 'Add a goal' }).click();
    const goalDialog = page.getByRole('dialog', {
      name: `A new learning goal for ${employee.name}`,
    });
    await goalDialog.getByRole('textbox', { name: 'Goal' }).fill(GOAL);
    await dialogSettled();
    await expectAccessible(page, 'adding a goal for a report');
    await goalDialog.getByRole('button', { name: 'Add goal' }).click();
    await goalDialog.waitFor({ state: 'detached' });
    await seeText(page, GOAL);
    await page.getByRole('button', { name: `History of ${GOAL}` }).click();
    const historyDialog = page.getByRole('dialog', { name: `History: ${GOAL}` });
    await historyDialog.getByText(`added the goal “${GOAL}”`).waitFor();
    await historyDialog.getByText(new RegExp(`^${manager.name}, `)).waitFor();
    await dialogSettled();
    await expectAccessible(page, 'a goal history as the manager');
    await page.keyboard.press('Escape');
    await historyDialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Mark as held' }).click();
    await seeText(page, 'Held. The next check-in is planned and open points carried over.');
    await expectAccessible(page, 'the held check-in');
    await signOut(manager.name);
  });

  it('the manager filters and sorts the team view by keyboard', async () => {
    const { page } = visitor;
    await signInAs('manager');
    await page.getByRole('navigation').getByRole('link', { name: 'My team' }).click();
    await seeHeading(page, 'My team');
    await page.getByRole('radio', { name: 'Everyone' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Overdue' }).isChecked()).toBe(true);
    await page
      .getByRole('status')
      .filter({ hasText: /shown$/ })
      .waitFor();

    await page.getByRole('radio', { name: 'Overdue' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('radio', { name: 'Everyone' }).isChecked()).toBe(true);
    const person = page.getByRole('columnheader', { name: 'Person' });
    expect(await person.getAttribute('aria-sort')).toBeNull();
    await page.getByRole('combobox', { name: 'Sort by' }).focus();
    await page.keyboard.press('ArrowDown');
    // walk the options with the arrow keys until Name is the highlighted one
    const highlighted = page.locator('[data-combobox-selected]');
    await highlighted.waitFor();
    for (let step = 0; step < 5 && (await highlighted.textContent()) !== 'Name'; step++) {
      const before = await highlighted.textContent();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => highlighted.textContent()).not.toBe(before);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => person.getAttribute('aria-sort')).toBe('ascending');
    await expectAccessible(page, 'the team view sorted by name');
  });

  it('the manager reads a goal history on the person page', async () => {
    const { page } = visitor;
    await page.getByRole('link', { name: employee.name, exact: true }).click();
    await seeHeading(page, employee.name);
    await page.getByRole('button', { name: 'Add a goal' }).waitFor();
    await page.getByRole('button', { name: `History of ${GOAL}` }).click();
    const historyDialog = page.getByRole('dialog', { name: `History: ${GOAL}` });
    await historyDialog.getByText(`added the goal “${GOAL}”`).waitFor();
    await dialogSettled();
    await expectAccessible(page, 'a goal history on the person page');
    await page.keyboard.press('Escape');
    await historyDialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Back to my team' }).click();
    await seeHeading(page, 'My team');
  });

  it('the manager calls off the next check-in after confirming', async () => {
    const { page } = visitor;
    await page.getByRole('link', { name: `Open check-in with ${employee.name}` }).click();
    await seeHeading(page, `Check-in with ${employee.name}`);
    await page.getByRole('button', { name: 'Call off', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Call off this check-in?' });
    await dialogSettled();
    await expectAccessible(page, 'calling off a check-in');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Call off', exact: true }).click();
    await confirm.getByRole('button', { name: 'Call off the check-in' }).click();
    await seeText(page, 'This check-in was called off.', false);
    expect(await page.getByRole('button', { name: 'Mark as held' }).count()).toBe(0);
    await expectAccessible(page, 'the called-off check-in');
    await signOut(manager.name);
  });

  it('the employee sees the action and the answer state, never the private note', async () => {
    const { page } = visitor;
    await signInAs('employee');
    await page.goto('/checkins');
    await seeHeading(page, 'My check-ins');
    await seeText(page, ACTION);
    await seeText(page, HELP);
    await expectAccessible(page, 'my check-ins after the talk');

    await page.getByRole('button', { name: `History of ${GOAL}` }).click();
    const historyDialog = page.getByRole('dialog', { name: `History: ${GOAL}` });
    await historyDialog.getByText(`added the goal “${GOAL}”`).waitFor();
    await historyDialog.getByText(new RegExp(`^${manager.name}, `)).waitFor();
    await dialogSettled();
    await expectAccessible(page, 'a goal history as the employee');
    await page.keyboard.press('Escape');
    await historyDialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Notifications, [1-9]/ }).click();
    await seeText(page, `${manager.name} called off your check-in of`, false);
    await page.keyboard.press('Escape');

    await page
      .getByRole('link', { name: new RegExp(`with ${manager.name}$`) })
      // the called-off check-in comes first, then the one held today
      .nth(1)
      .click();
    await page.getByRole('heading', { level: 1, name: `Check-in with ${manager.name}` }).waitFor();
    await seeText(page, TALKING_POINT);
    await seeText(page, ACTION);
    expect(await page.getByText(PRIVATE_NOTE).count()).toBe(0);
    expect(await page.content()).not.toContain(PRIVATE_NOTE);
    await expectAccessible(page, 'the held check-in as the employee');
    await signOut(employee.name);
  });

  it('the admin sees the rhythm kept per team, and no content', async () => {
    const { page } = visitor;
    await signInAs('admin');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Check-ins', exact: true })
      .click();
    await seeHeading(page, 'Check-ins');
    await page.getByRole('heading', { name: 'Rhythm kept per team' }).waitFor();
    await page.getByRole('columnheader', { name: 'On time' }).waitFor();
    expect(await page.content()).not.toContain(PRIVATE_NOTE);
    expect(await page.content()).not.toContain(TALKING_POINT);
    await expectAccessible(page, 'the check-in settings and figures');
    expect(visitor.errors).toEqual([]);
  });
});
