import type { CheckinRecord } from '../../db/repositories/checkins';
import { firstInstantAtOrAfter, parseIsoDate } from '../../domain/scheduling/zonedTime';
import { notFound } from '../errors';
import { cancelMeeting } from '../meetings/cancelMeeting';
import type { MeetingDeps } from '../meetings/deps';
import { scheduleMeeting } from '../meetings/scheduleMeeting';
import type { CheckinDeps } from './deps';

export const CHECKIN_MINUTES = 30;

/**
 * Sets up the meeting of a planned check-in on its day: a time inside both people's working
 * hours and away from their other Samen meetings, in person when both are on site that day, an
 * invitation to both. When nothing fits that day the meeting waits for one of them to choose a
 * time. Each check-in is its own meeting: the next one is planned when this one is held, on the
 * rhythm of that moment.
 */
export async function meetForCheckin(
  deps: Pick<CheckinDeps, 'checkins' | 'now'> & { meetings: MeetingDeps },
  checkinId: string,
): Promise<void> {
  const checkin = await deps.checkins.find(checkinId);
  if (!checkin) throw notFound('checkin');
  const manager = await deps.meetings.people.find(checkin.manager.id);
  if (!manager) throw notFound('person');
  const day = parseIsoDate(checkin.scheduledOn);
  if (day === null) throw notFound('checkin');
  const meetingId = await scheduleMeeting(deps.meetings, {
    kind: 'checkin',
    title: `Check-in ${checkin.person.name} · ${checkin.manager.name}`,
    attendeeIds: [checkin.manager.id, checkin.person.id],
    durationMinutes: CHECKIN_MINUTES,
    intervalWeeks: null,
    notBefore: new Date(firstInstantAtOrAfter(manager.timeZone, day, 0)),
    horizonDays: 1,
    now: deps.now,
  });
  await deps.checkins.setMeeting(checkin.id, meetingId, deps.now);
}

/** The check-in moved or ended: its meeting is called off in everyone's calendar. */
export async function callOffCheckinMeeting(
  deps: Pick<CheckinDeps, 'checkins' | 'now'> & { meetings: MeetingDeps },
  checkin: Pick<CheckinRecord, 'id' | 'meetingId'>,
): Promise<void> {
  if (!checkin.meetingId) return;
  await cancelMeeting(deps.meetings, null, { id: checkin.meetingId, now: deps.now });
  await deps.checkins.setMeeting(checkin.id, null, deps.now);
}
