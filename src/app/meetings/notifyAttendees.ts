import { invitationIcs } from '../../calendar/ics';
import type { MeetingRecord } from '../../db/repositories/meetings';
import { type MeetingMailKind, meetingMail } from '../../mail/templates/meeting';
import { notFound } from '../errors';
import type { MeetingDeps } from './deps';
import { calendarEventOf, meetingLink, meetingLocation } from './meetingCalendar';

/**
 * Mails every attendee about the meeting, in their own language and zone. Invitations, changes
 * and cancellations carry the calendar file (REQUEST, or CANCEL once cancelled); `occurrence`
 * is the start a reminder is about.
 */
export async function notifyAttendees(
  deps: Pick<MeetingDeps, 'organisation' | 'mail' | 'publicUrl' | 'sender'>,
  meeting: MeetingRecord & { startsAt: Date },
  kind: MeetingMailKind,
  now: Date,
  occurrence: Date = meeting.startsAt,
): Promise<void> {
  const organisation = await deps.organisation.get();
  if (!organisation) throw notFound('organisation');
  const withIcs = kind !== 'reminder';
  await deps.mail.sendMany(
    meeting.attendees.map((attendee) => ({
      organisation: { id: organisation.id, isDemo: organisation.isDemo },
      to: attendee.email,
      locale: attendee.locale,
      template: meetingMail({
        kind,
        name: attendee.name,
        title: meeting.title,
        startsAt: occurrence,
        timeZone: attendee.timeZone,
        place: { inPerson: meeting.mode === 'in_person', text: meetingLocation(meeting) },
        repeats: meeting.rrule !== null,
        link: meetingLink(deps.publicUrl, meeting.id),
        organisationName: organisation.name,
        ics: withIcs
          ? (t) => ({
              method: meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
              text: invitationIcs(
                calendarEventOf(meeting, {
                  t,
                  publicUrl: deps.publicUrl,
                  sender: deps.sender,
                  now,
                }),
              ),
            })
          : null,
      }),
    })),
  );
}
