import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MeetingList } from '../src/contracts/meetings';
import { expectAccessible } from './support/axe';
import { browser, startJourney, visitor } from './support/journey';
import { seeHeading } from './support/waits';

// The demo's sample employee starts with a weekly talk with their buddy: open it on the
// meetings page, move it to another proposed time, take the invitation, and subscribe.
const JOURNEY_TIMEOUT_MS = 90_000;

startJourney();

const myMeetings = async (): Promise<MeetingList> =>
  (await visitor.page.request.get('/api/v1/me/meetings')).json();

/** The sample employee's buddy talk: the weekly pairing meeting. */
const buddyTalk = async () => {
  const talk = (await myMeetings()).items.find(
    (meeting) => meeting.kind === 'pairing' && meeting.recurrence?.intervalWeeks === 1,
  );
  expect(talk).toBeDefined();
  return talk!;
};
const buddyCard = async () =>
  visitor.page.getByRole('article', { name: (await buddyTalk()).title, exact: true });

describe('meetings', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('signs in to the demo as its employee', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.waitForURL('**/welcome');
    await page.getByRole('button', { name: 'Open the demo' }).click();
    const asEmployee = page.getByRole('button', { name: 'Sign in as employee' });
    await asEmployee.waitFor({ timeout: 60_000 });
    await asEmployee.click();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('picks another proposed time for the buddy talk on My meetings', async () => {
    const { page } = visitor;
    await page.getByRole('link', { name: 'Meetings' }).click();
    await page.waitForURL('**/meetings');
    await seeHeading(page, 'My meetings');
    const card = await buddyCard();
    await card.waitFor();
    await card.getByText('Every week').waitFor();
    await expectAccessible(page, 'my meetings');

    const before = await buddyTalk();
    const other = before.proposedSlots.find((slot) => slot.startsAt !== before.startsAt);
    expect(other).toBeDefined();
    await card
      .getByRole('button', { name: /^Pick / })
      .first()
      .click();
    await page.waitForFunction(
      async ([id, wanted]) => {
        const response = await fetch(`/api/v1/meetings/${id}`);
        return ((await response.json()) as { startsAt: string }).startsAt === wanted;
      },
      [before.id, other!.startsAt],
      { timeout: 15_000 },
    );
    await card.getByRole('status').getByText('The meeting has moved', { exact: false }).waitFor();
    await expectAccessible(page, 'my meetings after picking another time');
  });

  it('downloads the invitation as text/calendar', async () => {
    const { page } = visitor;
    const link = (await buddyCard()).getByRole('link', { name: 'Download invitation (.ics)' });
    const href = await link.getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('invite.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1');
  });

  it('shows my calendar address on my profile; it serves the feed without a cookie until turned off', async () => {
    const { page } = visitor;
    await page.goto('/profile');
    await seeHeading(page, 'My profile');
    const section = page.getByRole('region', { name: 'Calendar' });
    // Made the first time it is asked for: the address is there at once.
    const address = section.getByRole('textbox', { name: 'Your private calendar address' });
    await address.waitFor();
    await expectAccessible(page, 'my profile with a calendar address');
    const url = await address.inputValue();
    const anonymous = await browser.newContext();
    const feed = await anonymous.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('SUMMARY:Buddy');
    await section.getByRole('button', { name: 'Turn off' }).click();
    await section.getByText('Your calendar address is turned off.').waitFor();
    expect((await anonymous.request.get(url)).status()).toBe(404);
    await page.reload();
    await section.getByText('Your calendar address is turned off.').waitFor();
    await anonymous.close();
    expect(visitor.errors).toEqual([]);
  });
});
