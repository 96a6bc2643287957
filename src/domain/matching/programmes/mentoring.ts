/**
 * Mentoring and reverse (two-way) mentoring. People say which side they are on; `both` can mentor
 * one colleague and be mentored by another. Mentoring scores what the mentor offers that the
 * mentee wants; reverse mentoring scores both directions plus a balance term (the weaker
 * direction), so a pair where only one side learns loses to one where both do.
 */
import { type MatchPerson, reason } from '../fit';
import { invalidMentoringSetting, runBipartite } from './bipartiteRound';
import { isResult, prepareRound } from './round';
import {
  DEFAULT_CAPACITY,
  type MatchResult,
  type MentoringSettings,
  type ProgrammeInput,
  type Unmatched,
} from './types';

function runMentoring(
  kind: 'mentoring' | 'reverseMentoring',
  input: ProgrammeInput<MentoringSettings>,
): MatchResult {
  const round = prepareRound(kind, input, invalidMentoringSetting);
  if (isResult(round)) return round;
  const settings = input.settings ?? {};
  const capacityOf = (p: MatchPerson) =>
    p.capacity ?? settings.defaultCapacity ?? DEFAULT_CAPACITY.mentoring;

  const mentors: MatchPerson[] = [];
  const mentees: MatchPerson[] = [];
  const excluded: Unmatched[] = [];
  for (const person of round.eligible) {
    const role = person.role;
    if (!role) {
      excluded.push({ id: person.id, reason: reason('match.unmatched.noRole') });
      continue;
    }
    if (role !== 'mentee' && capacityOf(person) > 0) mentors.push(person);
    if (role !== 'mentor') mentees.push(person);
    if (role === 'mentor' && capacityOf(person) === 0) {
      excluded.push({ id: person.id, reason: reason('match.unmatched.noCapacity') });
    }
  }
  round.unmatched.push(...excluded);
  return runBipartite(kind, input, round, {
    learners: mentees,
    experienced: mentors,
    capacity: capacityOf,
    objective: settings.objective ?? 'max-cardinality',
  });
}

/** Matches are `[mentorId, menteeId]`; a mentor appears once per mentee. */
export function matchMentoring(input: ProgrammeInput<MentoringSettings>): MatchResult {
  return runMentoring('mentoring', input);
}

/** As `matchMentoring`, scored in both directions with a balance term. */
export function matchReverseMentoring(input: ProgrammeInput<MentoringSettings>): MatchResult {
  return runMentoring('reverseMentoring', input);
}
