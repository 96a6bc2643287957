import { assembleSolution, coverClosedColumns } from './assemble';
import { buildGraph, type EdgeList } from './bipartiteGraph';
import { graphSource } from './candidates';
import { cardinalityBound, cardinalityPenalty } from './cardinalityPenalty';
import { releaseUnderfullColumns, shortlistPaysOff, solveByPricing } from './pricingLoop';
import type { ShortlistChoice } from './solveAssignment';
import { type CoreAssignment, solveSparse } from './sparseSolver';
import type { AssignmentSolution, AssignmentStats } from './types';
import type { WeightRange } from './validate';

export interface EdgeProblem {
  rowCount: number;
  colCount: number;
  capacity: Int32Array;
  requestedCapacity: ArrayLike<number> | undefined;
  edges: EdgeList;
  range: WeightRange;
}

export function maxPairs(rowCount: number, capacity: Int32Array): number {
  let room = 0;
  for (let j = 0; j < capacity.length && room < rowCount; j++) room += capacity[j];
  return Math.min(rowCount, room);
}

/**
 * Tolerance for "this edge is not covered by the duals": relative to the weights, plus room for
 * rounding in duals that carry the cardinality penalty, which can be much larger than a weight.
 */
export function pricingTolerance(range: WeightRange, unmatchedValue: number): number {
  const scale = Math.max(Math.abs(range.min), Math.abs(range.max));
  return Number.isFinite(scale) ? 1e-10 * scale + 1e-14 * Math.abs(unmatchedValue) : 0;
}

/**
 * Solves max-total or max-cardinality on edge arrays, counting only edges with weight >= floor
 * (max-min uses the floor for its best worst weight).
 */
export function solveEdges(
  problem: EdgeProblem,
  objective: 'max-total' | 'max-cardinality',
  shortlist: ShortlistChoice,
  floor: number,
): AssignmentSolution {
  const { rowCount, colCount, capacity, requestedCapacity, edges, range } = problem;
  // Under max-total a negative edge never helps: dropping it from a matching raises the total.
  const minWeight = objective === 'max-total' ? Math.max(0, floor) : floor;
  const pairsPossible = maxPairs(rowCount, capacity);
  const bound = objective === 'max-total' ? undefined : cardinalityBound(range, pairsPossible);
  const unmatchedValue = objective === 'max-total' ? 0 : -cardinalityPenalty(range, pairsPossible);
  const all = buildGraph(rowCount, colCount, capacity, edges, minWeight);
  const stats: AssignmentStats = {
    objective,
    method: 'exact',
    rounds: 1,
    solvedEdges: 0,
    addedEdges: 0,
    searches: 0,
    thresholdProbes: 0,
  };

  let core: CoreAssignment;
  if (all.col.length === 0) {
    stats.method = 'trivial';
    stats.rounds = 0;
    core = {
      rowCol: new Int32Array(rowCount).fill(-1),
      rowWeight: new Float64Array(rowCount),
      rowDual: new Float64Array(rowCount).fill(unmatchedValue),
      colDual: new Float64Array(colCount),
      searches: 0,
    };
  } else {
    const priced =
      shortlist.size > 0 &&
      (shortlist.forced || shortlistPaysOff(shortlist.size, rowCount, colCount, all.col.length))
        ? solveByPricing(
            graphSource(all),
            capacity,
            requestedCapacity,
            unmatchedValue,
            shortlist.size,
            pricingTolerance(range, unmatchedValue),
            shortlist.forced,
          )
        : null;
    if (priced !== null) {
      core = priced.core;
      stats.method = 'shortlist';
      stats.rounds = priced.rounds;
      stats.solvedEdges = priced.graph.col.length;
      stats.addedEdges = priced.addedEdges;
      stats.searches = priced.searches;
    } else {
      core = solveSparse(all, unmatchedValue);
      releaseUnderfullColumns(core, requestedCapacity);
      stats.solvedEdges = all.col.length;
      stats.searches = core.searches;
    }
  }

  coverClosedColumns(
    capacity,
    (visit) => {
      for (let e = 0; e < edges.length; e++) {
        const j = edges.right[e];
        if (capacity[j] === 0 && edges.weight[e] >= floor) visit(edges.left[e], j, edges.weight[e]);
      }
    },
    core.rowDual,
    core.colDual,
  );
  return assembleSolution({
    core,
    unmatchedValue,
    requestedCapacity,
    cardinalityBound: bound,
    stats,
  });
}
