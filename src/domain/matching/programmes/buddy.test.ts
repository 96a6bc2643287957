import { describe, expect, it } from 'vitest';
import type { MatchPerson } from '../fit';
import { days, HYBRID_GENT, NOW, person } from '../fit/testing/people';
import { matchBuddies } from './buddy';
import type { BuddySettings } from './types';

const round = {
  now: NOW,
  seed: 7,
  siteNames: { gent: 'Gent' },
  skillNames: { powerbi: 'Power BI' },
};
const run = (people: MatchPerson[], settings?: BuddySettings) =>
  matchBuddies({ people, settings, round });
const members = (result: ReturnType<typeof run>) => result.matches.map((m) => m.members);

describe('buddies', () => {
  it('pairs people who share office days and can teach each other, and says why', () => {
    const result = run([
      person('anna', {
        workPattern: HYBRID_GENT,
        skillsOffered: [{ skillId: 'powerbi', level: 4 }],
      }),
      person('tom', {
        workPattern: HYBRID_GENT,
        skillsWanted: [{ skillId: 'powerbi', priority: 3 }],
      }),
      person('eva', { workPattern: days([1, 5], 'office', 'gent') }),
      person('bob', { workPattern: days([1, 5], 'office', 'gent') }),
    ]);
    expect(members(result)).toEqual([
      ['anna', 'tom'],
      ['bob', 'eva'],
    ]);
    const [annaTom] = result.matches;
    expect(annaTom.reasons.map(({ key, params }) => ({ key, params }))).toEqual([
      {
        key: 'match.reason.skillOfferedWanted',
        params: { learner: 'Tom', teacher: 'Anna', skill: 'Power BI', level: 4 },
      },
      { key: 'match.reason.sameOfficeDay', params: { weekday: 2, site: 'Gent' } },
      { key: 'match.reason.sameOfficeDay', params: { weekday: 4, site: 'Gent' } },
    ]);
    expect(annaTom.reasons.every((r) => r.about.join() === 'anna,tom')).toBe(true);
    expect(result.unmatched).toEqual([]);
    expect(result.stats).toMatchObject({
      kind: 'buddy',
      people: 4,
      eligible: 4,
      matchedPeople: 4,
      optimal: true,
    });
  });

  it('never pairs someone with their own manager, even when that fits best', () => {
    const result = run([
      person('boss', { workPattern: HYBRID_GENT }),
      person('ann', { managerId: 'boss', workPattern: HYBRID_GENT }),
      person('cas', { managerId: 'lead' }),
      person('dirk', { managerId: 'lead' }),
    ]);
    expect(members(result)).toHaveLength(2);
    for (const group of members(result))
      expect(group.includes('boss') && group.includes('ann')).toBe(false);
    expect(result.unmatched).toEqual([]);
  });

  it('an odd team gets one trio by default', () => {
    const result = run([person('a'), person('b'), person('c')]);
    expect(members(result)).toEqual([['a', 'b', 'c']]);
    expect(result.matches[0].score).toBeGreaterThan(0);
    expect(result.stats.optimal).toBe(false);
  });

  it('with nearestTeam, the odd ones out pair with the nearest team’s odd one out', () => {
    const result = run(
      [
        person('a1', { teamId: 'a' }),
        person('a2', { teamId: 'a' }),
        person('a3', { teamId: 'a' }),
        person('b1', { teamId: 'b' }),
        person('c1', { teamId: 'c', departmentId: 'far' }),
        person('c2', { teamId: 'c', departmentId: 'far' }),
        person('c3', { teamId: 'c', departmentId: 'far' }),
      ],
      { oddTeam: 'nearestTeam' },
    );
    const groups = members(result);
    expect(groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
    const b1 = groups.find((g) => g.includes('b1'))!;
    // Team b shares a department with team a, not with team c.
    expect(b1.length).toBe(2);
    expect(b1.find((id) => id !== 'b1')).toMatch(/^a/);
    // Team c's odd one out has nobody left in another team and joins its own pair.
    expect(groups.find((g) => g.includes('c1'))!.length).toBe(3);
  });

  it('a team of one has nobody to pair with', () => {
    const result = run([person('solo', { teamId: 'x' }), person('a'), person('b')]);
    expect(result.unmatched).toEqual([
      { id: 'solo', reason: { key: 'match.unmatched.noCandidates', params: {} } },
    ]);
  });

  it('when every pair is ruled out, it says so and by which rules', () => {
    const result = run([
      person('a', { doNotPairWith: ['b'] }),
      person('b', { managerId: 'c' }),
      person('c', { doNotPairWith: ['a'] }),
    ]);
    expect(result.matches).toEqual([]);
    expect(result.unmatched.find((u) => u.id === 'a')).toEqual({
      id: 'a',
      reason: { key: 'match.unmatched.noEligiblePartner', params: { count: 2 } },
      blockedBy: [{ key: 'match.blocked.doNotPair', params: {} }],
    });
  });

  it('one person alone, nobody at all, and people who did not opt in give a result, not an error', () => {
    expect(run([]).matches).toEqual([]);
    expect(run([person('only')]).unmatched).toEqual([
      { id: 'only', reason: { key: 'match.unmatched.noCandidates', params: {} } },
    ]);
    expect(run([person('a'), person('b', { consent: false })]).unmatched).toEqual([
      { id: 'a', reason: { key: 'match.unmatched.noCandidates', params: {} } },
      { id: 'b', reason: { key: 'match.unmatched.noConsent', params: {} } },
    ]);
  });

  it('bad data about one person leaves only that person out, naming the field', () => {
    const result = run([person('a'), person('b'), person('c', { timeZone: 'Mars/Olympus' })]);
    expect(members(result)).toEqual([['a', 'b']]);
    expect(result.unmatched).toEqual([
      { id: 'c', reason: { key: 'match.unmatched.invalidProfile', params: { field: 'timeZone' } } },
    ]);
    const duplicated = run([person('a'), person('b'), person('b', { teamId: 'z' })]);
    expect(duplicated.unmatched).toContainEqual({
      id: 'b',
      reason: { key: 'match.unmatched.duplicateId', params: {} },
    });
  });

  it('bad settings are reported for everyone instead of thrown', () => {
    const result = run([person('a'), person('b')], { oddTeam: 'random' as never });
    expect(result.matches).toEqual([]);
    expect(result.unmatched.map((u) => u.reason)).toEqual([
      { key: 'match.unmatched.invalidSettings', params: { field: 'oddTeam' } },
      { key: 'match.unmatched.invalidSettings', params: { field: 'oddTeam' } },
    ]);
  });
});
