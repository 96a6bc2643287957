import type { MeetingRecord } from '../../db/repositories/meetings';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import type { MeetingDeps } from './deps';

/** The meeting, for one of its attendees only: to anyone else it does not exist. */
export async function attendedMeeting(
  deps: Pick<MeetingDeps, 'meetings'>,
  actor: Actor,
  id: string,
): Promise<MeetingRecord> {
  const meeting = await deps.meetings.find(id);
  if (!meeting?.attendees.some((person) => person.id === actor.personId)) {
    throw notFound('meeting');
  }
  return meeting;
}
