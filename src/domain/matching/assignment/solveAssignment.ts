import { solveMaxMin } from './maxMin';
import { type EdgeProblem, solveEdges } from './solveEdges';
import type { AssignmentOptions, AssignmentProblem, AssignmentSolution } from './types';
import { checkCount, checkEdgeEnds, checkWeights, normaliseCapacity } from './validate';

/** Each person's best candidates kept before pricing: enough that random inputs need no rework. */
export const DEFAULT_SHORTLIST = 10;

export interface ShortlistChoice {
  size: number;
  /** Set by the caller, so tried even where it seldom pays off (tests use this on small graphs). */
  forced: boolean;
}

export function checkShortlist(shortlist: number | undefined): ShortlistChoice {
  if (shortlist === undefined) return { size: DEFAULT_SHORTLIST, forced: false };
  if (!Number.isInteger(shortlist) || shortlist < 0) {
    throw new RangeError(`shortlist must be a non-negative integer, got ${shortlist}`);
  }
  return { size: shortlist, forced: true };
}

/**
 * Optimal bipartite assignment on sparse edges (a pair not listed is forbidden). Empty or
 * impossible input gives an empty assignment with everybody unmatched; only malformed input
 * (non-finite weights, ids out of range) throws, as a RangeError.
 */
export function solveAssignment(
  problem: AssignmentProblem,
  options: AssignmentOptions = {},
): AssignmentSolution {
  const { leftCount, rightCount, edgeLeft, edgeRight, edgeWeight } = problem;
  checkCount('leftCount', leftCount);
  checkCount('rightCount', rightCount);
  checkEdgeEnds(edgeLeft, edgeRight, edgeWeight, leftCount, rightCount);
  const range = checkWeights(edgeWeight, edgeWeight.length, 'edge');
  const shortlist = checkShortlist(options.shortlist);
  const edgeProblem: EdgeProblem = {
    rowCount: leftCount,
    colCount: rightCount,
    capacity: normaliseCapacity(problem.capacity, rightCount, leftCount),
    requestedCapacity: problem.capacity,
    edges: { left: edgeLeft, right: edgeRight, weight: edgeWeight, length: edgeLeft.length },
    range,
  };
  const objective = options.objective ?? 'max-total';
  if (objective === 'max-min') return solveMaxMin(edgeProblem, shortlist);
  if (objective !== 'max-total' && objective !== 'max-cardinality') {
    throw new RangeError(`unknown objective ${String(objective)}`);
  }
  return solveEdges(edgeProblem, objective, shortlist, Number.NEGATIVE_INFINITY);
}
