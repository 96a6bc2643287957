import { type BipartiteGraph, buildGraph, EdgeListBuilder } from './bipartiteGraph';
import type { CandidateSource } from './candidates';
import { type CoreAssignment, solveSparse } from './sparseSolver';

export interface PricedAssignment {
  core: CoreAssignment;
  graph: BipartiteGraph;
  rounds: number;
  addedEdges: number;
  searches: number;
}

/** A shortlist holding more than this share of all edges saves too little solving to pay off. */
const MAX_SHARE = 1 / 4;

/**
 * Whether a shortlist of `size` per person can be small enough to pay off, judged before
 * building it from its largest possible size (k per row, up to 2k - 1 per column, one greedy
 * edge per row): a second round costs a whole solve, so it must save a lot.
 */
export function shortlistPaysOff(
  size: number,
  rowCount: number,
  colCount: number,
  edgeCount: number,
): boolean {
  return (size + 1) * rowCount + (2 * size - 1) * colCount <= MAX_SHARE * edgeCount;
}

/** Past this many rounds the shortlist is not paying off; solving on every edge is cheaper. */
const MAX_ROUNDS = 16;

/**
 * Column generation on a shortlist. The optimum on a subset of the edges, with its duals, is
 * optimal for the whole problem exactly when no left-out edge has w > rowDual + colDual (LP
 * duality: the duals stay feasible and still equal the primal value). So: solve on each person's
 * best few edges, price every edge against the duals, add back the violated ones, repeat. The
 * answer is exact whatever the input; the shortlist only decides how fast.
 *
 * Returns null when the shortlist does not pay off (it covers a quarter of all edges or more, it
 * takes too many rounds, or the graph would grow past half of all edges), leaving the caller to
 * solve on everything.
 */
export function solveByPricing(
  source: CandidateSource,
  capacity: Int32Array,
  requestedCapacity: ArrayLike<number> | undefined,
  unmatchedValue: number,
  shortlist: number,
  tolerance: number,
  forced = false,
): PricedAssignment | null {
  const edges = new EdgeListBuilder();
  edges.append(source.shortlist(shortlist));
  const firstSize = edges.length;
  const budget = source.edgeCount / 2;
  let searches = 0;
  for (let rounds = 1; ; rounds++) {
    const graph = buildGraph(source.rowCount, source.colCount, capacity, edges.build());
    // Best-k lists that cover much of a sparse graph save little solving, and each extra round
    // would cost a whole solve.
    if (!forced && graph.col.length > MAX_SHARE * source.edgeCount) return null;
    const core = solveSparse(graph, unmatchedValue);
    searches += core.searches;
    releaseUnderfullColumns(core, requestedCapacity);
    const before = edges.length;
    // Each round may add twice as many edges per row as the last, so a shortlist that was far too
    // short costs a few rounds, not one per missing handful of edges.
    source.price(core.rowDual, core.colDual, tolerance, shortlist << (rounds - 1), graph, edges);
    // Violations only on edges already in the graph are rounding noise, not a better answer.
    if (edges.length === before) {
      return { core, graph, rounds, addedEdges: before - firstSize, searches };
    }
    if (graph.col.length + edges.length - before > budget || rounds >= MAX_ROUNDS) return null;
  }
}

/**
 * A right node whose capacity the graph cut to its degree can be full in the graph yet have room
 * in the problem, where its dual must then be 0. Every row it could take is already on it, so
 * handing its dual to those rows keeps every edge covered and the dual objective unchanged.
 */
export function releaseUnderfullColumns(
  core: CoreAssignment,
  requestedCapacity: ArrayLike<number> | undefined,
): void {
  const { rowCol, rowDual, colDual } = core;
  const load = new Int32Array(colDual.length);
  for (let i = 0; i < rowCol.length; i++) if (rowCol[i] >= 0) load[rowCol[i]]++;
  const released = new Uint8Array(colDual.length);
  for (let j = 0; j < colDual.length; j++) {
    const wanted = requestedCapacity === undefined ? 1 : requestedCapacity[j];
    if (colDual[j] > 0 && load[j] < wanted) released[j] = 1;
  }
  for (let i = 0; i < rowCol.length; i++) {
    const j = rowCol[i];
    if (j >= 0 && released[j] === 1) rowDual[i] += colDual[j];
  }
  for (let j = 0; j < colDual.length; j++) if (released[j] === 1) colDual[j] = 0;
}
