import { describe, expect, it } from 'vitest';
import type { MatchPerson } from '../fit';
import { NOW, person } from '../fit/testing/people';
import { matchMentoring, matchReverseMentoring } from './mentoring';
import type { MentoringSettings } from './types';

const round = {
  now: NOW,
  seed: 1,
  skillNames: { powerbi: 'Power BI', sql: 'SQL', tiktok: 'TikTok' },
};
const mentor = (id: string, o: Partial<MatchPerson> = {}) =>
  person(id, { role: 'mentor', seniority: 4, startDate: '2016-05-01', teamId: `team-${id}`, ...o });
const mentee = (id: string, o: Partial<MatchPerson> = {}) =>
  person(id, { role: 'mentee', seniority: 2, ...o });
const run = (people: MatchPerson[], settings?: MentoringSettings) =>
  matchMentoring({ people, settings, round });
const pairs = (r: ReturnType<typeof run>) => r.matches.map((m) => m.members.join('>'));

describe('mentoring', () => {
  it('matches the cohort at once: the mentor goes where the whole round gains most', () => {
    // Tom could take Anna, but then Eva (who only fits Anna) would be left without a mentor.
    const people = [
      mentor('anna', {
        skillsOffered: [
          { skillId: 'powerbi', level: 5 },
          { skillId: 'sql', level: 5 },
        ],
      }),
      mentor('bert', { skillsOffered: [{ skillId: 'sql', level: 3 }] }),
      mentee('tom', { skillsWanted: [{ skillId: 'sql', priority: 3 }] }),
      mentee('eva', {
        skillsWanted: [{ skillId: 'powerbi', priority: 3 }],
        doNotPairWith: ['bert'],
      }),
    ];
    const result = run(people);
    expect(pairs(result)).toEqual(['anna>eva', 'bert>tom']);
    expect(result.matches[0].reasons[0]).toMatchObject({
      key: 'match.reason.skillOfferedWanted',
      params: { learner: 'Eva', teacher: 'Anna', skill: 'Power BI', level: 5 },
    });
    expect(result.stats).toMatchObject({ kind: 'mentoring', matches: 2, optimal: true });
  });

  it('respects mentor capacity and tells the mentee who missed out why', () => {
    const result = run([mentor('anna', { capacity: 1 }), mentee('tom'), mentee('eva')]);
    expect(result.matches).toHaveLength(1);
    expect(result.unmatched).toEqual([
      expect.objectContaining({ reason: { key: 'match.unmatched.partnersTaken', params: {} } }),
    ]);
    const two = run([mentor('anna', { capacity: 2 }), mentee('tom'), mentee('eva')]);
    expect(pairs(two)).toEqual(['anna>eva', 'anna>tom']);
  });

  it('never pairs within a reporting line or without an hour of shared working time', () => {
    const inLine = matchMentoring({
      people: [mentor('grandboss'), mentee('tom', { managerId: 'lead' })],
      round: { ...round, managers: { lead: 'grandboss' } },
    });
    expect(inLine.matches).toEqual([]);
    expect(inLine.unmatched).toContainEqual({
      id: 'tom',
      reason: { key: 'match.unmatched.noEligiblePartner', params: { count: 1 } },
      blockedBy: [{ key: 'match.blocked.reportingLine', params: {} }],
    });
    // Without the manager chain the same two are a fine pair: the rule above is what blocked them.
    expect(pairs(run([mentor('grandboss'), mentee('tom', { managerId: 'lead' })]))).toEqual([
      'grandboss>tom',
    ]);
    const far = run([mentor('tokyo', { timeZone: 'Asia/Tokyo' }), mentee('tom')]);
    expect(far.unmatched.find((u) => u.id === 'tom')?.blockedBy).toEqual([
      { key: 'match.blocked.workingHoursOverlap', params: { count: 60 } },
    ]);
  });

  it('explains people without a role, mentors with no room, and an empty other side', () => {
    const result = run([person('norole'), mentor('full', { capacity: 0 }), mentee('tom')]);
    expect(result.unmatched).toEqual([
      { id: 'full', reason: { key: 'match.unmatched.noCapacity', params: {} } },
      { id: 'norole', reason: { key: 'match.unmatched.noRole', params: {} } },
      { id: 'tom', reason: { key: 'match.unmatched.noCandidates', params: {} } },
    ]);
  });

  it('a colleague with role both can mentor one person and be mentored by another', () => {
    const result = run([
      mentor('senior', { skillsOffered: [{ skillId: 'sql', level: 5 }] }),
      person('mid', {
        role: 'both',
        seniority: 3,
        skillsWanted: [{ skillId: 'sql', priority: 3 }],
        skillsOffered: [{ skillId: 'powerbi', level: 4 }],
      }),
      mentee('junior', { seniority: 1, skillsWanted: [{ skillId: 'powerbi', priority: 3 }] }),
    ]);
    expect(pairs(result)).toContain('senior>mid');
    expect(pairs(result)).toContain('mid>junior');
  });

  it('under max-total a pair that scores below zero is left out, with the reason', () => {
    // No shared language, and the mentor is junior to the mentee and new here.
    const people = [
      mentor('anna', { languages: ['fr'], seniority: 1, startDate: '2026-01-05' }),
      mentee('tom', { languages: ['nl'], seniority: 3 }),
    ];
    expect(run(people, { objective: 'max-cardinality' }).matches).toHaveLength(1);
    const total = run(people, { objective: 'max-total' });
    expect(total.matches).toEqual([]);
    expect(total.unmatched).toContainEqual({
      id: 'tom',
      reason: { key: 'match.unmatched.lowFit', params: {} },
    });
  });

  it('max-min lifts the worst match', () => {
    const people = [
      mentor('anna', {
        skillsOffered: [
          { skillId: 'sql', level: 5 },
          { skillId: 'powerbi', level: 5 },
        ],
      }),
      mentor('bert', { languages: ['fr', 'nl'] }),
      mentee('tom', { skillsWanted: [{ skillId: 'sql', priority: 3 }] }),
      mentee('eva', { skillsWanted: [{ skillId: 'powerbi', priority: 1 }] }),
    ];
    const fair = run(people, { objective: 'max-min' });
    const best = run(people, { objective: 'max-cardinality' });
    expect(fair.stats.worstScore!).toBeGreaterThanOrEqual(best.stats.worstScore!);
  });
});

describe('reverse mentoring', () => {
  it('prefers the pair where both sides learn over one where only one side does', () => {
    const people = [
      mentor('director', {
        skillsOffered: [{ skillId: 'sql', level: 5 }],
        skillsWanted: [{ skillId: 'tiktok', priority: 3 }],
      }),
      mentee('ana', {
        skillsWanted: [{ skillId: 'sql', priority: 3 }],
        skillsOffered: [{ skillId: 'tiktok', level: 4 }],
      }),
      mentee('ben', { skillsWanted: [{ skillId: 'sql', priority: 3 }] }),
    ];
    const result = matchReverseMentoring({ people, settings: { defaultCapacity: 1 }, round });
    expect(pairs(result)).toEqual(['director>ana']);
    expect(result.matches[0].reasons.map((r) => r.key)).toContain('match.reason.learnBothWays');
    expect(result.stats.kind).toBe('reverseMentoring');
  });
});
