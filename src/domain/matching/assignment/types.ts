/**
 * A bipartite assignment problem: left people (mentees, newcomers) are each paired with at most
 * one right person (mentor, godparent), who may take up to `capacity` of them. Only the listed
 * edges are allowed; a pair that is not listed is forbidden.
 */
export interface AssignmentProblem {
  /** Left node ids are 0..leftCount-1. */
  leftCount: number;
  /** Right node ids are 0..rightCount-1. */
  rightCount: number;
  /** Per right node, how many left nodes it may take; default 1, 0 takes nobody. */
  capacity?: ArrayLike<number>;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  /** Scores: higher is better. Duplicated pairs count with their best weight. */
  edgeWeight: Float64Array;
}

/**
 * - `max-total`: the largest total score; leaving someone unmatched is allowed and better than a
 *   negative-score match.
 * - `max-cardinality`: as many left people matched as possible, then the largest total.
 * - `max-min`: fairness. As many matched as possible (leaving someone out is the least fair
 *   outcome), then the worst match as good as possible, then the largest total.
 */
export type AssignmentObjective = 'max-total' | 'max-cardinality' | 'max-min';

export interface AssignmentOptions {
  objective?: AssignmentObjective;
  /**
   * Candidates kept per person before the dual check adds back what could still improve the
   * answer. Only speed depends on it, never the optimum. Left out, the solver picks a size and
   * skips the shortlist where it would not pay off; given, it is always tried; 0 solves on every
   * edge at once.
   */
  shortlist?: number;
}

/** A set of nodes touching every edge of some edge set; `size` counts a right node as its capacity. */
export interface VertexCover {
  left: number[];
  right: number[];
  size: number;
}

/**
 * Linear-programming proof of optimality. For every edge (i, j, w) of the problem (for `max-min`:
 * every edge with w >= `minWeight`):
 *   leftDual[i] + rightDual[j] >= w,   leftDual[i] >= unmatchedValue,   rightDual[j] >= 0,
 * and dualObjective = sum(leftDual) + sum(capacity[j] * rightDual[j]) equals primalObjective =
 * total + unmatchedValue * unmatchedLeft.length. Weak duality then bounds every other assignment,
 * so none scores higher. For `max-cardinality` and `max-min`, unmatchedValue is a penalty so low
 * (below `-cardinalityBound`) that one more matched person always outweighs any score difference.
 */
export interface AssignmentCertificate {
  leftDual: Float64Array;
  rightDual: Float64Array;
  unmatchedValue: number;
  primalObjective: number;
  dualObjective: number;
  /** max-cardinality / max-min: any penalty above this already makes cardinality come first. */
  cardinalityBound?: number;
  /** max-min: the worst matched weight; edges below it were not allowed in the LP above. */
  minWeight?: number;
  /**
   * max-min: a cover of all edges heavier than `minWeight` whose size is below the number of
   * pairs, so no assignment as large can have a better worst match. Absent when no edge is heavier.
   */
  strongerCover?: VertexCover;
  /**
   * max-min: a cover of all edges whose size equals the number of pairs, so no assignment of any
   * worst weight matches more people.
   */
  cardinalityCover?: VertexCover;
}

export interface AssignmentStats {
  objective: AssignmentObjective;
  /** `shortlist`: solved on candidates and priced the rest; `exact`: solved on every edge. */
  method: 'shortlist' | 'exact' | 'trivial';
  /** Solve-and-check rounds on the shortlist (1 when the first shortlist was already optimal). */
  rounds: number;
  /** Edges in the last graph the shortest-path solver ran on. */
  solvedEdges: number;
  /** Edges the dual check added back after the first shortlist. */
  addedEdges: number;
  /** Shortest augmenting path searches, summed over rounds. */
  searches: number;
  /** max-min: maximum-cardinality runs made to find the best worst weight. */
  thresholdProbes: number;
}

export interface AssignmentSolution {
  /** [left, right] pairs sorted by left id. */
  pairs: Array<[number, number]>;
  total: number;
  /** Left ids left without a partner, ascending. */
  unmatchedLeft: number[];
  certificate?: AssignmentCertificate;
  stats: AssignmentStats;
}
