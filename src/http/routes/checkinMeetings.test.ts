import { beforeAll, expect, it } from 'vitest';
import { createReportingLine, type ReportingLine } from '../../../test/checkinFactories';
import { describeEachDatabase } from '../../../test/database';
import { createSite, setWorkDay, type TestSession } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

// Friday 27 November 2026, 11:00 in Brussels.
const NOW = new Date('2026-11-27T10:00:00Z');

interface MeetingRow {
  id: string;
  kind: string;
  status: string;
  starts_at: Date | null;
  mode: string;
  sequence: number;
  attendees: string[];
}

describeEachDatabase('check-in meetings', (db) => {
  let server: TestServer;
  let line: ReportingLine;

  const call = (session: TestSession, method: 'POST' | 'PATCH', url: string, payload?: object) =>
    server.app.inject({ method, url, headers: session.headers, payload });

  const meeting = async (id: string): Promise<MeetingRow> =>
    (
      await db().query<MeetingRow>(
        `select id, kind, status, starts_at, mode, sequence,
                array(select person_id::text from meeting_attendees a where a.meeting_id = m.id
                       order by person_id) as attendees
           from meetings m where id = $1`,
        [id],
      )
    )[0];

  const invitations = async (address: string) =>
    (
      await db().query<{ subject: string; attachments: { filename: string }[] }>(
        'select subject, attachments from mail_outbox where to_address = $1 order by created_at',
        [address],
      )
    ).map((mail) => ({ subject: mail.subject, files: mail.attachments.map((f) => f.filename) }));

  beforeAll(async () => {
    server = await startTestServer(db());
    server.setNow(NOW);
    line = await createReportingLine(db());
    const gent = await createSite(db(), line.organisationId, { name: 'Gent' });
    // Both in Gent on Tuesdays, at home otherwise.
    for (const person of [line.manager, line.employee]) {
      for (const weekday of [1, 2, 3, 4, 5]) {
        await setWorkDay(db(), person, {
          weekday,
          mode: weekday === 2 ? 'office' : 'home',
          siteId: weekday === 2 ? gent.id : null,
        });
      }
    }
  });

  it('sets up the meeting on the planned day, in person when both are on site, and follows a move', async () => {
    const planned = await call(
      line.sessions.manager,
      'POST',
      `/api/v1/people/${line.employee.id}/checkins`,
      { scheduledOn: '2026-12-01' },
    );
    expect(planned.statusCode, planned.body).toBe(201);
    const first = await meeting(planned.json().meetingId);
    expect(first).toMatchObject({ kind: 'checkin', status: 'scheduled', mode: 'in_person' });
    // Tuesday 1 December, inside 09:00–17:00 in Brussels (UTC+1).
    expect(first.starts_at?.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(first.attendees).toEqual([line.manager.id, line.employee.id].sort());
    expect(await invitations(line.employee.email)).toEqual([
      expect.objectContaining({ files: ['invite.ics'] }),
    ]);

    const moved = await call(
      line.sessions.manager,
      'PATCH',
      `/api/v1/checkins/${planned.json().id}`,
      {
        scheduledOn: '2026-12-03',
      },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await meeting(first.id)).toMatchObject({ status: 'cancelled', sequence: 1 });
    const second = await meeting(moved.json().meetingId);
    expect(second).toMatchObject({ status: 'scheduled', mode: 'online' });
    expect(second.starts_at?.toISOString().slice(0, 10)).toBe('2026-12-03');
    expect((await invitations(line.employee.email)).map((mail) => mail.files)).toEqual([
      ['invite.ics'],
      ['invite.ics'],
      ['invite.ics'],
    ]);
  });

  it('holding a check-in sets up the meeting of the next one', async () => {
    const open = await db().query<{ id: string }>(
      `select id from checkins where person_id = $1 and status = 'planned'`,
      [line.employee.id],
    );
    const held = await call(line.sessions.manager, 'POST', `/api/v1/checkins/${open[0].id}/hold`);
    expect(held.statusCode, held.body).toBe(200);
    const [next] = await db().query<{ meeting_id: string | null; scheduled_on: string }>(
      `select meeting_id, scheduled_on::text from checkins where person_id = $1 and status = 'planned'`,
      [line.employee.id],
    );
    expect(next.meeting_id).not.toBeNull();
    const nextMeeting = await meeting(next.meeting_id!);
    expect(nextMeeting.kind).toBe('checkin');
    expect(nextMeeting.attendees).toEqual([line.manager.id, line.employee.id].sort());
  });
});
