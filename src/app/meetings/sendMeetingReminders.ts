import type { MeetingDeps } from './deps';
import { nextStart } from './meetingView';
import { notifyAttendees } from './notifyAttendees';

export const REMINDER_HOURS = 24;

/**
 * The day-before reminder: every scheduled meeting of the organisation with an occurrence
 * starting within the next 24 hours gets one mail per attendee, in their language and zone.
 * Each occurrence is recorded first, so running this again (or on two instances at once) sends
 * nothing twice. Returns how many occurrences were reminded. The job runner calls it for each
 * organisation that `organisationsWithMeetingsBetween(now, now + 24 h)` lists.
 */
export async function sendMeetingReminders(
  deps: Pick<MeetingDeps, 'meetings' | 'organisation' | 'mail' | 'publicUrl' | 'sender'>,
  now: Date,
): Promise<number> {
  const until = new Date(now.getTime() + REMINDER_HOURS * 3_600_000);
  let reminded = 0;
  for (const meeting of await deps.meetings.scheduledStartingBetween(now, until)) {
    const occurrence = nextStart(meeting, now);
    if (!occurrence || occurrence <= now || occurrence > until || !meeting.startsAt) continue;
    if (!(await deps.meetings.markReminded(meeting.id, occurrence, now))) continue;
    await notifyAttendees(
      deps,
      { ...meeting, startsAt: meeting.startsAt },
      'reminder',
      now,
      occurrence,
    );
    reminded++;
  }
  return reminded;
}
