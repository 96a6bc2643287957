import type { Actor } from '../actor';
import { notFound } from '../errors';
import { attendedMeeting } from './attendedMeeting';
import type { MeetingDeps } from './deps';
import { notifyAttendees } from './notifyAttendees';

/**
 * Ends a meeting or a whole series: calendars get a CANCEL with a higher SEQUENCE. Called by an
 * attendee, or by Samen itself (actor null) when the pairing or check-in rhythm behind it ends.
 * Cancelling twice changes nothing.
 */
export async function cancelMeeting(
  deps: MeetingDeps,
  actor: Actor | null,
  input: { id: string; now: Date },
): Promise<void> {
  const meeting = actor
    ? await attendedMeeting(deps, actor, input.id)
    : await deps.meetings.find(input.id);
  if (!meeting) throw notFound('meeting');
  if (meeting.status === 'cancelled') return;
  const wasScheduled = meeting.status === 'scheduled';
  await deps.meetings.update(
    meeting.id,
    {
      startsAt: meeting.startsAt,
      mode: meeting.mode,
      siteId: meeting.site?.id ?? null,
      videoUrl: meeting.videoUrl,
      proposedSlots: meeting.proposedSlots,
      status: 'cancelled',
      sequence: meeting.sequence + 1,
      rrule: meeting.rrule,
    },
    input.now,
  );
  if (!wasScheduled || !meeting.startsAt) return;
  const cancelled = await deps.meetings.find(meeting.id);
  if (!cancelled?.startsAt) throw notFound('meeting');
  await notifyAttendees(
    deps,
    { ...cancelled, startsAt: cancelled.startsAt },
    'cancellation',
    input.now,
  );
}
