import { feedIcs } from '../../calendar/ics';
import type { CalendarFeed } from '../../contracts/meetings';
import type { CalendarFeedRepository } from '../../db/repositories/calendarFeeds';
import type { Translator } from '../../i18n/catalog';
import type { Translate } from '../../mail/message';
import type { Actor } from '../actor';
import { hashToken, newToken } from '../auth/secrets';
import { notFound } from '../errors';
import type { MeetingDeps } from './deps';
import { calendarEventOf } from './meetingCalendar';

/** The private feed address: the token is in the path, since calendar apps send no cookie. */
export const calendarFeedUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/api/v1/calendar/feeds/${token}/samen.ics`;

/**
 * The person's feed address. The first time anyone asks, their feed is made; once they turned it
 * off it stays off until they make a new one. A feed made before tokens were kept is on but
 * shows no address (a new one shows it).
 */
export async function getCalendarFeed(
  deps: { feeds: CalendarFeedRepository; publicUrl: string; now: Date },
  actor: Actor,
): Promise<CalendarFeed> {
  const { active, everMade } = await deps.feeds.state(actor.personId);
  if (!everMade) return rotateCalendarFeed(deps, actor);
  if (!active) return { active: false, url: null };
  return { active: true, url: active.token ? calendarFeedUrl(deps.publicUrl, active.token) : null };
}

/** Makes a new feed address, and the old one, if any, stops working. */
export async function rotateCalendarFeed(
  deps: { feeds: CalendarFeedRepository; publicUrl: string; now: Date },
  actor: Actor,
): Promise<CalendarFeed> {
  const token = newToken();
  await deps.feeds.replace(actor.personId, token, hashToken(token), deps.now);
  return { active: true, url: calendarFeedUrl(deps.publicUrl, token) };
}

export async function revokeCalendarFeed(
  deps: { feeds: CalendarFeedRepository; now: Date },
  actor: Actor,
): Promise<void> {
  await deps.feeds.revoke(actor.personId, deps.now);
}

type FeedDeps = Pick<MeetingDeps, 'meetings' | 'people' | 'publicUrl' | 'sender'> & { now: Date };

/**
 * The feed behind a private address, for a calendar app that sends no cookie: the token is the
 * key. An unknown or revoked token, or one of someone who left, is not found. Written in the
 * owner's language.
 */
export async function calendarFeedByToken(
  deps: {
    findOwner(tokenHash: string): Promise<{ organisationId: string; personId: string } | null>;
    feedDeps(organisationId: string): FeedDeps;
    translator: Translator;
  },
  token: string,
): Promise<string> {
  const owner = await deps.findOwner(hashToken(token));
  if (!owner) throw notFound('page');
  const feed = deps.feedDeps(owner.organisationId);
  const person = await feed.people.find(owner.personId);
  if (!person) throw notFound('page');
  const t: Translate = (key, params) => deps.translator.t(person.locale, key, params);
  return renderCalendarFeed({ ...feed, t }, person);
}

/** The feed of one person: their scheduled meetings that have not all ended. */
export async function renderCalendarFeed(
  deps: Pick<MeetingDeps, 'meetings' | 'publicUrl' | 'sender'> & { now: Date; t: Translate },
  person: { id: string; name: string },
): Promise<string> {
  const meetings = await deps.meetings.listFor(person.id, deps.now);
  const events = meetings.flatMap((meeting) =>
    meeting.status === 'scheduled' && meeting.startsAt
      ? [calendarEventOf({ ...meeting, startsAt: meeting.startsAt }, deps)]
      : [],
  );
  return feedIcs(deps.t('meetings:feed.name', { name: person.name }), events);
}
