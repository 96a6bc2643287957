import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createSite,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { type MailCatcher, startMailCatcher } from '../../../test/mailCatcher';
import { createColleague, scheduleTestMeeting } from '../../../test/meetingFactories';
import { startTestServer, type TestServer } from '../../../test/server';

const NOW = new Date('2027-03-01T06:00:00Z');

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  return { calendar, events };
}

describeEachDatabase('meetings API', (db) => {
  let catcher: MailCatcher;
  let server: TestServer;
  let orgId: string;
  let meetingId: string;
  let asAnna: TestSession;
  let asTom: TestSession;
  let asColleague: TestSession;
  let asStranger: TestSession;
  let annaEmail: string;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    server = await startTestServer(db(), catcher.env);
    server.setNow(NOW);
    orgId = (await createOrganisation(db())).id;
    const site = await createSite(db(), orgId, { name: 'Gent' });
    const anna = await createColleague(db(), orgId, { office: { 3: site.id }, name: 'Anna' });
    const tom = await createColleague(db(), orgId, { office: { 3: site.id }, name: 'Tom' });
    annaEmail = anna.email;
    asAnna = await sessionFor(db(), anna);
    asTom = await sessionFor(db(), tom);
    asColleague = await sessionFor(db(), await createColleague(db(), orgId));
    const other = await createOrganisation(db());
    asStranger = await sessionFor(db(), await createColleague(db(), other.id));
    // The server's clock stands in 2027; the sessions must outlive it.
    await db().query(
      "update sessions set expires_at = '2100-01-01' where organisation_id in ($1, $2)",
      [orgId, other.id],
    );
    meetingId = await scheduleTestMeeting(
      db(),
      orgId,
      { attendeeIds: [anna.id, tom.id], title: 'Buddy talk', now: NOW },
      server.mailer,
    );
    await server.mailer.idle();
  });
  afterAll(async () => {
    await server.app.close();
    await catcher.close();
  });

  const send = (
    session: TestSession,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  it('mails each attendee an invitation with an .ics that ical.js reads', async () => {
    const mails = catcher.mails.filter((mail) => mail.subject === 'Invitation: Buddy talk');
    expect(mails).toHaveLength(2);
    const mail = mails.find((m) => m.to === annaEmail)!;
    // The invitation travels as a text/calendar alternative (accept/decline in the mail client)
    // and as the same file attached.
    expect(mail.attachments.map((a) => [a.contentType, a.filename]).sort()).toEqual([
      ['application/ics', 'invite.ics'],
      ['text/calendar', ''],
    ]);
    const [alternative, file] = ['text/calendar', 'application/ics'].map(
      (type) => mail.attachments.find((a) => a.contentType === type)!.content,
    );
    expect(file).toBe(alternative);
    const { calendar, events } = parseIcs(alternative);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(events[0].uid).toBe(`${meetingId}@samen`);
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2027-03-03T08:00:00.000Z');
    expect(events[0].location).toBe('Gent');
  });

  it('shows the meeting to its attendees only; another organisation gets 404', async () => {
    const mine = await send(asAnna, 'GET', '/api/v1/me/meetings');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((m: { id: string }) => m.id)).toEqual([meetingId]);
    const one = await send(asTom, 'GET', `/api/v1/meetings/${meetingId}`);
    expect(one.json()).toMatchObject({ mode: 'in_person', site: { name: 'Gent' } });
    for (const session of [asColleague, asStranger]) {
      expect((await send(session, 'GET', `/api/v1/meetings/${meetingId}`)).statusCode).toBe(404);
      const ics = await send(session, 'GET', `/api/v1/meetings/${meetingId}/invitation.ics`);
      expect(ics.statusCode).toBe(404);
      const pick = await send(session, 'POST', `/api/v1/meetings/${meetingId}/slot`, {
        startsAt: '2027-03-10T08:00:00.000Z',
      });
      expect(pick.statusCode).toBe(404);
    }
    expect((await send(asStranger, 'GET', '/api/v1/me/meetings')).json().items).toEqual([]);
  });

  it('picks another slot and mails the update with a higher SEQUENCE', async () => {
    const before = catcher.mails.length;
    const picked = await send(asTom, 'POST', `/api/v1/meetings/${meetingId}/slot`, {
      startsAt: '2027-03-01T08:00:00.000Z',
    });
    expect(picked.statusCode).toBe(200);
    expect(picked.json()).toMatchObject({ startsAt: '2027-03-01T08:00:00.000Z', mode: 'online' });
    expect(picked.json().videoUrl).toBe(`https://meet.jit.si/samen-${meetingId}`);
    await server.mailer.idle();
    const updates = catcher.mails.slice(before);
    expect(updates.map((m) => m.subject)).toEqual(['Changed: Buddy talk', 'Changed: Buddy talk']);
    const { calendar, events } = parseIcs(updates[0].attachments[0].content);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(events[0].sequence).toBe(1);
    expect(events[0].location).toBe(`https://meet.jit.si/samen-${meetingId}`);
  });

  it('refuses a slot that was not proposed and a reschedule into the past, with field errors', async () => {
    const slot = await send(asTom, 'POST', `/api/v1/meetings/${meetingId}/slot`, {
      startsAt: '2027-03-05T08:00:00.000Z',
    });
    expect(slot.statusCode).toBe(400);
    expect(slot.json().error.fields).toEqual([
      expect.objectContaining({ field: 'startsAt', code: 'not_proposed' }),
    ]);
    const past = await send(asAnna, 'POST', `/api/v1/meetings/${meetingId}/reschedule`, {
      startsAt: '2027-02-01T08:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields[0]).toMatchObject({ field: 'startsAt', code: 'in_past' });
    const moved = await send(asAnna, 'POST', `/api/v1/meetings/${meetingId}/reschedule`, {
      startsAt: '2027-03-04T15:00:00+01:00',
    });
    expect(moved.json()).toMatchObject({ startsAt: '2027-03-04T14:00:00.000Z' });
  });

  it('downloads the invitation as text/calendar', async () => {
    const response = await send(asAnna, 'GET', `/api/v1/meetings/${meetingId}/invitation.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('invite.ics');
    const { events } = parseIcs(response.body);
    expect(events[0].uid).toBe(`${meetingId}@samen`);
    expect(events[0].sequence).toBe(2);
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2027-03-04T14:00:00.000Z');
  });

  it('serves the private feed without a cookie until it is rotated or turned off', async () => {
    // The first request makes the feed; asking again gives the same address.
    const made = await send(asAnna, 'GET', '/api/v1/me/calendar');
    expect(made.statusCode).toBe(200);
    expect(made.json().active).toBe(true);
    const url = new URL(made.json().url);
    expect((await send(asAnna, 'GET', '/api/v1/me/calendar')).json()).toEqual({
      active: true,
      url: url.toString(),
    });
    const feed = await server.app.inject({ method: 'GET', url: url.pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { calendar, events } = parseIcs(feed.body);
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(events.map((e) => e.uid)).toEqual([`${meetingId}@samen`]);

    const rotated = await send(asAnna, 'POST', '/api/v1/me/calendar/rotate');
    expect((await server.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    const next = new URL(rotated.json().url).pathname;
    expect((await server.app.inject({ method: 'GET', url: next })).statusCode).toBe(200);
    expect((await send(asAnna, 'DELETE', '/api/v1/me/calendar')).statusCode).toBe(204);
    expect((await server.app.inject({ method: 'GET', url: next })).statusCode).toBe(404);
    // Turned off stays off: asking for the address does not make a new one.
    expect((await send(asAnna, 'GET', '/api/v1/me/calendar')).json()).toEqual({
      active: false,
      url: null,
    });
    const unknown = await server.app.inject({
      method: 'GET',
      url: '/api/v1/calendar/feeds/not-a-token/samen.ics',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('needs a session for the personal routes', async () => {
    const anonymous = await server.app.inject({ method: 'GET', url: '/api/v1/me/meetings' });
    expect(anonymous.statusCode).toBe(401);
    const rotate = await server.app.inject({ method: 'POST', url: '/api/v1/me/calendar/rotate' });
    expect(rotate.statusCode).toBe(401);
  });
});
