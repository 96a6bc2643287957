import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkMode } from '../people/vocabulary';
import type { WorkDay } from '../people/workPattern';
import type { BusyInterval, SchedulingPerson } from './availability';
import { type ProposedSlot, placeAt, proposeSlots } from './proposeSlots';

const SITE_A = 'site-a';
const SITE_B = 'site-b';

/** Monday to Friday, the same hours every day; `office` maps weekdays to a site. */
function person(
  id: string,
  timeZone: string,
  hours: [number, number] = [9 * 60, 17 * 60],
  office: Record<number, string> = {},
): SchedulingPerson {
  const week: WorkDay[] = [1, 2, 3, 4, 5].map((weekday) => ({
    weekday: weekday as WorkDay['weekday'],
    mode: office[weekday] ? 'office' : 'home',
    siteId: office[weekday] ?? null,
    startMinute: hours[0],
    endMinute: hours[1],
  }));
  return { id, timeZone, week };
}

const iso = (slots: ProposedSlot[]) => slots.map((slot) => slot.startsAt.toISOString());

function propose(
  people: SchedulingPerson[],
  from: string,
  extra: { busy?: BusyInterval[]; count?: number; durationMinutes?: number } = {},
) {
  return proposeSlots({
    people,
    from: new Date(from),
    horizonDays: 14,
    durationMinutes: extra.durationMinutes ?? 30,
    count: extra.count ?? 3,
    stepMinutes: 15,
    busy: extra.busy ?? [],
  });
}

describe('proposeSlots across time zones', () => {
  const cases: Array<{
    name: string;
    people: SchedulingPerson[];
    from: string;
    expected: string[];
  }> = [
    {
      name: 'Brussels (CET) with New York (EST): their shared 14:00–16:00 UTC',
      people: [person('be', 'Europe/Brussels'), person('us', 'America/New_York')],
      from: '2027-03-01T00:00:00Z',
      expected: [
        '2027-03-01T14:00:00.000Z',
        '2027-03-02T14:00:00.000Z',
        '2027-03-03T14:00:00.000Z',
      ],
    },
    {
      name: 'New York already on summer time, Brussels not yet (after 14 March 2027)',
      people: [person('be', 'Europe/Brussels'), person('us', 'America/New_York')],
      from: '2027-03-15T00:00:00Z',
      expected: [
        '2027-03-15T13:00:00.000Z',
        '2027-03-16T13:00:00.000Z',
        '2027-03-17T13:00:00.000Z',
      ],
    },
    {
      name: 'over the last Sunday of March: Friday on CET, Monday on CEST',
      people: [person('be', 'Europe/Brussels')],
      from: '2027-03-26T00:00:00Z',
      expected: [
        '2027-03-26T08:00:00.000Z',
        '2027-03-29T07:00:00.000Z',
        '2027-03-30T07:00:00.000Z',
      ],
    },
    {
      name: 'over the last Sunday of October: Friday on CEST, Monday on CET',
      people: [person('be', 'Europe/Brussels')],
      from: '2027-10-29T00:00:00Z',
      expected: [
        '2027-10-29T07:00:00.000Z',
        '2027-11-01T08:00:00.000Z',
        '2027-11-02T08:00:00.000Z',
      ],
    },
    {
      name: 'Kolkata (UTC+5:30) first: the grid follows its half hours',
      people: [
        person('in', 'Asia/Kolkata', [9 * 60, 17 * 60 + 30]),
        person('be', 'Europe/Brussels'),
      ],
      from: '2027-02-01T00:00:00Z',
      expected: [
        '2027-02-01T08:00:00.000Z',
        '2027-02-02T08:00:00.000Z',
        '2027-02-03T08:00:00.000Z',
      ],
    },
    {
      name: 'Tokyo Tuesday morning is Los Angeles Monday afternoon',
      people: [person('jp', 'Asia/Tokyo'), person('la', 'America/Los_Angeles')],
      from: '2027-01-04T00:00:00Z',
      expected: [
        '2027-01-05T00:00:00.000Z',
        '2027-01-06T00:00:00.000Z',
        '2027-01-07T00:00:00.000Z',
      ],
    },
  ];

  it.each(cases)('$name', ({ people, from, expected }) => {
    expect(iso(propose(people, from))).toEqual(expected);
  });

  it('proposes nothing when the working hours never overlap', () => {
    const early = person('early', 'Europe/Brussels', [6 * 60, 8 * 60]);
    const late = person('late', 'Europe/Brussels', [18 * 60, 20 * 60]);
    expect(propose([early, late], '2027-03-01T00:00:00Z')).toEqual([]);
  });

  it('keeps away from either person’s other meetings', () => {
    const be = person('be', 'Europe/Brussels');
    const us = person('us', 'America/New_York');
    const busy = [
      {
        personId: 'us',
        start: new Date('2027-03-01T13:50:00Z'),
        end: new Date('2027-03-01T14:20:00Z'),
      },
      {
        personId: 'be',
        start: new Date('2027-03-02T14:00:00Z'),
        end: new Date('2027-03-02T16:00:00Z'),
      },
    ];
    expect(iso(propose([be, us], '2027-03-01T00:00:00Z', { busy }))).toEqual([
      '2027-03-01T14:30:00.000Z',
      '2027-03-03T14:00:00.000Z',
      '2027-03-04T14:00:00.000Z',
    ]);
  });

  it('finds no time in working hours the spring-forward switch skips', () => {
    const night = (id: string, timeZone: string): SchedulingPerson => ({
      id,
      timeZone,
      week: [{ weekday: 7, mode: 'home', siteId: null, startMinute: 120, endMinute: 150 }],
    });
    // Sunday 14 March 2027 in New York has no 02:00–03:00; the Sunday before has.
    expect(iso(propose([night('us', 'America/New_York')], '2027-03-07T00:00:00Z'))).toEqual([
      '2027-03-07T07:00:00.000Z',
    ]);
  });

  it('starts no earlier than `from`, on the grid', () => {
    const slots = propose([person('be', 'Europe/Brussels')], '2027-03-01T09:07:00Z', { count: 1 });
    expect(iso(slots)).toEqual(['2027-03-01T09:15:00.000Z']);
  });
});

describe('proposeSlots on site', () => {
  it('puts the days both are at the same site first, in person there', () => {
    const anna = person('anna', 'Europe/Brussels', undefined, { 3: SITE_A });
    const tom = person('tom', 'Europe/Brussels', undefined, { 3: SITE_A, 4: SITE_A });
    expect(propose([anna, tom], '2027-03-01T00:00:00Z')).toEqual([
      { startsAt: new Date('2027-03-03T08:00:00Z'), mode: 'in_person', siteId: SITE_A },
      { startsAt: new Date('2027-03-10T08:00:00Z'), mode: 'in_person', siteId: SITE_A },
      { startsAt: new Date('2027-03-01T08:00:00Z'), mode: 'online', siteId: null },
    ]);
  });

  it('meets online when both are on site but at different sites', () => {
    const anna = person('anna', 'Europe/Brussels', undefined, { 1: SITE_A });
    const tom = person('tom', 'Europe/Brussels', undefined, { 1: SITE_B });
    const [first] = propose([anna, tom], '2027-03-01T00:00:00Z');
    expect(first).toEqual({
      startsAt: new Date('2027-03-01T08:00:00Z'),
      mode: 'online',
      siteId: null,
    });
  });

  it('gives the same answer for the same input', () => {
    const anna = person('anna', 'Europe/Brussels', undefined, { 2: SITE_A });
    const tom = person('tom', 'America/New_York', undefined, { 2: SITE_A });
    expect(propose([anna, tom], '2027-03-01T00:00:00Z')).toEqual(
      propose([anna, tom], '2027-03-01T00:00:00Z'),
    );
  });
});

// ---- properties -------------------------------------------------------------------------------

const ZONES = [
  'Europe/Brussels',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
];

const localFormat = new Map<string, Intl.DateTimeFormat>();
/** An independent reading of the wall clock: weekday, date and minute of an instant in a zone. */
function wallClock(timeZone: string, ms: number) {
  let format = localFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    localFormat.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The work day a slot falls on for one person, or null when it is outside their hours. */
function dayOfSlot(p: SchedulingPerson, start: number, end: number): WorkDay | null {
  const from = wallClock(p.timeZone, start);
  const to = wallClock(p.timeZone, end);
  const endMinute = to.date === from.date ? to.minute : to.minute === 0 ? 1440 : -1;
  const day = p.week.find((d) => d.weekday === from.weekday);
  if (!day || day.mode === 'off') return null;
  return day.startMinute <= from.minute && endMinute <= day.endMinute && endMinute > from.minute
    ? day
    : null;
}

const arbitraryDay = (weekday: number) =>
  fc
    .record({
      mode: fc.constantFrom<WorkMode>('office', 'home', 'off'),
      site: fc.constantFrom(SITE_A, SITE_B),
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 24 }),
    })
    .map(
      ({ mode, site, start, length }): WorkDay => ({
        weekday: weekday as WorkDay['weekday'],
        mode,
        siteId: mode === 'office' ? site : null,
        startMinute: start * 30,
        endMinute: Math.min(start * 30 + length * 30, 1440),
      }),
    );

const arbitraryPerson = (id: string) =>
  fc.record({
    id: fc.constant(id),
    timeZone: fc.constantFrom(...ZONES),
    week: fc.tuple(...[1, 2, 3, 4, 5, 6, 7].map(arbitraryDay)),
  });

const YEAR_2027 = Date.UTC(2027, 0, 1);
const arbitraryInput = fc
  .integer({ min: 1, max: 3 })
  .chain((n) =>
    fc.record({
      people: fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryPerson(`p${i}`))),
      fromMs: fc.integer({ min: YEAR_2027, max: YEAR_2027 + 364 * 86_400_000 }),
      durationMinutes: fc.constantFrom(15, 30, 45, 60),
      busy: fc.array(
        fc.record({
          person: fc.integer({ min: 0, max: n - 1 }),
          offsetHours: fc.integer({ min: 0, max: 14 * 24 }),
          lengthMinutes: fc.integer({ min: 15, max: 240 }),
        }),
        { maxLength: 20 },
      ),
    }),
  )
  .map(({ people, fromMs, durationMinutes, busy }) => ({
    people: people as SchedulingPerson[],
    from: new Date(fromMs),
    durationMinutes,
    busy: busy.map((b) => ({
      personId: `p${b.person}`,
      start: new Date(fromMs + b.offsetHours * 3_600_000),
      end: new Date(fromMs + b.offsetHours * 3_600_000 + b.lengthMinutes * 60_000),
    })),
  }));

describe('proposeSlots properties', () => {
  it('every slot lies in everyone’s hours, away from busy time, in person only at one shared site', () => {
    fc.assert(
      fc.property(arbitraryInput, ({ people, from, durationMinutes, busy }) => {
        const slots = proposeSlots({
          people,
          from,
          horizonDays: 14,
          durationMinutes,
          count: 3,
          stepMinutes: 30,
          busy,
        });
        expect(slots.length).toBeLessThanOrEqual(3);
        const days = new Set<string>();
        for (const slot of slots) {
          const start = slot.startsAt.getTime();
          const end = start + durationMinutes * 60_000;
          expect(start).toBeGreaterThanOrEqual(from.getTime());
          const workDays = people.map((p) => dayOfSlot(p, start, end));
          expect(workDays.every((day) => day !== null)).toBe(true);
          for (const b of busy) {
            expect(b.start.getTime() >= end || b.end.getTime() <= start).toBe(true);
          }
          const sharedSite =
            workDays.every((day) => day?.mode === 'office') &&
            new Set(workDays.map((day) => day?.siteId)).size === 1;
          expect(slot.mode).toBe(sharedSite ? 'in_person' : 'online');
          expect(slot.siteId).toBe(sharedSite ? workDays[0]!.siteId : null);
          days.add(wallClock(people[0].timeZone, start).date);
        }
        expect(days.size).toBe(slots.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('placeAt', () => {
  it('meets in person only when everyone is at the same site then', () => {
    const anna = person('anna', 'Europe/Brussels', undefined, { 3: SITE_A });
    const tom = person('tom', 'Europe/Brussels', undefined, { 3: SITE_A });
    expect(placeAt([anna, tom], new Date('2027-03-03T10:00:00Z'), 30)).toEqual({
      mode: 'in_person',
      siteId: SITE_A,
    });
    expect(placeAt([anna, tom], new Date('2027-03-04T10:00:00Z'), 30)).toEqual({
      mode: 'online',
      siteId: null,
    });
    expect(placeAt([anna, tom], new Date('2027-03-03T20:00:00Z'), 30).mode).toBe('online');
  });
});
