import { assembleSolution, coverClosedColumns } from './assemble';
import { denseSource } from './candidates';
import { cardinalityBound, cardinalityPenalty } from './cardinalityPenalty';
import { solveDense } from './denseSolver';
import { solveMaxMin } from './maxMin';
import { releaseUnderfullColumns, shortlistPaysOff, solveByPricing } from './pricingLoop';
import { checkShortlist } from './solveAssignment';
import { maxPairs, pricingTolerance } from './solveEdges';
import type { CoreAssignment } from './sparseSolver';
import type { AssignmentObjective, AssignmentSolution, AssignmentStats } from './types';
import { checkCount, checkWeights, normaliseCapacity } from './validate';

export interface DenseAssignmentOptions {
  objective?: AssignmentObjective;
  /** Per right node, default 1. */
  capacity?: ArrayLike<number>;
  /** As in AssignmentOptions; 0 runs the plain O(n^2 m) dense solver. */
  shortlist?: number;
}

/**
 * Optimal assignment when every pair is allowed: `weights[i * colCount + j]` scores left i with
 * right j. Memory beyond the matrix is O(rows + columns + rows * shortlist), except for max-min,
 * which lists the matrix as edges first.
 */
export function solveDenseAssignment(
  rowCount: number,
  colCount: number,
  weights: Float64Array,
  options: DenseAssignmentOptions = {},
): AssignmentSolution {
  checkCount('rowCount', rowCount);
  checkCount('colCount', colCount);
  if (weights.length !== rowCount * colCount) {
    throw new RangeError(
      `weights has ${weights.length} entries, expected ${rowCount} x ${colCount} = ${rowCount * colCount}`,
    );
  }
  const range = checkWeights(weights, weights.length, 'weight at index');
  const capacity = normaliseCapacity(options.capacity, colCount, rowCount);
  const shortlist = checkShortlist(options.shortlist);
  const objective = options.objective ?? 'max-total';

  if (objective === 'max-min') {
    const size = rowCount * colCount;
    const left = new Int32Array(size);
    const right = new Int32Array(size);
    for (let i = 0; i < rowCount; i++) {
      left.fill(i, i * colCount, (i + 1) * colCount);
      for (let j = 0; j < colCount; j++) right[i * colCount + j] = j;
    }
    const edges = { left, right, weight: weights, length: size };
    return solveMaxMin(
      { rowCount, colCount, capacity, requestedCapacity: options.capacity, edges, range },
      shortlist,
    );
  }
  if (objective !== 'max-total' && objective !== 'max-cardinality') {
    throw new RangeError(`unknown objective ${String(objective)}`);
  }

  const pairsPossible = maxPairs(rowCount, capacity);
  const unmatchedValue = objective === 'max-total' ? 0 : -cardinalityPenalty(range, pairsPossible);
  const minWeight = objective === 'max-total' ? 0 : Number.NEGATIVE_INFINITY;
  const source = denseSource(rowCount, colCount, weights, capacity, minWeight);
  const stats: AssignmentStats = {
    objective,
    method: 'exact',
    rounds: 1,
    solvedEdges: source.edgeCount,
    addedEdges: 0,
    searches: 0,
    thresholdProbes: 0,
  };
  const priced =
    shortlist.size > 0 &&
    (shortlist.forced || shortlistPaysOff(shortlist.size, rowCount, colCount, source.edgeCount))
      ? solveByPricing(
          source,
          capacity,
          options.capacity,
          unmatchedValue,
          shortlist.size,
          pricingTolerance(range, unmatchedValue),
          shortlist.forced,
        )
      : null;
  let core: CoreAssignment;
  if (priced !== null) {
    core = priced.core;
    stats.method = 'shortlist';
    stats.rounds = priced.rounds;
    stats.solvedEdges = priced.graph.col.length;
    stats.addedEdges = priced.addedEdges;
    stats.searches = priced.searches;
  } else {
    core = solveDense(rowCount, colCount, weights, capacity, unmatchedValue);
    releaseUnderfullColumns(core, options.capacity);
    stats.searches = core.searches;
  }
  coverClosedColumns(
    capacity,
    (visit) => {
      for (let j = 0; j < colCount; j++) {
        if (capacity[j] !== 0) continue;
        for (let i = 0; i < rowCount; i++) visit(i, j, weights[i * colCount + j]);
      }
    },
    core.rowDual,
    core.colDual,
  );
  return assembleSolution({
    core,
    unmatchedValue,
    requestedCapacity: options.capacity,
    cardinalityBound:
      objective === 'max-total' ? undefined : cardinalityBound(range, pairsPossible),
    stats,
  });
}
