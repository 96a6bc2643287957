/**
 * Hand-made and generated people for the matching tests: one place that knows what a plausible
 * person looks like, so each test states only what matters to it.
 */
import fc from 'fast-check';
import type { IsoWeekday, MatchPerson, WorkDay } from '../person';

/** A Wednesday; its reference week starts Monday 2 March 2026, before any DST switch. */
export const NOW = new Date('2026-03-04T12:00:00Z');

export function days(
  weekdays: readonly IsoWeekday[],
  mode: 'office' | 'home' | 'off',
  siteId?: string,
  startMinute = 9 * 60,
  endMinute = 17 * 60,
): WorkDay[] {
  return weekdays.map((weekday) => ({ weekday, mode, siteId, startMinute, endMinute }));
}

/** Office Tuesday and Thursday in Gent, home the other weekdays, 9 to 5. */
export const HYBRID_GENT: WorkDay[] = [
  ...days([1, 3, 5], 'home'),
  ...days([2, 4], 'office', 'gent'),
].sort((a, b) => a.weekday - b.weekday);

export function person(id: string, overrides: Partial<MatchPerson> = {}): MatchPerson {
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    teamId: 'team-a',
    departmentId: 'dep-1',
    managerId: null,
    timeZone: 'Europe/Brussels',
    workPattern: days([1, 2, 3, 4, 5], 'home'),
    languages: ['nl'],
    skillsOffered: [],
    skillsWanted: [],
    seniority: 2,
    startDate: '2022-01-10',
    supportNeed: 3,
    doNotPairWith: [],
    consent: true,
    ...overrides,
  };
}

const ZONES = [
  'Europe/Brussels',
  'Europe/London',
  'America/New_York',
  'Asia/Tokyo',
  'Asia/Kolkata',
];
const SITES = ['gent', 'antwerpen', 'leuven'];
const SKILLS = ['powerbi', 'python', 'sql', 'excel', 'figma'];

const workDay = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }).map((d) => d as IsoWeekday),
  mode: fc.constantFrom<'office' | 'home' | 'off'>('office', 'home', 'off'),
  siteId: fc.constantFrom(...SITES),
  startMinute: fc.integer({ min: 0, max: 47 }).map((h) => h * 30),
  length: fc.integer({ min: 1, max: 20 }).map((h) => h * 30),
});

/**
 * `count` people with ids p0…p{count-1}; references (manager, don't-pair lists) point at each
 * other, so constraints really bite.
 */
export function arbitraryPeople(minCount: number, maxCount: number): fc.Arbitrary<MatchPerson[]> {
  return fc.integer({ min: minCount, max: maxCount }).chain((count) => {
    const ref = fc.integer({ min: 0, max: Math.max(0, count - 1) }).map((i) => `p${i}`);
    const one = fc.record({
      teamId: fc.constantFrom('t1', 't2', 't3'),
      departmentId: fc.constantFrom('d1', 'd2', null),
      managerId: fc.option(ref, { nil: null }),
      timeZone: fc.constantFrom(...ZONES),
      workPattern: fc.array(workDay, { maxLength: 6 }),
      languages: fc.subarray(['nl', 'en', 'fr'], { minLength: 0 }),
      skillsOffered: fc.uniqueArray(
        fc.record({ skillId: fc.constantFrom(...SKILLS), level: fc.integer({ min: 1, max: 5 }) }),
        { selector: (s) => s.skillId, maxLength: 3 },
      ),
      skillsWanted: fc.uniqueArray(
        fc.record({
          skillId: fc.constantFrom(...SKILLS),
          priority: fc.integer({ min: 1, max: 3 }),
        }),
        { selector: (s) => s.skillId, maxLength: 3 },
      ),
      seniority: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 8 }),
      startDate: fc.constantFrom(
        '2015-06-01',
        '2021-09-15',
        '2025-05-01',
        '2026-01-12',
        '2026-03-16',
        null,
      ),
      supportNeed: fc.integer({ min: 1, max: 5 }),
      doNotPairWith: fc.array(ref, { maxLength: 2 }),
      capacity: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      role: fc.constantFrom<MatchPerson['role']>('mentor', 'mentee', 'both', undefined),
      // One in ten has not opted in.
      optedOut: fc.integer({ min: 0, max: 9 }),
    });
    return fc.array(one, { minLength: count, maxLength: count }).map((rows) =>
      rows.map(({ workPattern, optedOut, ...row }, i) => ({
        ...row,
        id: `p${i}`,
        name: `P${i}`,
        consent: optedOut !== 0,
        workPattern: workPattern.map(({ length, ...day }) => ({
          ...day,
          siteId: day.mode === 'office' ? day.siteId : null,
          endMinute: (day.startMinute + length) % 1440,
        })),
      })),
    );
  });
}

/**
 * People made from one or two templates, differing only in id: every score ties, which is where a
 * solver's tie-breaking would expose any dependence on input order.
 */
export function arbitraryLookAlikes(maxCount: number): fc.Arbitrary<MatchPerson[]> {
  return fc
    .tuple(arbitraryPeople(2, 2), fc.array(fc.boolean(), { minLength: 2, maxLength: maxCount }))
    .map(([templates, picks]) =>
      picks.map((second, i) => ({
        ...templates[second ? 1 : 0],
        id: `c${i}`,
        name: `C${i}`,
        managerId: null,
        doNotPairWith: [],
        consent: true,
      })),
    );
}
