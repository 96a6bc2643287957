import { invitationIcs } from '../../calendar/ics';
import type { Translate } from '../../mail/message';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { attendedMeeting } from './attendedMeeting';
import type { MeetingDeps } from './deps';
import { calendarEventOf } from './meetingCalendar';

/** The meeting's calendar file for an attendee to download: REQUEST, or CANCEL once cancelled. */
export async function getMeetingInvitation(
  deps: Pick<MeetingDeps, 'meetings' | 'publicUrl' | 'sender'> & { now: Date; t: Translate },
  actor: Actor,
  input: { id: string },
): Promise<string> {
  const meeting = await attendedMeeting(deps, actor, input.id);
  if (!meeting.startsAt) throw notFound('meeting');
  return invitationIcs(
    calendarEventOf({ ...meeting, startsAt: meeting.startsAt }, { ...deps, t: deps.t }),
  );
}
