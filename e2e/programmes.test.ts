import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { startJourney, visitor } from './support/journey';
import { seeHeading, seeText } from './support/waits';

// An admin of the demo organisation runs a coffee programme for one team from its template:
// creates it, starts a round, swaps two people between matches and publishes.
const JOURNEY_TIMEOUT_MS = 120_000;

/** A dialog fades in and out; axe reads colours mid-fade as too faint, so wait for it to end. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

startJourney();

describe('a coffee programme', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('is created from its template, previewed, edited by hand and published', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.waitForURL('**/welcome');
    await page.getByRole('button', { name: 'Open the demo' }).click();
    const asAdmin = page.getByRole('button', { name: 'Sign in as admin' });
    await asAdmin.waitFor({ timeout: 60_000 });
    await asAdmin.click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.goto('/admin/programmes');
    await seeHeading(page, 'Programmes');
    await expectAccessible(page, 'the admin programme list');

    await page.getByRole('button', { name: 'New programme' }).click();
    const form = page.getByRole('form', { name: 'Programme settings' });
    await form.waitFor();
    expect(await form.getByRole('textbox', { name: 'Name (English)' }).inputValue()).toBe('Coffee');
    await form.getByRole('textbox', { name: 'Name (English)' }).fill('Team coffee');
    await form.getByRole('radio', { name: 'Active' }).check();
    await form.getByRole('radio', { name: 'Everyone in the audience takes part' }).check();
    // One team (the last in the tree, a team without sub-teams) keeps the round small.
    await form.getByLabel('Teams', { exact: true }).click();
    await page.getByRole('option').last().click();
    await page.keyboard.press('Escape');
    await form.getByRole('slider', { name: 'From different teams' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'the new programme form');
    await form.getByRole('button', { name: 'Create programme' }).click();

    await page.waitForURL('**/admin/programmes/*');
    await seeHeading(page, 'Team coffee');
    await seeText(page, 'Participation');
    await expectAccessible(page, 'the programme page');

    await page.getByRole('button', { name: 'Start a round' }).click();
    const matches = page.getByRole('table', { name: 'Proposed matches' });
    await matches.waitFor();
    await expectAccessible(page, 'the round preview');
    const rows = matches.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(2);
    const first = rows.nth(1).getByRole('checkbox').first();
    const second = rows.nth(2).getByRole('checkbox').first();
    const firstName = (await first.getAttribute('aria-label'))!.replace(
      /^Select | for a swap$/g,
      '',
    );
    await first.check();
    await second.check();
    await page.getByRole('button', { name: 'Swap the two selected' }).click();
    await seeText(page, 'changed by hand');
    // The first person now sits in the match that was second.
    const moved = matches.getByRole('row').filter({
      has: page.getByRole('checkbox', { name: `Select ${firstName} for a swap` }),
    });
    await moved.getByText('changed by hand').waitFor();

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this round?' });
    await dialog.waitFor();
    await settled(page);
    await expectAccessible(page, 'the publish confirmation');
    await dialog.getByRole('button', { name: 'Publish and tell them' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await settled(page);
    await seeText(page, 'Published');
    await seeHeading(page, 'Team coffee');
    await page.getByRole('heading', { name: 'Last round' }).waitFor();
    await expectAccessible(page, 'the published round');
  });

  it('lets an employee see open programmes and keep a private do-not-pair list', async () => {
    const { page } = visitor;
    await page.context().clearCookies();
    await page.goto('/');
    await page.waitForURL('**/welcome');
    // The demo is open already: its accounts are offered straight away.
    const asEmployee = page.getByRole('button', { name: 'Sign in as employee' });
    await asEmployee.waitFor({ timeout: 60_000 });
    await asEmployee.click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await seeHeading(page, 'Programmes');
    await page.getByRole('heading', { name: "Don't pair me with" }).waitFor();
    // The demo employee drinks coffee with colleagues: the demo enrols them.
    await page.getByRole('article', { name: 'Coffee' }).getByText('Taking part').waitFor();
    await expectAccessible(page, 'my programmes');
    const picker = page.getByRole('combobox', { name: 'Colleague' });
    await picker.fill('a');
    const option = page.getByRole('option').first();
    await option.waitFor();
    const name = (await option.textContent())!;
    await option.click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: `Remove ${name} from the list` }).waitFor();
    await expectAccessible(page, 'my programmes with a do-not-pair entry');
  });
});
