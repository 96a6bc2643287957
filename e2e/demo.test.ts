import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryPage, PersonCard } from '../src/contracts/people';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor, type Visitor } from './support/browser';
import { screenshotOnFailure } from './support/failureShots';
import { type RunningServer, startServer } from './support/server';
import { seeHeading, seeText } from './support/waits';
import { webBuild } from './support/webBuild';

// One installation with the demo organisation: a visitor explores it, edits their own profile
// and finds a colleague who can teach them something.
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

async function signedInPerson(): Promise<{ id: string; role: string; name: string }> {
  return (await visitor.page.request.get('/api/v1/me')).json();
}

describe('the demo organisation', () => {
  it('opens the demo and signs in as its manager with one click', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.waitForURL('**/welcome');
    await page.getByRole('button', { name: 'Open the demo' }).click();
    const asManager = page.getByRole('button', { name: 'Sign in as manager' });
    await asManager.waitFor({ timeout: 60_000 });
    await expectAccessible(page, 'the first-run page with the demo accounts');
    await asManager.click();
    await page.waitForURL((url) => url.pathname === '/');
    const me = await signedInPerson();
    expect(me.role).toBe('manager');
    await seeHeading(page, `Welcome, ${me.name.split(' ')[0]}`);
    await page.getByText('Demo', { exact: true }).waitFor();
    await expectAccessible(page, 'the home page of the demo manager');
  });

  it('edits my work week, a skill I offer and my support need, and keeps them', async () => {
    const { page } = visitor;
    await page.goto('/profile');
    await seeHeading(page, 'My profile');
    await page.getByRole('radiogroup', { name: 'Where you work on Monday' }).waitFor();
    await expectAccessible(page, 'my profile');

    // Monday at home, Tuesday on site (at the first site offered).
    await page
      .getByRole('radiogroup', { name: 'Where you work on Monday' })
      .getByText('At home', { exact: true })
      .click();
    await page
      .getByRole('radiogroup', { name: 'Where you work on Tuesday' })
      .getByText('On site', { exact: true })
      .click();
    const tuesdaySite = page.getByRole('combobox', { name: 'Site on Tuesday' });
    await tuesdaySite.waitFor();
    const site = await tuesdaySite.inputValue();
    expect(site).not.toBe('');

    // A skill nobody in the demo taxonomy lacks: pick the first one the search offers.
    const addOffered = page.getByRole('combobox', { name: 'Add a skill you can share' });
    await addOffered.click();
    const option = page.getByRole('option').first();
    await option.waitFor();
    const skill = (await option.textContent())!.replace(/\s*\(.*\)$/, '');
    await option.click();
    await page.getByRole('combobox', { name: `Your level in ${skill}` }).waitFor();

    await page.getByText('5: I want close support').click({ force: true });
    await seeText(page, 'Right now I would like close guidance and frequent check-ins.', false);

    await page.getByRole('button', { name: 'Save profile' }).click();
    await seeText(page, 'Your profile is saved.');

    await page.reload();
    await seeHeading(page, 'My profile');
    await page.getByRole('radiogroup', { name: 'Where you work on Monday' }).waitFor();
    expect(
      await page
        .getByRole('radiogroup', { name: 'Where you work on Monday' })
        .getByRole('radio', { name: 'At home' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Site on Tuesday' }).inputValue()).toBe(site);
    await page.getByRole('combobox', { name: `Your level in ${skill}` }).waitFor();
    expect(await page.getByRole('radio', { name: '5: I want close support' }).isChecked()).toBe(
      true,
    );
    await expectAccessible(page, 'my profile after saving');
  });

  it('finds a colleague who offers a skill and opens their page', async () => {
    const { page } = visitor;
    const me = await signedInPerson();
    // A skill someone else offers, read from the same API the page uses.
    const directory: DirectoryPage = await (
      await page.request.get('/api/v1/people?limit=100')
    ).json();
    const teacher = directory.items.find(
      (person: PersonCard) => person.id !== me.id && person.skillsOffered.length > 0,
    )!;
    const skill = teacher.skillsOffered[0];

    const offering: DirectoryPage = await (
      await page.request.get(`/api/v1/people?skillOffered=${skill.skillId}&limit=24`)
    ).json();

    await page.goto('/people');
    await seeHeading(page, 'People');
    await page.getByRole('list', { name: 'Colleagues found' }).waitFor();
    await expectAccessible(page, 'the people directory');

    const filter = page.getByRole('combobox', { name: 'Who offers…' });
    await filter.fill(skill.name);
    await page.getByRole('option', { name: skill.name, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('skill') === skill.skillId);
    const count = `${offering.total} ${offering.total === 1 ? 'colleague' : 'colleagues'}`;
    await page.getByRole('status').getByText(count, { exact: true }).waitFor();
    // The page lists exactly the people the API says offer the skill.
    const results = page.getByRole('list', { name: 'Colleagues found' });
    const listed = await results.getByRole('heading', { level: 2 }).allTextContents();
    expect(listed).toEqual(offering.items.map((person) => person.name));
    const colleague = offering.items.find((person) => person.id !== me.id)!;
    const link = results.getByRole('link', { name: colleague.name, exact: true });
    await expectAccessible(page, 'the directory filtered by a skill');

    await link.click();
    await page.waitForURL(`**/people/${colleague.id}`);
    await seeHeading(page, colleague.name);
    await page
      .getByRole('region', { name: 'Can help with' })
      .getByText(skill.name, { exact: false })
      .first()
      .waitFor();
    await expectAccessible(page, "a colleague's page");
    expect(visitor.errors).toEqual([]);
  });
});
