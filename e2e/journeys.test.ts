import { describe, expect, it } from 'vitest';
import type { DirectoryPage, PersonCard } from '../src/contracts/people';
import { expectAccessible } from './support/axe';
import { startJourney, visitor } from './support/journey';
import { seeHeading, seeLanguage, seeText, seeTitle } from './support/waits';

// One fresh installation, one browser, and the journeys in the order a newcomer would take
// them: look around the demo company first, then set up their own organisation. Each journey
// leaves the browser signed out for the next.
// A step waits up to 15 s for what it expects; a journey of several steps on a busy machine
// (the whole suite runs alongside) needs more than the suite's default 30 s.
const JOURNEY_TIMEOUT_MS = 90_000;

startJourney();

async function signedInPerson(): Promise<{
  id: string;
  role: string;
  name: string;
  locale: string;
}> {
  return (await visitor.page.request.get('/api/v1/me')).json();
}

async function signOut(name: string, menu = 'Account menu for', item = 'Sign out') {
  const { page } = visitor;
  await page.getByRole('button', { name: `${menu} ${name}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await page.waitForURL('**/sign-in');
}

describe('the demo organisation', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('opens the demo and signs in as its manager with one click', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.waitForURL('**/welcome');
    await seeHeading(page, 'Welcome to Samen');
    await expectAccessible(page, 'the first-run page');
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
  });

  it('signs out of the demo', async () => {
    const me = await signedInPerson();
    await signOut(me.name);
    await seeHeading(visitor.page, 'Sign in');
    await expectAccessible(visitor.page, 'the sign-in page with the demo accounts');
  });
});

describe('setting up my own organisation', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('creates the organisation and lands signed in as its admin', async () => {
    const { page } = visitor;
    // The demo does not count as set up: the first-run page still offers both paths.
    await page.goto('/');
    await page.waitForURL('**/welcome');
    await seeHeading(page, 'Welcome to Samen');

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
    expect(await signedInPerson()).toMatchObject({
      role: 'admin',
      organisation: { name: 'Brouwerij De Kroon' },
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).waitFor();
    await expectAccessible(page, 'the home page');
  });

  it('imports colleagues from a CSV file after checking it', async () => {
    const { page } = visitor;
    const upload = async (csv: string) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'CSV file' }).click(),
      ]);
      await chooser.setFiles({
        name: 'people.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
    };
    const header = 'email;name;team;manager_email;job_title;start_date';
    await page.goto('/admin/import');
    await seeHeading(page, 'Import people');
    await upload(
      `${header}\nlies@dekroon.example;Lies Maes;Brewing;;Brewer;2024-03-01\nnot-an-address;Jan;Brewing;;;2024-01-01\n`,
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problems = page.getByRole('table', { name: 'Problems in the file' });
    await problems.getByRole('cell', { name: '3', exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, 'the import page with line errors');

    await upload(
      `${header}\nlies@dekroon.example;Lies Maes;Brewing;;Brewer;2024-03-01\njan@dekroon.example;Jan Claes;Brewing;lies@dekroon.example;Apprentice;2025-09-01\n`,
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    await seeText(page, 'Every line is fine. Import when ready.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await seeText(page, 'The people are in. Invite them when you are ready.');
    const people = await (await page.request.get('/api/v1/people?q=dekroon')).json();
    expect(people.items.map((person: { name: string }) => person.name).sort()).toEqual([
      'Ada Peeters',
      'Jan Claes',
      'Lies Maes',
    ]);
  });

  it('shows every page of the app without accessibility problems', async () => {
    const { page } = visitor;
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    const pages = [
      ['People and roles', 'People and roles'],
      ['Teams', 'Teams'],
      ['Sites', 'Sites'],
      ['Skills', 'Skills'],
      ['Import', 'Import people'],
      ['Outbox', 'Outbox'],
      ['My profile', 'My profile'],
      ['People', 'People'],
    ] as const;
    for (const [link, title] of pages) {
      await navigation.getByRole('link', { name: link, exact: true }).click();
      await seeHeading(page, title);
      await seeTitle(page, `${title} · Samen`);
      // Loaded: no spinner left on the page.
      await page
        .getByRole('status')
        .filter({ hasText: 'Loading…' })
        .first()
        .waitFor({ state: 'detached' });
      await expectAccessible(page, title);
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
    // axe judges colours as they are: the language menu fades out before it is gone.
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await expectAccessible(page, 'the home page in Dutch');

    // Kept on the server for the signed-in person, not only on this device.
    await expect.poll(async () => (await signedInPerson()).locale).toBe('nl');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await seeLanguage(page, 'nl');
    await seeHeading(page, 'Welkom, Ada');
  });

  it('signs out to the sign-in page, still in Dutch', async () => {
    const { page } = visitor;
    await signOut('Ada Peeters', 'Accountmenu van', 'Afmelden');
    await seeHeading(page, 'Aanmelden');
    await expectAccessible(page, 'the sign-in page');
    expect(visitor.errors).toEqual([]);
  });
});
