import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DigestInput, type DigestReport, weeklyDigest } from './weeklyDigest';

// Monday 30 November 2026, 08:00 in Brussels.
const now = new Date('2026-11-30T07:00:00Z');
const nothing: DigestInput = {
  meetings: [],
  pendingPairings: [],
  openActions: [],
  nextCheckinOn: null,
  unreadNotifications: 0,
  reports: [],
  openHands: 0,
};

const report = (overrides: Partial<DigestReport>): DigestReport => ({
  supportNeed: 3,
  startDate: '2020-01-01',
  overrideWeeks: null,
  plannedOn: null,
  lastHeldOn: null,
  ...overrides,
});

describe('the weekly digest', () => {
  it('is nothing when there is nothing to say', () => {
    expect(weeklyDigest(nothing, now)).toBeNull();
    expect(weeklyDigest({ ...nothing, nextCheckinOn: '2026-12-20' }, now)).toBeNull();
    expect(
      weeklyDigest(
        {
          ...nothing,
          meetings: [
            {
              title: 'Past',
              startsAt: new Date('2026-11-29T09:00:00Z'),
              timeZone: 'UTC',
              rrule: null,
            },
            {
              title: 'Later',
              startsAt: new Date('2026-12-08T09:00:00Z'),
              timeZone: 'UTC',
              rrule: null,
            },
          ],
        },
        now,
      ),
    ).toBeNull();
  });

  it('lists this week’s meetings in time order, a series once per occurrence in the week', () => {
    const digest = weeklyDigest(
      {
        ...nothing,
        meetings: [
          {
            title: 'Coffee',
            startsAt: new Date('2026-12-03T13:00:00Z'),
            timeZone: 'Europe/Brussels',
            rrule: null,
          },
          {
            // Tuesdays and Fridays 10:00 Brussels, since October (summer time then).
            title: 'Buddy talk',
            startsAt: new Date('2026-10-06T08:00:00Z'),
            timeZone: 'Europe/Brussels',
            rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,FR',
          },
        ],
      },
      now,
    );
    expect(digest?.meetings.map((m) => [m.title, m.startsAt.toISOString()])).toEqual([
      // 10:00 in Brussels is 09:00 UTC in winter: the series keeps its local time.
      ['Buddy talk', '2026-12-01T09:00:00.000Z'],
      ['Coffee', '2026-12-03T13:00:00.000Z'],
      ['Buddy talk', '2026-12-04T09:00:00.000Z'],
    ]);
  });

  it('puts the actions due soonest first, at most five, and the check-in of this week', () => {
    const digest = weeklyDigest(
      {
        ...nothing,
        openActions: [
          { title: 'No date', dueOn: null },
          { title: 'Late', dueOn: '2026-11-01' },
          ...['a', 'b', 'c', 'd'].map((t) => ({ title: t, dueOn: '2026-12-10' })),
        ],
        nextCheckinOn: '2026-12-02',
      },
      now,
    );
    expect(digest?.openActions.map((a) => a.title)).toEqual(['Late', 'a', 'b', 'c', 'd']);
    expect(digest?.checkinThisWeekOn).toBe('2026-12-02');
  });

  it.each<[string, DigestReport[], number, number | null]>([
    // name, reports, open hands, overdue check-ins expected (null: no digest at all)
    ['no reports, no hands', [], 0, null],
    [
      'reports all on time',
      [report({ plannedOn: '2026-12-03' }), report({ lastHeldOn: '2026-11-20' })],
      0,
      null,
    ],
    ['a planned check-in in the past', [report({ plannedOn: '2026-11-27' })], 0, 1],
    // support need 3: every 3 weeks; held 23 days ago is overdue since 2 days
    ['held longer than the rhythm ago', [report({ lastHeldOn: '2026-11-07' })], 0, 1],
    ['held just within the rhythm', [report({ lastHeldOn: '2026-11-09' })], 0, null],
    [
      'the manager chose a longer rhythm',
      [report({ lastHeldOn: '2026-11-07', overrideWeeks: 6 })],
      0,
      null,
    ],
    [
      'support need 5 meets every week',
      [report({ supportNeed: 5, lastHeldOn: '2026-11-20' })],
      0,
      1,
    ],
    // a new joiner (started 20 days ago) meets every week: due one week after the start
    ['a new joiner never met', [report({ startDate: '2026-11-10' })], 0, 1],
    ['only open hands', [], 2, 0],
    [
      'two overdue and a hand',
      [
        report({ plannedOn: '2026-11-01' }),
        report({ lastHeldOn: '2026-01-01' }),
        report({ plannedOn: '2026-12-01' }),
      ],
      1,
      2,
    ],
  ])('for a manager, %s', (_name, reports, openHands, overdue) => {
    const digest = weeklyDigest({ ...nothing, reports, openHands }, now);
    if (overdue === null) {
      expect(digest).toBeNull();
    } else {
      expect(digest?.team).toEqual({ overdueCheckins: overdue, openHands });
    }
  });

  it('follows the organisation’s rhythm settings', () => {
    const reports = [report({ supportNeed: 1, lastHeldOn: '2026-11-02' })];
    expect(weeklyDigest({ ...nothing, reports }, now)).toBeNull();
    const weekly = {
      weeksBySupportNeed: [1, 1, 1, 1, 1],
      newJoinerDays: 90,
      newJoinerWeeks: 1,
    } as const;
    expect(weeklyDigest({ ...nothing, reports }, now, weekly)?.team).toEqual({
      overdueCheckins: 1,
      openHands: 0,
    });
  });

  it('never shows a meeting outside the coming seven days (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            offsetHours: fc.integer({ min: -24 * 60, max: 24 * 30 }),
            interval: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
          }),
          { maxLength: 8 },
        ),
        (meetings) => {
          const digest = weeklyDigest(
            {
              ...nothing,
              meetings: meetings.map((m, i) => ({
                title: `m${i}`,
                startsAt: new Date(now.getTime() + m.offsetHours * 3_600_000),
                timeZone: 'Europe/Brussels',
                rrule: m.interval ? `FREQ=WEEKLY;INTERVAL=${m.interval}` : null,
              })),
            },
            now,
          );
          for (const meeting of digest?.meetings ?? []) {
            expect(meeting.startsAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
            expect(meeting.startsAt.getTime()).toBeLessThan(now.getTime() + 7 * 86_400_000);
          }
          const times = (digest?.meetings ?? []).map((m) => m.startsAt.getTime());
          expect(times).toEqual([...times].sort((a, b) => a - b));
        },
      ),
    );
  });
});
