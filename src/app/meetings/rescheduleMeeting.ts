import { placeAt } from '../../domain/scheduling/proposeSlots';
import type { Actor } from '../actor';
import { invalidField } from '../errors';
import { attendedMeeting } from './attendedMeeting';
import type { MeetingDeps } from './deps';
import { moveMeeting } from './moveMeeting';
import { schedulingPeople } from './schedulingPeople';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_AHEAD_DAYS = 366;

/**
 * An attendee moves the meeting to a time of their own, in the future and within a year. It is
 * in person when everyone is on site at the same site then, online otherwise.
 */
export async function rescheduleMeeting(
  deps: MeetingDeps & { now: Date },
  actor: Actor,
  input: { id: string; startsAt: string },
): Promise<void> {
  const meeting = await attendedMeeting(deps, actor, input.id);
  if (!ISO_INSTANT.test(input.startsAt) || Number.isNaN(Date.parse(input.startsAt))) {
    throw invalidField('startsAt', 'date_time');
  }
  const startsAt = new Date(input.startsAt);
  if (startsAt <= deps.now) throw invalidField('startsAt', 'in_past');
  if (startsAt.getTime() > deps.now.getTime() + MAX_AHEAD_DAYS * 86_400_000) {
    throw invalidField('startsAt', 'too_far', { days: MAX_AHEAD_DAYS });
  }
  const { scheduling } = await schedulingPeople(
    deps,
    meeting.attendees.map((person) => person.id),
  );
  const place = placeAt(scheduling, startsAt, meeting.durationMinutes);
  await moveMeeting(deps, meeting, { startsAt, ...place }, deps.now);
}
