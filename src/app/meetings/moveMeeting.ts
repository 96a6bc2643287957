import type { MeetingRecord } from '../../db/repositories/meetings';
import type { MeetingMode } from '../../domain/scheduling/proposeSlots';
import { buildWeeklyRule } from '../../domain/scheduling/recurrence';
import { localTimeOf } from '../../domain/scheduling/zonedTime';
import { conflict, notFound } from '../errors';
import type { MeetingDeps } from './deps';
import { recurrenceOf } from './meetingCalendar';
import { notifyAttendees } from './notifyAttendees';

/**
 * Moves a meeting (or a whole series) to a new start and place, bumps its SEQUENCE and sends
 * everyone the updated invitation. A series keeps its rhythm and end, on the new weekday.
 */
export async function moveMeeting(
  deps: MeetingDeps,
  meeting: MeetingRecord,
  to: { startsAt: Date; mode: MeetingMode; siteId: string | null },
  now: Date,
): Promise<void> {
  if (meeting.status === 'cancelled') throw conflict('meeting');
  const rule = recurrenceOf(meeting);
  const rrule = rule
    ? buildWeeklyRule({
        ...rule,
        byDay: [localTimeOf(meeting.timeZone, to.startsAt.getTime()).weekday],
      })
    : meeting.rrule;
  const wasScheduled = meeting.status === 'scheduled';
  await deps.meetings.update(
    meeting.id,
    {
      startsAt: to.startsAt,
      mode: to.mode,
      siteId: to.siteId,
      videoUrl: meeting.videoUrl,
      proposedSlots: meeting.proposedSlots,
      status: 'scheduled',
      sequence: wasScheduled ? meeting.sequence + 1 : meeting.sequence,
      rrule,
    },
    now,
  );
  const moved = await deps.meetings.find(meeting.id);
  if (!moved?.startsAt) throw notFound('meeting');
  await notifyAttendees(
    deps,
    { ...moved, startsAt: moved.startsAt },
    wasScheduled ? 'update' : 'invitation',
    now,
  );
}
