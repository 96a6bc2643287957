import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { createOrganisation, createTeam, type PersonRow, setWorkDay } from '../test/factories';
import { addParticipant, createMatch, createProgramme, createRound } from '../test/matchFactories';
import { createPersonWithPassword, PASSWORD } from '../test/signIn';
import { expectAccessible } from './support/axe';
import { startJourney, visitor } from './support/journey';
import { seeHeading, seeText } from './support/waits';

// A published buddy pairing between Ann and Bob, written into the database before the server
// starts; then each of them takes their side of it in the browser.
const JOURNEY_TIMEOUT_MS = 90_000;

let ann: PersonRow;
let bob: PersonRow;
let matchId: string;
let mentoringId: string;
let onboardingId: string;

async function seed(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-e2e-matches-'));
  const db = await openDatabase({ dataDir, holder: 'e2e seeding' });
  await migrate(db);
  const organisation = await createOrganisation(db, { name: 'Brouwerij De Kroon' });
  const team = await createTeam(db, organisation.id, { name: 'Brewing' });
  ann = await createPersonWithPassword(db, organisation.id, {
    name: 'Ann Maes',
    email: 'ann@dekroon.example',
    teamId: team.id,
  });
  bob = await createPersonWithPassword(db, organisation.id, {
    name: 'Bob Claes',
    email: 'bob@dekroon.example',
    teamId: team.id,
  });
  const programme = await createProgramme(db, organisation.id, {
    name: { en: 'Buddies', nl: 'Buddy’s' },
  });
  await addParticipant(db, programme, ann);
  await addParticipant(db, programme, bob);
  // Both work from home on weekdays, so their weekly talk finds times inside their hours.
  for (const person of [ann, bob]) {
    for (const weekday of [1, 2, 3, 4, 5]) await setWorkDay(db, person, { weekday, mode: 'home' });
  }
  matchId = await createMatch(db, await createRound(db, programme), [
    { person: ann },
    { person: bob },
  ]);
  const mentoring = await createProgramme(db, organisation.id, {
    kind: 'mentoring',
    name: { en: 'Mentoring', nl: 'Mentoring' },
  });
  mentoringId = await createMatch(
    db,
    await createRound(db, mentoring),
    [
      { person: bob, role: 'mentor' },
      { person: ann, role: 'mentee' },
    ],
    { status: 'active' },
  );
  const onboarding = await createProgramme(db, organisation.id, {
    kind: 'onboarding',
    name: { en: 'Welcome aboard', nl: 'Welkom aan boord' },
  });
  const newcomer = await createPersonWithPassword(db, organisation.id, {
    name: 'Cas Peeters',
    startDate: '2099-03-01',
  });
  onboardingId = await createMatch(
    db,
    await createRound(db, onboarding),
    [
      { person: bob, role: 'godparent' },
      { person: newcomer, role: 'newcomer' },
    ],
    { status: 'active' },
  );
  await db.close();
  return dataDir;
}

startJourney({ seed });

async function signIn(person: PersonRow) {
  const { page } = visitor;
  await page.goto('/sign-in');
  await seeHeading(page, 'Sign in');
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Ann is in two pairings with Bob: the buddy one is the card that names that programme. */
const buddyCard = () => visitor.page.getByRole('article').filter({ hasText: 'Buddies' });

async function signOut(name: string) {
  const { page } = visitor;
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
}

describe('a buddy pairing from both sides', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('shows Ann her pairing and why, and she accepts it', async () => {
    const { page } = visitor;
    await signIn(ann);
    await page.getByRole('navigation').getByRole('link', { name: 'My pairings' }).click();
    await seeHeading(page, 'My pairings');
    await seeText(page, 'You are in the same team');
    await buddyCard().getByRole('link', { name: 'With Bob Claes' }).waitFor();
    await expectAccessible(page, 'my pairings');

    await page.getByRole('button', { name: 'Accept: Bob Claes' }).click();
    await seeText(page, 'You accepted. Waiting for your partner.');
  });

  it('lets Ann ask her buddy a question on the pairing page', async () => {
    const { page } = visitor;
    await buddyCard().getByRole('link', { name: 'With Bob Claes' }).click();
    await seeHeading(page, 'Pairing with Bob Claes');
    await page.getByRole('link', { name: 'View profile of Bob Claes' }).waitFor();
    await expectAccessible(page, 'the pairing page');

    await page.getByLabel('Your question').fill('Where do we have lunch on Fridays?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await seeText(page, 'Where do we have lunch on Fridays?');
    await expectAccessible(page, 'the pairing page with a question');
    await signOut('Ann Maes');
  });

  it('lets Bob answer the question and accept, which starts the pairing', async () => {
    const { page } = visitor;
    await signIn(bob);
    await page.goto(`/matches/${matchId}`);
    await seeHeading(page, 'Pairing with Ann Maes');
    await seeText(page, 'Where do we have lunch on Fridays?');
    await page.getByLabel('Your answer to Ann Maes').fill('At the canteen, with the team');
    await page.getByRole('button', { name: 'Answer', exact: true }).click();
    await seeText(page, 'At the canteen, with the team');
    await expectAccessible(page, 'the pairing page with an answer');

    await page.getByRole('button', { name: 'Decline: Ann Maes' }).click();
    await page.getByRole('dialog', { name: 'Decline this pairing' }).waitFor();
    // axe judges colours as they are: let the dialog finish fading in first.
    await page.waitForFunction(() => {
      const dialog = document.querySelector('[role="dialog"]');
      return dialog !== null && getComputedStyle(dialog).opacity === '1';
    });
    await expectAccessible(page, 'the decline dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Accept: Ann Maes' }).click();
    await seeText(page, 'Active');
    await page.getByRole('heading', { name: 'Did you meet?' }).waitFor();
    await expectAccessible(page, 'the active pairing page');
  });

  it('shows the weekly talk the pairing set up: Bob picks another time and gets the invitation', async () => {
    const { page } = visitor;
    const card = page.getByRole('article', { name: 'Buddies: Ann Maes & Bob Claes' });
    await card.waitFor();
    await card.getByText('Every week').waitFor();
    await expectAccessible(page, 'the pairing page with its meeting');
    await card
      .getByRole('button', { name: /^Pick / })
      .first()
      .click();
    await card.getByRole('status').getByText('The meeting has moved', { exact: false }).waitFor();
    const href = await card
      .getByRole('link', { name: 'Download invitation (.ics)' })
      .getAttribute('href');
    const invitation = await page.request.get(href!);
    expect(invitation.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const text = await invitation.text();
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1');
    expect(text).toContain('SEQUENCE:1');
  });

  it('lets Bob write what he wants to learn from his mentee and log a session', async () => {
    const { page } = visitor;
    await page.goto(`/matches/${mentoringId}`);
    await seeHeading(page, 'Pairing with Ann Maes');
    await page
      .getByLabel('What I want to learn from Ann Maes')
      .fill('How she uses the new planning tool');
    await page.getByRole('button', { name: 'Save my wish' }).click();
    await seeText(page, 'Saved.');
    await page.getByLabel(/^What was learned/).fill('Planning a brew day backwards from delivery');
    await page.getByRole('button', { name: 'Log session' }).click();
    await seeText(page, 'Planning a brew day backwards from delivery');
    await expectAccessible(page, 'a mentoring pairing');
  });

  it('gives Bob, as godparent, the onboarding checklist to tick', async () => {
    const { page } = visitor;
    await page.goto(`/matches/${onboardingId}`);
    await seeHeading(page, 'Pairing with Cas Peeters');
    const tour = page.getByRole('checkbox', { name: 'Give a tour of the office and the tools' });
    // The box follows the saved state, so it shows ticked once the server has it.
    await tour.click();
    await page.waitForFunction(
      () => document.querySelectorAll('input[type="checkbox"]:checked:not(:disabled)').length === 1,
    );
    await expectAccessible(page, 'an onboarding pairing for the godparent');
    expect(visitor.errors).toEqual([]);
  });
});
