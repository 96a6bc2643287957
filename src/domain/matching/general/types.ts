/** An undirected graph with weighted edges; pairs not listed may not be matched. */
export interface GeneralMatchingProblem {
  nodeCount: number;
  edgeU: Int32Array;
  edgeV: Int32Array;
  edgeWeight: Float64Array;
}

export interface GeneralMatchingOptions {
  /** Match as many vertices as possible first, then maximise weight among those matchings. */
  maxCardinality?: boolean;
  /**
   * Solve first on each vertex's `shortlist` heaviest edges, then add back any dropped edge the
   * dual solution does not rule out, until none is left. 0 solves on all edges at once. The
   * answer is exact either way; this only changes the speed.
   */
  shortlist?: number;
}

/** A non-trivial blossom of the dual solution with a positive dual value. */
export interface DualBlossom {
  vertices: Int32Array;
  dual: number;
}

/**
 * A dual solution proving the matching optimal (LP duality for Edmonds' matching polytope):
 * every vertex dual is at least `freeDual`, every blossom dual is non-negative, every edge has
 * y_u + y_v + Σ z_B (blossoms holding both ends) ≥ weight, with equality on matched edges, free
 * vertices have dual exactly `freeDual` and blossoms with positive dual are full. Then no
 * matching of the same size weighs more, and with `freeDual` = 0 no matching at all does.
 */
export interface MatchingCertificate {
  vertexDual: Float64Array;
  blossoms: DualBlossom[];
  /** 0 for plain maximum weight; with `maxCardinality` the common (possibly negative) dual of free vertices. */
  freeDual: number;
  /** Σ (y_v − freeDual) + Σ z_B·(|B| − 1)/2 + 2·freeDual·|M|; equals the total when optimal. */
  dualObjective: number;
  /**
   * With `maxCardinality`: a Tutte–Berge barrier A (vertices). The number of unmatched vertices
   * equals odd(G − A) − |A|, which no matching can beat, so the matching has maximum size.
   */
  barrier?: Int32Array;
  /** Slack below −tolerance counts as a violation (rounding of non-integer weights). */
  tolerance: number;
}

export interface GeneralMatchingStats {
  /** Solver runs: 1 when the shortlists already held the optimum. */
  rounds: number;
  candidateEdges: number;
  /** Edges the last round solved on. */
  solvedEdges: number;
  /** Dropped edges the dual check put back. */
  addedBack: number;
  greedyMatched: number;
  augmentations: number;
  blossoms: number;
  events: number;
}

export interface GeneralMatchingSolution {
  /** Partner of each vertex, -1 when unmatched. */
  mate: Int32Array;
  /** Matched pairs [u, v] with u < v, ordered by u. */
  pairs: Array<[number, number]>;
  total: number;
  certificate: MatchingCertificate;
  stats: GeneralMatchingStats;
}
