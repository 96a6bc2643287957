import { describe, expect, it } from 'vitest';
import { CONSTRAINTS } from './constraints';
import { createFitContext, type FitWorld } from './context';
import type { MatchPerson } from './person';
import { type ConstraintName, fitSettingsFor } from './settings';
import { days, NOW, person } from './testing/people';

interface Case {
  title: string;
  rule: ConstraintName;
  people: MatchPerson[];
  world?: Partial<FitWorld>;
  blocked: boolean;
  params?: Record<string, number>;
}

const settings = { ...fitSettingsFor('coffee'), minOverlapMinutes: 60, noRepeatRounds: 3 };

const cases: Case[] = [
  {
    title: 'my list blocks',
    rule: 'doNotPair',
    people: [person('a', { doNotPairWith: ['b'] }), person('b')],
    blocked: true,
  },
  {
    title: 'their list blocks',
    rule: 'doNotPair',
    people: [person('a'), person('b', { doNotPairWith: ['a'] })],
    blocked: true,
  },
  {
    title: 'other names do not',
    rule: 'doNotPair',
    people: [person('a', { doNotPairWith: ['c'] }), person('b')],
    blocked: false,
  },
  {
    title: 'own manager',
    rule: 'managerOrReport',
    people: [person('a', { managerId: 'b' }), person('b')],
    blocked: true,
  },
  {
    title: 'own report',
    rule: 'managerOrReport',
    people: [person('a'), person('b', { managerId: 'a' })],
    blocked: true,
  },
  {
    title: 'same manager is fine for buddies',
    rule: 'managerOrReport',
    people: [person('a', { managerId: 'm' }), person('b', { managerId: 'm' })],
    blocked: false,
  },
  {
    title: 'manager’s manager is in the line',
    rule: 'reportingLine',
    people: [person('a', { managerId: 'm' }), person('b')],
    world: { managers: { m: 'b' } },
    blocked: true,
  },
  {
    title: 'siblings are not in each other’s line',
    rule: 'reportingLine',
    people: [person('a', { managerId: 'm' }), person('b', { managerId: 'm' })],
    blocked: false,
  },
  {
    title: 'a cycle in the data ends the walk',
    rule: 'reportingLine',
    people: [person('a', { managerId: 'm' }), person('b')],
    world: { managers: { m: 'n', n: 'm' } },
    blocked: false,
  },
  {
    title: 'Brussels and Tokyo office hours never meet',
    rule: 'workingHoursOverlap',
    people: [person('a'), person('b', { timeZone: 'Asia/Tokyo' })],
    blocked: true,
    params: { count: 60 },
  },
  {
    title: 'two hours with New York are enough',
    rule: 'workingHoursOverlap',
    people: [person('a'), person('b', { timeZone: 'America/New_York' })],
    blocked: false,
  },
  {
    title: 'half an hour is not a meeting',
    rule: 'workingHoursOverlap',
    people: [
      person('a'),
      person('b', { workPattern: days([1, 2, 3], 'home', undefined, 16 * 60 + 30, 20 * 60) }),
    ],
    blocked: true,
    params: { count: 60 },
  },
  {
    title: 'paired three rounds ago is within the window',
    rule: 'recentPairing',
    people: [person('a'), person('b')],
    world: { history: [{ members: ['a', 'b'], roundsAgo: 3 }] },
    blocked: true,
    params: { count: 3 },
  },
  {
    title: 'paired four rounds ago is outside',
    rule: 'recentPairing',
    people: [person('a'), person('b')],
    world: { history: [{ members: ['b', 'a'], roundsAgo: 4 }] },
    blocked: false,
  },
  {
    title: 'different site and department',
    rule: 'siteOrDepartment',
    people: [
      person('a', { workPattern: days([1], 'office', 'gent') }),
      person('b', { departmentId: 'dep-2', workPattern: days([1], 'office', 'antwerpen') }),
    ],
    blocked: true,
  },
  {
    title: 'same site on other days is enough',
    rule: 'siteOrDepartment',
    people: [
      person('a', { workPattern: days([1], 'office', 'gent') }),
      person('b', { departmentId: 'dep-2', workPattern: days([4], 'office', 'gent') }),
    ],
    blocked: false,
  },
];

describe('hard constraints', () => {
  it.each(cases)('$rule: $title', ({ rule, people, world, blocked, params }) => {
    const ctx = createFitContext(people, { now: NOW, ...world });
    const [a, b] = people.map((p) => ctx.profile(p.id));
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const found = CONSTRAINTS[rule](x, y, ctx, settings);
      expect(found !== null).toBe(blocked);
      if (found) expect(found).toEqual({ key: `match.blocked.${rule}`, params: params ?? {} });
    }
  });
});
