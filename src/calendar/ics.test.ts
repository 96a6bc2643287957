import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, feedIcs, invitationIcs } from './ics';

const base: CalendarEvent = {
  uid: 'meeting-1@samen',
  sequence: 0,
  title: 'Buddy talk: Anna & Tom',
  description: 'Your weekly buddy talk; Samen set it up.',
  startsAt: new Date('2027-03-22T08:00:00Z'),
  durationMinutes: 30,
  timeZone: 'Europe/Brussels',
  rrule: null,
  location: 'https://meet.jit.si/samen-1',
  url: 'https://samen.example/meetings/1',
  cancelled: false,
  organizer: { name: 'Samen', email: 'samen@example.test' },
  attendees: [
    { name: 'Anna', email: 'anna@example.test' },
    { name: 'Tom', email: 'tom@example.test' },
  ],
  stamp: new Date('2027-03-01T10:00:00Z'),
};

/** Parses with ical.js, registering the file's own VTIMEZONEs as a client would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

function occurrences(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) {
    out.push(next.toJSDate().toISOString());
  }
  return out;
}

describe('invitationIcs', () => {
  it('writes a one-off meeting as a REQUEST in UTC with everyone on it', () => {
    const { calendar, events } = parse(invitationIcs(base));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const [event] = events;
    expect(event.uid).toBe('meeting-1@samen');
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe(base.title);
    expect(event.location).toBe(base.location);
    expect(event.description).toBe(base.description);
    expect(event.component.getFirstPropertyValue('url')).toBe(base.url);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-22T08:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-22T08:30:00.000Z');
    expect(event.organizer).toBe('mailto:samen@example.test');
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:anna@example.test',
      'mailto:tom@example.test',
    ]);
  });

  it('keeps the UID and carries the new SEQUENCE when the meeting moves', () => {
    const moved = parse(
      invitationIcs({ ...base, sequence: 1, startsAt: new Date('2027-03-23T09:00:00Z') }),
    ).events[0];
    expect(moved.uid).toBe('meeting-1@samen');
    expect(moved.sequence).toBe(1);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2027-03-23T09:00:00.000Z');
  });

  it('turns into a CANCEL with STATUS:CANCELLED when the meeting ends', () => {
    const { calendar, events } = parse(invitationIcs({ ...base, sequence: 2, cancelled: true }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events[0].uid).toBe('meeting-1@samen');
    expect(events[0].sequence).toBe(2);
    expect(events[0].component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('anchors a weekly series in its zone: 09:00 in Brussels on both sides of the March change', () => {
    const text = invitationIcs({ ...base, rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=3' });
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20270322T090000');
    expect(text).toContain('BEGIN:VTIMEZONE');
    const [event] = parse(text).events;
    expect(event.isRecurring()).toBe(true);
    expect(occurrences(event, 5)).toEqual([
      '2027-03-22T08:00:00.000Z',
      '2027-03-29T07:00:00.000Z',
      '2027-04-05T07:00:00.000Z',
    ]);
  });

  it('repeats a fortnightly series in New York at its local hour over the US change', () => {
    const text = invitationIcs({
      ...base,
      timeZone: 'America/New_York',
      startsAt: new Date('2027-03-01T15:00:00Z'),
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20270330T035959Z',
    });
    expect(occurrences(parse(text).events[0], 5)).toEqual([
      '2027-03-01T15:00:00.000Z',
      '2027-03-15T14:00:00.000Z',
      '2027-03-29T14:00:00.000Z',
    ]);
  });

  it('writes half-hour offsets exactly (Asia/Kolkata)', () => {
    const text = invitationIcs({
      ...base,
      timeZone: 'Asia/Kolkata',
      startsAt: new Date('2027-03-22T04:00:00Z'),
      rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=2',
    });
    expect(text).toContain('TZOFFSETTO:+0530');
    expect(text).toContain('DTSTART;TZID=Asia/Kolkata:20270322T093000');
    expect(occurrences(parse(text).events[0], 3)).toEqual([
      '2027-03-22T04:00:00.000Z',
      '2027-03-29T04:00:00.000Z',
    ]);
  });
});

describe('feedIcs', () => {
  it('publishes many meetings without a scheduling method', () => {
    const text = feedIcs('Samen: Anna', [
      base,
      { ...base, uid: 'meeting-2@samen', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=2' },
    ]);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Samen: Anna');
    expect(events.map((event) => event.uid)).toEqual(['meeting-1@samen', 'meeting-2@samen']);
    expect(occurrences(events[1], 3)).toEqual([
      '2027-03-22T08:00:00.000Z',
      '2027-04-05T07:00:00.000Z',
    ]);
  });

  it('is a valid empty calendar for someone without meetings', () => {
    const { events } = parse(feedIcs('Samen: Tom', []));
    expect(events).toEqual([]);
  });
});
