import { scheduleTestMeeting } from '../meetingFactories';
import type { AccessCase } from './cases';
import type { World } from './world';

/** A meeting of the employee with their manager; the admin is not invited. */
const freshMeeting = (w: World) =>
  scheduleTestMeeting(w.db, w.main.organisationId, {
    attendeeIds: [w.main.employee.id, w.main.manager.id],
    now: new Date(),
  });

/** The same, settled on a time next week (the sample people have no working hours to fit). */
async function scheduledMeeting(w: World): Promise<string> {
  const id = await freshMeeting(w);
  await w.db.query(
    `update meetings set status = 'scheduled', starts_at = now() + interval '7 days' where id = $1`,
    [id],
  );
  return id;
}

const attendeesOnly = (status: number) => ({
  employee: status,
  manager: status,
  admin: 404,
  otherOrg: 404,
  signedOut: 401,
});

const ownOnly = (status: number) => ({
  employee: status,
  manager: status,
  admin: status,
  otherOrg: status,
  signedOut: 401,
});

export const meetingCases: AccessCase[] = [
  { method: 'GET', url: '/api/v1/me/meetings', expect: ownOnly(200) },
  { method: 'GET', url: '/api/v1/meetings/:id', target: freshMeeting, expect: attendeesOnly(200) },
  {
    method: 'POST',
    url: '/api/v1/meetings/:id/reschedule',
    target: freshMeeting,
    body: () => ({ startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
    expect: attendeesOnly(200),
  },
  {
    method: 'GET',
    url: '/api/v1/meetings/:id/invitation.ics',
    target: scheduledMeeting,
    expect: attendeesOnly(200),
  },
  {
    // Nothing was proposed, so attendees hear which times they may pick; others find nothing.
    method: 'POST',
    url: '/api/v1/meetings/:id/slot',
    target: scheduledMeeting,
    body: () => ({ startsAt: new Date(Date.now() + 86_400_000).toISOString() }),
    expect: attendeesOnly(400),
  },
  { method: 'GET', url: '/api/v1/me/calendar', expect: ownOnly(200) },
  { method: 'POST', url: '/api/v1/me/calendar/rotate', expect: ownOnly(200) },
  { method: 'DELETE', url: '/api/v1/me/calendar', expect: ownOnly(204) },
];
