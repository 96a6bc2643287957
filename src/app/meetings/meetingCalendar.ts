import type { CalendarEvent, CalendarPerson } from '../../calendar/ics';
import type { MeetingRecord } from '../../db/repositories/meetings';
import { parseWeeklyRule } from '../../domain/scheduling/recurrence';
import type { Translate } from '../../mail/message';

/** The meeting's place on the web: the meetings page, scrolled to it. */
export const meetingLink = (publicUrl: string, meetingId: string) =>
  `${publicUrl}/meetings#meeting-${meetingId}`;

/** Where people meet: the site and its city, or the video link. */
export function meetingLocation(meeting: MeetingRecord): string {
  if (meeting.mode === 'in_person' && meeting.site) {
    return meeting.site.city ? `${meeting.site.name}, ${meeting.site.city}` : meeting.site.name;
  }
  return meeting.videoUrl ?? '';
}

/** The meeting as a calendar event, with its text in the reader's language. */
export function calendarEventOf(
  meeting: MeetingRecord & { startsAt: Date },
  context: { t: Translate; publicUrl: string; sender: CalendarPerson; now: Date },
): CalendarEvent {
  const link = meetingLink(context.publicUrl, meeting.id);
  const where =
    meeting.mode === 'in_person'
      ? context.t('meetings:ics.inPerson', { place: meetingLocation(meeting) })
      : context.t('meetings:ics.online', { url: meeting.videoUrl ?? '' });
  return {
    uid: meeting.uid,
    sequence: meeting.sequence,
    title: meeting.title,
    description: [
      context.t(`meetings:ics.kind.${meeting.kind}`),
      where,
      context.t('meetings:ics.manage', { link }),
    ].join('\n\n'),
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    timeZone: meeting.timeZone,
    rrule: meeting.rrule,
    location: meetingLocation(meeting),
    url: link,
    cancelled: meeting.status === 'cancelled',
    organizer: context.sender,
    attendees: meeting.attendees.map((person) => ({ name: person.name, email: person.email })),
    stamp: context.now,
  };
}

export function recurrenceOf(meeting: Pick<MeetingRecord, 'rrule'>) {
  return meeting.rrule ? parseWeeklyRule(meeting.rrule) : null;
}
