/**
 * iCalendar text for Samen's meetings: invitations (METHOD:REQUEST), cancellations
 * (METHOD:CANCEL) and a person's subscription feed. One-off meetings are written in UTC; a
 * series is anchored in its zone with TZID and a VTIMEZONE, so its RRULE repeats local time.
 * The UID never changes and SEQUENCE grows with every change, so calendars update the event
 * they already have.
 */
import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { vtimezone } from './vtimezone';
import { zonedDateTime } from './zonedDateTime';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  /** The zone a series repeats in. */
  timeZone: string;
  /** RRULE value without the "RRULE:" prefix; null for a one-off. */
  rrule: string | null;
  /** A site's name and address, or the video link. */
  location: string;
  /** The meeting's page in Samen. */
  url: string;
  cancelled: boolean;
  /** Who sends the invitation; replies are not read, so RSVP is not asked. */
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** When this version of the event was written (DTSTAMP). */
  stamp: Date;
}

const PRODUCT = { company: 'Samen', product: 'Samen', language: 'EN' };
/** Years of time zone rules a series carries: enough for programmes that run a few years. */
const SERIES_YEARS = 5;

function calendarOf(
  method: ICalCalendarMethod | null,
  name: string | null,
  events: CalendarEvent[],
) {
  const years = events.map((event) => event.startsAt.getUTCFullYear());
  const first = Math.min(...years, 9999);
  const last = Math.max(...years, 0) + SERIES_YEARS;
  const calendar = ical({
    prodId: PRODUCT,
    method,
    name,
    timezone: { name: null, generator: (zone) => vtimezone(zone, first - 1, last) },
  });
  for (const event of events) {
    const end = new Date(event.startsAt.getTime() + event.durationMinutes * 60_000);
    const series = event.rrule !== null;
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: event.stamp,
      start: series ? zonedDateTime(event.startsAt, event.timeZone) : event.startsAt,
      end: series ? zonedDateTime(end, event.timeZone) : end,
      timezone: series ? event.timeZone : null,
      repeating: event.rrule,
      summary: event.title,
      description: event.description,
      location: event.location,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: event.organizer,
      attendees: event.attendees.map((person) => ({
        name: person.name,
        email: person.email,
        role: ICalAttendeeRole.REQ,
        rsvp: false,
      })),
    });
  }
  return calendar.toString();
}

/** The invitation (or its update) for one meeting; a cancelled meeting becomes a CANCEL. */
export function invitationIcs(event: CalendarEvent): string {
  return calendarOf(
    event.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    null,
    [event],
  );
}

/** A subscription feed: every meeting of one person, published without a scheduling method. */
export function feedIcs(name: string, events: CalendarEvent[]): string {
  return calendarOf(null, name, events);
}
