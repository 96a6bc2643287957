import { scheduleTestMeeting } from '../meetingFactories';
import type { AccessCase } from './cases';
import type { World } from './world';

/** A meeting of the employee with their manager; the admin is not invited. */
const freshMeeting = (w: World) =>
  scheduleTestMeeting(w.db, w.main.organisationId, {
    attendeeIds: [w.main.employee.id, w.main.manager.id],
    now: new Date(),
  });

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
  { method: 'GET', url: '/api/v1/me/calendar', expect: ownOnly(200) },
  { method: 'POST', url: '/api/v1/me/calendar/rotate', expect: ownOnly(200) },
  { method: 'DELETE', url: '/api/v1/me/calendar', expect: ownOnly(204) },
];
