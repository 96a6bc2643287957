import { describe, expect, it } from 'vitest';
import type { MatchPerson } from '../matching/programmes';
import { explainMembers, matchRound, whyNobodyMatched } from './matchRound';
import { defaultWeights } from './templates';

const now = new Date('2026-06-01T08:00:00Z');
const week = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as 1,
  mode: 'home' as const,
  startMinute: 540,
  endMinute: 1020,
}));
const person = (id: string, extra: Partial<MatchPerson> = {}): MatchPerson => ({
  id,
  name: id,
  teamId: `team-${id}`,
  timeZone: 'Europe/Brussels',
  workPattern: week,
  languages: ['nl'],
  skillsOffered: [],
  skillsWanted: [],
  seniority: 2,
  startDate: '2020-01-01',
  supportNeed: 3,
  doNotPairWith: [],
  consent: true,
  ...extra,
});
const coffee = { kind: 'coffee' as const, weights: defaultWeights('coffee'), groupSize: 2 };

describe('matchRound', () => {
  it('pairs a coffee round with the programme weights', () => {
    const result = matchRound(coffee, [person('a'), person('b'), person('c'), person('d')], {
      now,
      seed: 1,
    });
    expect(result.matches).toHaveLength(2);
    expect(whyNobodyMatched(result)).toBeNull();
  });

  it('says why nobody was matched: one person alone, or every pair forbidden', () => {
    const alone = matchRound(coffee, [person('a')], { now, seed: 1 });
    expect(whyNobodyMatched(alone)).toEqual({
      key: 'round.nobody.because',
      because: [{ key: 'match.unmatched.noCandidates', params: {} }],
    });
    const blocked = matchRound(coffee, [person('a', { doNotPairWith: ['b'] }), person('b')], {
      now,
      seed: 1,
    });
    expect(whyNobodyMatched(blocked)?.because[0].key).toBe('match.blocked.doNotPair');
    expect(whyNobodyMatched(matchRound(coffee, [], { now, seed: 1 }))).toEqual({
      key: 'round.nobody.noPeople',
      because: [],
    });
  });

  it('explains a hand-made match and refuses a forbidden one', () => {
    const made = explainMembers(coffee, [person('b'), person('a')], { now });
    expect(made.allowed).toBe(true);
    if (made.allowed) expect(made.reasons.length).toBeGreaterThan(0);
    const forbidden = explainMembers(coffee, [person('a', { doNotPairWith: ['b'] }), person('b')], {
      now,
    });
    expect(forbidden).toEqual({ allowed: false });
  });
});
