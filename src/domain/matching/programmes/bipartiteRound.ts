/**
 * The shared core of mentoring, reverse mentoring and onboarding: learners on one side,
 * experienced people with a capacity on the other, every allowed pair scored as (experienced,
 * learner), solved exactly by the assignment solver over the whole cohort at once.
 */
import type { MatchPerson } from '../fit';
import { explainUnmatched } from './pairBook';
import { finishRound, type PreparedRound } from './round';
import { type IdEdge, solveBipartite } from './solvers';
import type {
  AssignmentObjective,
  MatchResult,
  MentoringSettings,
  ProgrammeInput,
  Unmatched,
} from './types';

export interface BipartiteSides {
  learners: MatchPerson[];
  experienced: MatchPerson[];
  capacity: (person: MatchPerson) => number;
  objective: AssignmentObjective;
}

const OBJECTIVES: readonly string[] = ['max-total', 'max-cardinality', 'max-min'];

export function invalidMentoringSetting(s: MentoringSettings): string | null {
  if (s.objective !== undefined && !OBJECTIVES.includes(s.objective)) return 'objective';
  if (
    s.defaultCapacity !== undefined &&
    !(Number.isInteger(s.defaultCapacity) && s.defaultCapacity >= 0)
  ) {
    return 'defaultCapacity';
  }
  return null;
}

export function runBipartite(
  kind: 'mentoring' | 'reverseMentoring' | 'onboarding',
  input: ProgrammeInput<unknown>,
  round: PreparedRound,
  sides: BipartiteSides,
): MatchResult {
  const { book } = round;
  const { learners, experienced } = sides;
  const edges: IdEdge[] = [];
  for (const learner of learners) {
    for (const mentor of experienced) {
      if (mentor.id === learner.id) continue;
      const weight = book.weight(mentor.id, learner.id);
      if (weight !== null) edges.push({ a: learner.id, b: mentor.id, weight });
    }
  }
  const capacity = experienced.map(sides.capacity);
  const pairs = solveBipartite({
    left: learners.map((p) => p.id),
    right: experienced.map((p) => p.id),
    capacity,
    edges,
    objective: sides.objective,
  });

  const taken = new Map<string, number>();
  const matchedLearners = new Set<string>();
  for (const [learner, mentor] of pairs) {
    taken.set(mentor, (taken.get(mentor) ?? 0) + 1);
    matchedLearners.add(learner);
  }
  const spare = new Map(experienced.map((p, j) => [p.id, capacity[j] - (taken.get(p.id) ?? 0)]));

  const unmatched: Unmatched[] = [];
  const reported = new Set<string>();
  for (const learner of learners) {
    if (matchedLearners.has(learner.id)) continue;
    const candidates = experienced.filter((m) => m.id !== learner.id).map((m) => m.id);
    // Under max-total a partner with room was passed over because no match scored better than none.
    const passedOver = candidates.some((m) => spare.get(m)! > 0 && book.fit(m, learner.id).allowed);
    const otherwise = passedOver ? 'match.unmatched.lowFit' : 'match.unmatched.partnersTaken';
    if (!taken.has(learner.id)) {
      unmatched.push(explainUnmatched(learner.id, candidates, book, otherwise, true));
      reported.add(learner.id);
    }
  }
  for (const mentor of experienced) {
    if (taken.has(mentor.id) || matchedLearners.has(mentor.id) || reported.has(mentor.id)) continue;
    const candidates = learners.filter((l) => l.id !== mentor.id).map((l) => l.id);
    const leftOut = candidates.some(
      (l) => !matchedLearners.has(l) && book.fit(mentor.id, l).allowed,
    );
    const otherwise = leftOut ? 'match.unmatched.lowFit' : 'match.unmatched.partnersTaken';
    unmatched.push(explainUnmatched(mentor.id, candidates, book, otherwise));
  }

  const groups = pairs.map(([learner, mentor]) => [mentor, learner]);
  return finishRound(kind, input, round, groups, unmatched, true);
}
