import type { AssignmentObjective, AssignmentProblem } from '../types';

/** The objective's ranking key of an assignment: compared lexicographically, higher is better. */
export type ObjectiveKey = number[];

export function objectiveKey(objective: AssignmentObjective, weights: number[]): ObjectiveKey {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (objective === 'max-total') return [total];
  if (objective === 'max-cardinality') return [weights.length, total];
  const worst = weights.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...weights);
  return [weights.length, worst, total];
}

/** Positive when a ranks above b, beyond `tolerance` on each component. */
export function compareKeys(a: ObjectiveKey, b: ObjectiveKey, tolerance = 1e-9): number {
  for (let t = 0; t < a.length; t++) {
    if (a[t] === b[t]) continue;
    const scale = Math.max(1, Math.abs(a[t]), Math.abs(b[t]));
    if (Math.abs(a[t] - b[t]) > tolerance * scale) return a[t] - b[t];
  }
  return 0;
}

/**
 * Tries every assignment (each left node: unmatched or one allowed right node with room) and
 * returns the best key. Exponential; meant for n up to about 8.
 */
export function bruteForceBest(
  problem: AssignmentProblem,
  objective: AssignmentObjective,
): ObjectiveKey {
  const { leftCount: n, rightCount: m } = problem;
  const options: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  for (let e = 0; e < problem.edgeLeft.length; e++) {
    const row = options[problem.edgeLeft[e]];
    const j = problem.edgeRight[e];
    const w = problem.edgeWeight[e];
    if (!row.has(j) || w > row.get(j)!) row.set(j, w);
  }
  const room = Array.from({ length: m }, (_, j) =>
    problem.capacity === undefined ? 1 : problem.capacity[j],
  );
  let best: ObjectiveKey | null = null;
  const chosen: number[] = [];
  const visit = (i: number): void => {
    if (i === n) {
      const key = objectiveKey(objective, chosen);
      if (best === null || compareKeys(key, best, 0) > 0) best = key;
      return;
    }
    visit(i + 1);
    for (const [j, w] of options[i]) {
      if (room[j] === 0) continue;
      room[j]--;
      chosen.push(w);
      visit(i + 1);
      chosen.pop();
      room[j]++;
    }
  };
  visit(0);
  return best ?? objectiveKey(objective, []);
}
