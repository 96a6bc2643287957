import ICAL from 'ical.js';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson, createSite } from '../../../test/factories';
import {
  createColleague,
  depsOn,
  outboxMailer,
  outboxOf,
  scheduleTestMeeting,
  testTranslator,
} from '../../../test/meetingFactories';
import type { Database } from '../../db/client';
import { CalendarFeedRepository, findFeedOwner } from '../../db/repositories/calendarFeeds';
import { organisationsWithMeetingsBetween } from '../../db/repositories/meetings';
import type { Actor } from '../actor';
import { hashToken } from '../auth/secrets';
import { AppError } from '../errors';
import { renderCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from './calendarFeed';
import { cancelMeeting } from './cancelMeeting';
import { getMeeting } from './getMeeting';
import { listMyMeetings } from './listMyMeetings';
import { pickSlot } from './pickSlot';
import { rescheduleMeeting } from './rescheduleMeeting';
import { sendMeetingReminders } from './sendMeetingReminders';

const NOW = new Date('2027-03-01T06:00:00Z'); // a Monday, before anyone starts work

const actorOf = (person: {
  id: string;
  organisation_id: string;
  name: string;
  email: string;
}): Actor => ({
  personId: person.id,
  organisationId: person.organisation_id,
  role: 'employee',
  locale: 'en',
  name: person.name,
  email: person.email,
  isDemoOrganisation: false,
});

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

async function expectField(promise: Promise<unknown>, field: string, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).fields).toEqual([expect.objectContaining({ field, code })]);
}

describeEachDatabase('meetings', (getDb) => {
  let db: Database;
  let organisationId: string;
  let siteId: string;
  beforeAll(async () => {
    db = getDb();
    organisationId = (await createOrganisation(db)).id;
    siteId = (await createSite(db, organisationId, { name: 'Gent', city: 'Gent' })).id;
  });

  const run = async <T>(fn: (deps: ReturnType<typeof depsOn>) => Promise<T>, now = NOW) => {
    const mailer = await outboxMailer(db, () => now);
    return mailer.transaction((tx, outbox) => fn(depsOn(tx, organisationId, outbox)));
  };

  it('schedules the shared office day in person and mails both an invitation with the .ics', async () => {
    const anna = await createColleague(db, organisationId, { office: { 3: siteId }, locale: 'nl' });
    const tom = await createColleague(db, organisationId, { office: { 3: siteId } });
    const id = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [anna.id, tom.id],
      title: 'Buddy talk Anna & Tom',
      now: NOW,
    });
    const view = await run((deps) => getMeeting({ ...deps, now: NOW }, actorOf(anna), { id }));
    expect(view).toMatchObject({
      status: 'scheduled',
      startsAt: '2027-03-03T08:00:00.000Z',
      mode: 'in_person',
      site: { id: siteId, name: 'Gent' },
      videoUrl: null,
      recurrence: null,
    });
    expect(view.proposedSlots.map((slot) => [slot.startsAt, slot.mode])).toEqual([
      ['2027-03-03T08:00:00.000Z', 'in_person'],
      ['2027-03-10T08:00:00.000Z', 'in_person'],
      ['2027-03-01T08:00:00.000Z', 'online'],
    ]);
    const mails = (await outboxOf(db, organisationId)).filter((m) =>
      m.subject.includes('Anna & Tom'),
    );
    expect(mails.map((m) => m.to_address).sort()).toEqual([anna.email, tom.email].sort());
    const dutch = mails.find((m) => m.to_address === anna.email)!;
    expect(dutch.subject).toBe('Uitnodiging: Buddy talk Anna & Tom');
    expect(dutch.text_body).toContain('Ter plaatse');
    expect(dutch.attachments[0].contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    const { calendar, event } = parseIcs(dutch.attachments[0].content);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(`${id}@samen`);
    expect(event.sequence).toBe(0);
    expect(event.location).toBe('Gent, Gent');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-03T08:00:00.000Z');
  });

  it('meets online with the organisation’s video link when they share no office day', async () => {
    await db.query('update organisations set video_link_template = $2 where id = $1', [
      organisationId,
      'https://video.example/{id}',
    ]);
    const anna = await createColleague(db, organisationId);
    const sam = await createColleague(db, organisationId, { timeZone: 'America/New_York' });
    const id = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [anna.id, sam.id],
      now: NOW,
    });
    const view = await run((deps) => getMeeting({ ...deps, now: NOW }, actorOf(sam), { id }));
    expect(view).toMatchObject({
      startsAt: '2027-03-01T14:00:00.000Z',
      mode: 'online',
      site: null,
      videoUrl: `https://video.example/${id}`,
    });
    await db.query('update organisations set video_link_template = null where id = $1', [
      organisationId,
    ]);
  });

  it('keeps new meetings away from the attendees’ other meetings', async () => {
    const anna = await createColleague(db, organisationId);
    const tom = await createColleague(db, organisationId);
    const first = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [anna.id, tom.id],
      now: NOW,
    });
    const second = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [tom.id, anna.id],
      now: NOW,
    });
    const views = await run((deps) => listMyMeetings({ ...deps, now: NOW }, actorOf(tom)));
    const byId = new Map(views.items.map((view) => [view.id, view]));
    expect(byId.get(first)?.startsAt).toBe('2027-03-01T08:00:00.000Z');
    expect(byId.get(second)?.startsAt).toBe('2027-03-01T08:30:00.000Z');
  });

  it('anchors a weekly series in the organiser’s zone with an RRULE', async () => {
    const anna = await createColleague(db, organisationId);
    const tom = await createColleague(db, organisationId);
    const now = new Date('2027-03-22T06:00:00Z');
    const id = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [anna.id, tom.id],
      title: 'Weekly series',
      intervalWeeks: 1,
      untilDate: '2027-04-30',
      now,
    });
    const view = await run((deps) => getMeeting({ ...deps, now }, actorOf(anna), { id }), now);
    expect(view.recurrence).toEqual({ intervalWeeks: 1, until: '2027-04-30' });
    const [row] = await db.query<{ rrule: string }>('select rrule from meetings where id = $1', [
      id,
    ]);
    expect(row.rrule).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=20270430T215959Z');
    const mail = (await outboxOf(db, organisationId)).find((m) =>
      m.subject.includes('Weekly series'),
    )!;
    const { event } = parseIcs(mail.attachments[0].content);
    const iterator = event.iterator();
    const starts = [iterator.next(), iterator.next()].map((t) => t!.toJSDate().toISOString());
    expect(starts).toEqual(['2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z']);
  });

  it('lets an attendee pick another proposed time, bumping SEQUENCE; others get 404', async () => {
    const anna = await createColleague(db, organisationId);
    const tom = await createColleague(db, organisationId);
    const outsider = await createPerson(db, organisationId);
    const id = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [anna.id, tom.id],
      title: 'Pick me',
      now: NOW,
    });
    await expect(
      run((deps) => getMeeting({ ...deps, now: NOW }, actorOf(outsider), { id })),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expectField(
      run((deps) =>
        pickSlot({ ...deps, now: NOW }, actorOf(tom), { id, startsAt: '2027-03-05T08:00:00.000Z' }),
      ),
      'startsAt',
      'not_proposed',
    );
    await run((deps) =>
      pickSlot({ ...deps, now: NOW }, actorOf(tom), { id, startsAt: '2027-03-02T08:00:00.000Z' }),
    );
    const view = await run((deps) => getMeeting({ ...deps, now: NOW }, actorOf(anna), { id }));
    expect(view.startsAt).toBe('2027-03-02T08:00:00.000Z');
    const updates = (await outboxOf(db, organisationId)).filter((m) =>
      m.subject.startsWith('Changed: Pick me'),
    );
    expect(updates).toHaveLength(2);
    const { event } = parseIcs(updates[0].attachments[0].content);
    expect(event.uid).toBe(`${id}@samen`);
    expect(event.sequence).toBe(1);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-02T08:00:00.000Z');
  });

  it('reschedules to a time of one’s own, only in the future', async () => {
    const anna = await createColleague(db, organisationId, { office: { 4: siteId } });
    const tom = await createColleague(db, organisationId, { office: { 4: siteId } });
    const id = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [anna.id, tom.id],
      now: NOW,
    });
    const reschedule = (startsAt: string) =>
      run((deps) => rescheduleMeeting({ ...deps, now: NOW }, actorOf(anna), { id, startsAt }));
    await expectField(reschedule('2027-02-28T10:00:00Z'), 'startsAt', 'in_past');
    await expectField(reschedule('next tuesday'), 'startsAt', 'date_time');
    await expectField(reschedule('2029-01-01T10:00:00Z'), 'startsAt', 'too_far');
    await reschedule('2027-03-11T14:00:00+01:00');
    const view = await run((deps) => getMeeting({ ...deps, now: NOW }, actorOf(tom), { id }));
    expect(view).toMatchObject({
      startsAt: '2027-03-11T13:00:00.000Z',
      mode: 'in_person',
      site: { id: siteId },
    });
  });

  it('cancels with a CANCEL at a higher SEQUENCE, and drops the meeting from the lists', async () => {
    const anna = await createColleague(db, organisationId);
    const tom = await createColleague(db, organisationId);
    const id = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [anna.id, tom.id],
      title: 'To cancel',
      now: NOW,
    });
    await run((deps) => cancelMeeting(deps, actorOf(anna), { id, now: NOW }));
    await run((deps) => cancelMeeting(deps, null, { id, now: NOW }));
    const cancels = (await outboxOf(db, organisationId)).filter((m) =>
      m.subject.startsWith('Cancelled: To cancel'),
    );
    expect(cancels).toHaveLength(2);
    expect(cancels[0].attachments[0].contentType).toContain('method=CANCEL');
    const { calendar, event } = parseIcs(cancels[0].attachments[0].content);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.uid).toBe(`${id}@samen`);
    expect(event.sequence).toBe(1);
    const list = await run((deps) => listMyMeetings({ ...deps, now: NOW }, actorOf(tom)));
    expect(list.items.map((item) => item.id)).not.toContain(id);
  });

  it('reminds each attendee once, the day before, however often it runs', async () => {
    const org = (await createOrganisation(db)).id;
    const anna = await createColleague(db, org, { locale: 'nl' });
    const tom = await createColleague(db, org);
    await scheduleTestMeeting(db, org, { attendeeIds: [anna.id, tom.id], title: 'Soon', now: NOW });
    const remind = async (now: Date) => {
      const mailer = await outboxMailer(db, () => now);
      return mailer.transaction((tx, outbox) => sendMeetingReminders(depsOn(tx, org, outbox), now));
    };
    expect(await remind(new Date('2027-02-27T08:00:00Z'))).toBe(0);
    const due = (from: string, to: string) =>
      organisationsWithMeetingsBetween(db, new Date(from), new Date(to));
    expect(await due('2027-02-28T09:00:00Z', '2027-03-01T09:00:00Z')).toContain(org);
    expect(await due('2027-03-02T09:00:00Z', '2027-03-03T09:00:00Z')).not.toContain(org);
    expect(await remind(new Date('2027-02-28T09:00:00Z'))).toBe(1);
    expect(await remind(new Date('2027-02-28T10:00:00Z'))).toBe(0);
    const reminders = (await outboxOf(db, org)).filter((m) => /Tomorrow|Morgen/.test(m.subject));
    expect(reminders.map((m) => m.subject).sort()).toEqual(['Morgen: Soon', 'Tomorrow: Soon']);
    expect(reminders.find((m) => m.to_address === anna.email)?.text_body).toContain(
      'maandag 1 maart 2027',
    );
  });

  it('serves a private feed that a new address or turning it off ends', async () => {
    const anna = await createColleague(db, organisationId);
    const tom = await createColleague(db, organisationId);
    const id = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [anna.id, tom.id],
      title: 'In the feed',
      now: NOW,
    });
    const feeds = new CalendarFeedRepository(db, organisationId);
    const first = await rotateCalendarFeed(
      { feeds, publicUrl: 'https://samen.example', now: NOW },
      actorOf(anna),
    );
    const token = /feeds\/([^/]+)\/samen\.ics$/.exec(first.url!)![1];
    const [stored] = await db.query<{ token_hash: string }>(
      'select token_hash from calendar_feeds where person_id = $1',
      [anna.id],
    );
    expect(stored.token_hash).toBe(hashToken(token));
    expect(await findFeedOwner(db, hashToken(token))).toEqual({
      organisationId,
      personId: anna.id,
    });
    const t = (await testTranslator()).t;
    const text = await run((deps) =>
      renderCalendarFeed({ ...deps, now: NOW, t: (key, p) => t('en', key, p) }, anna),
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    const uids = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).uid);
    expect(uids).toContain(`${id}@samen`);

    const second = await rotateCalendarFeed(
      { feeds, publicUrl: 'https://samen.example', now: NOW },
      actorOf(anna),
    );
    expect(second.url).not.toBe(first.url);
    expect(await findFeedOwner(db, hashToken(token))).toBeNull();
    await revokeCalendarFeed({ feeds, now: NOW }, actorOf(anna));
    const secondToken = /feeds\/([^/]+)\/samen\.ics$/.exec(second.url!)![1];
    expect(await findFeedOwner(db, hashToken(secondToken))).toBeNull();
  });

  it('refuses attendees of another organisation', async () => {
    const other = await createOrganisation(db);
    const stranger = await createColleague(db, other.id);
    const anna = await createColleague(db, organisationId);
    await expectField(
      scheduleTestMeeting(db, organisationId, { attendeeIds: [anna.id, stranger.id], now: NOW }),
      'attendeeIds',
      'not_found',
    );
  });

  it('keeps a series waiting for its first time when no time fits, until someone picks one', async () => {
    const early = await createColleague(db, organisationId, { hours: [6 * 60, 8 * 60] });
    const late = await createColleague(db, organisationId, { hours: [18 * 60, 20 * 60] });
    const id = await scheduleTestMeeting(db, organisationId, {
      attendeeIds: [early.id, late.id],
      title: 'No overlap',
      intervalWeeks: 2,
      now: NOW,
    });
    const waiting = await run((deps) => getMeeting({ ...deps, now: NOW }, actorOf(late), { id }));
    expect(waiting).toMatchObject({ status: 'proposed', startsAt: null, proposedSlots: [] });
    const mails = await outboxOf(db, organisationId);
    expect(mails.filter((m) => m.subject.includes('No overlap'))).toEqual([]);
    await run((deps) =>
      rescheduleMeeting({ ...deps, now: NOW }, actorOf(late), {
        id,
        startsAt: '2027-03-04T19:00:00+01:00',
      }),
    );
    const [row] = await db.query<{ rrule: string }>('select rrule from meetings where id = $1', [
      id,
    ]);
    expect(row.rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    const invitations = (await outboxOf(db, organisationId)).filter((m) =>
      m.subject.startsWith('Invitation: No overlap'),
    );
    expect(invitations).toHaveLength(2);
  });

  it('reminds each occurrence of a series once, and nothing once it is cancelled', async () => {
    const org = (await createOrganisation(db)).id;
    const anna = await createColleague(db, org);
    const tom = await createColleague(db, org);
    const id = await scheduleTestMeeting(db, org, {
      attendeeIds: [anna.id, tom.id],
      title: 'Weekly',
      intervalWeeks: 1,
      now: NOW,
    });
    const remind = async (now: Date) => {
      const mailer = await outboxMailer(db, () => now);
      return mailer.transaction((tx, outbox) => sendMeetingReminders(depsOn(tx, org, outbox), now));
    };
    expect(await remind(new Date('2027-03-07T09:00:00Z'))).toBe(1);
    expect(await remind(new Date('2027-03-07T12:00:00Z'))).toBe(0);
    expect(await remind(new Date('2027-03-14T09:00:00Z'))).toBe(1);
    const [row] = await db.query<{ occurrences: string[] }>(
      `select array_agg(to_char(occurrence_starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI')
                        order by occurrence_starts_at) as occurrences
         from meeting_reminders where meeting_id = $1`,
      [id],
    );
    expect(row.occurrences).toEqual(['2027-03-08T08:00', '2027-03-15T08:00']);
    const mailer = await outboxMailer(db, () => NOW);
    await mailer.transaction((tx, outbox) =>
      cancelMeeting(depsOn(tx, org, outbox), null, { id, now: NOW }),
    );
    expect(await remind(new Date('2027-03-21T09:00:00Z'))).toBe(0);
  });
});
