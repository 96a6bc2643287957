import { type BipartiteGraph, type EdgeList, EdgeListBuilder } from './bipartiteGraph';
import { TopLists } from './topLists';

/**
 * Where the edges of a problem live (a dense matrix or a graph of all edges), seen through the two
 * questions the shortlist method asks: "what are each person's best candidates?" and "which
 * edges does this dual solution fail to cover?". Only edges with weight >= minWeight towards
 * right nodes with capacity count; the others can never be part of an optimal answer.
 */
export interface CandidateSource {
  readonly rowCount: number;
  readonly colCount: number;
  readonly edgeCount: number;
  /**
   * Each row's k best edges, each right node's best few, and one greedy assignment (rows in
   * order take their best right node with room left). The greedy part matters when everybody
   * prefers the same few people: best-k lists alone then overlap so much that few rows can be
   * matched, and the duals of such a partial answer say little about the rest.
   */
  shortlist(k: number): EdgeList;
  /**
   * Appends the edges with w > rowDual + colDual + tolerance that `graph` lacks, at most
   * `perRow` per row (the most violated).
   */
  price(
    rowDual: Float64Array,
    colDual: Float64Array,
    tolerance: number,
    perRow: number,
    graph: BipartiteGraph,
    out: EdgeListBuilder,
  ): void;
}

/** Right nodes with room for several people keep a longer list, up to twice a row's. */
function columnListSizes(capacity: Int32Array, k: number, rowCount: number): Int32Array {
  const sizes = new Int32Array(capacity.length);
  for (let j = 0; j < capacity.length; j++) {
    sizes[j] = capacity[j] === 0 ? 0 : Math.min(rowCount, k - 1 + Math.min(capacity[j], k));
  }
  return sizes;
}

function collect(
  rows: TopLists,
  cols: TopLists,
  greedy: EdgeListBuilder,
  rowCount: number,
  colCount: number,
): EdgeList {
  const out = new EdgeListBuilder(rows.start[rowCount] + cols.start[colCount] + greedy.length);
  out.append(greedy.build());
  for (let i = 0; i < rowCount; i++) {
    for (let t = rows.start[i], end = t + rows.count[i]; t < end; t++) {
      out.push(i, rows.item[t], rows.score[t]);
    }
  }
  for (let j = 0; j < colCount; j++) {
    for (let t = cols.start[j], end = t + cols.count[j]; t < end; t++) {
      out.push(cols.item[t], j, cols.score[t]);
    }
  }
  return out.build();
}

/** Emits each row's most violated edges, skipping those the graph already has. */
function emitViolations(violations: TopLists, graph: BipartiteGraph, out: EdgeListBuilder): void {
  const mark = new Int32Array(graph.colCount);
  for (let i = 0; i < graph.rowCount; i++) {
    const count = violations.count[i];
    if (count === 0) continue;
    for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) mark[graph.col[e]] = i + 1;
    for (let t = violations.start[i], end = t + count; t < end; t++) {
      const j = violations.item[t];
      if (mark[j] !== i + 1) out.push(i, j, violations.extra[t]);
    }
  }
}

/** The largest double below x, so that `w > below(x)` in a hot loop reads `w >= x`. */
function below(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return -Number.MIN_VALUE;
  const bits = new BigInt64Array(Float64Array.of(x).buffer);
  bits[0] += x > 0 ? -1n : 1n;
  return new Float64Array(bits.buffer)[0];
}

export function denseSource(
  rowCount: number,
  colCount: number,
  weights: Float64Array,
  capacity: Int32Array,
  minWeight: number,
): CandidateSource {
  let openCount = 0;
  for (let j = 0; j < colCount; j++) if (capacity[j] > 0) openCount++;
  return {
    rowCount,
    colCount,
    edgeCount: rowCount * openCount,
    shortlist(k) {
      const floor = below(minWeight);
      const rows = new TopLists(new Int32Array(rowCount).fill(Math.min(k, openCount)), floor);
      const cols = new TopLists(columnListSizes(capacity, k, rowCount), floor);
      const greedy = new EdgeListBuilder(rowCount);
      const claimed = new Int32Array(colCount);
      for (let i = 0; i < rowCount; i++) {
        selectDenseRow(i, colCount, weights, capacity, rows, cols, claimed, greedy, floor);
      }
      return collect(rows, cols, greedy, rowCount, colCount);
    },
    price(rowDual, colDual, tolerance, perRow, graph, out) {
      const worst = new TopLists(new Int32Array(rowCount).fill(perRow));
      for (let i = 0; i < rowCount; i++) {
        priceDenseRow(
          i,
          colCount,
          weights,
          capacity,
          minWeight,
          rowDual[i],
          colDual,
          tolerance,
          worst,
        );
      }
      emitViolations(worst, graph, out);
    },
  };
}

// The two passes over the matrix work a row at a time in functions of their own: called once
// per row, they are optimised after a few rows, where one long loop would run slowly until the
// engine compiled it mid-run (which costs most of the time on matrices of a few thousand rows).

/**
 * Offers row i's entries to its best-k list, to the columns' lists and to the greedy pick. The
 * row is read once, in order; almost every entry fails all three comparisons. Closed columns
 * have an infinite column threshold and are tested only when a row would take them. Row i
 * starts at column i, so ties do not all go to the lowest column ids.
 */
function selectDenseRow(
  i: number,
  m: number,
  w: Float64Array,
  cap: Int32Array,
  rows: TopLists,
  cols: TopLists,
  claimed: Int32Array,
  greedy: EdgeListBuilder,
  floor: number,
): void {
  const base = i * m;
  const rowThreshold = rows.threshold;
  const colThreshold = cols.threshold;
  let threshold = rowThreshold[i];
  let greedyWeight = floor;
  let greedyCol = -1;
  for (let t = 0, j = m === 0 ? 0 : i % m; t < m; t++, j = j + 1 === m ? 0 : j + 1) {
    const x = w[base + j];
    if (x > threshold && cap[j] > 0) {
      rows.offer(i, x, j, 0);
      threshold = rowThreshold[i];
    }
    if (x > colThreshold[j]) cols.offer(j, x, i, 0);
    if (x > greedyWeight && claimed[j] < cap[j]) {
      greedyWeight = x;
      greedyCol = j;
    }
  }
  if (greedyCol >= 0) {
    claimed[greedyCol]++;
    greedy.push(i, greedyCol, greedyWeight);
  }
}

/** Offers row i's edges that its duals fail to cover, by how much they fail. */
function priceDenseRow(
  i: number,
  m: number,
  w: Float64Array,
  cap: Int32Array,
  minWeight: number,
  rowDual: number,
  v: Float64Array,
  tolerance: number,
  worst: TopLists,
): void {
  const base = i * m;
  const limit = rowDual + tolerance;
  for (let j = 0; j < m; j++) {
    // Edges below minWeight are covered anyway: the duals are then non-negative.
    if (w[base + j] - v[j] > limit && cap[j] > 0 && w[base + j] >= minWeight) {
      worst.offer(i, w[base + j] - v[j] - rowDual, j, w[base + j]);
    }
  }
}

/** A source over a graph that already holds every usable edge (see buildGraph's minWeight). */
export function graphSource(all: BipartiteGraph): CandidateSource {
  const { rowCount, colCount, rowStart, col, weight, capacity } = all;
  return {
    rowCount,
    colCount,
    edgeCount: col.length,
    shortlist(k) {
      const rows = new TopLists(new Int32Array(rowCount).fill(k));
      const cols = new TopLists(columnListSizes(capacity, k, rowCount));
      const greedy = new EdgeListBuilder(rowCount);
      const claimed = new Int32Array(colCount);
      for (let i = 0; i < rowCount; i++) {
        const begin = rowStart[i];
        const degree = rowStart[i + 1] - begin;
        let greedyWeight = Number.NEGATIVE_INFINITY;
        let greedyCol = -1;
        // Rotated start, as in the dense source, so ties spread over the right nodes.
        for (let t = 0, e = begin + (degree === 0 ? 0 : i % degree); t < degree; t++) {
          const j = col[e];
          const w = weight[e];
          if (w > rows.threshold[i]) rows.offer(i, w, j, 0);
          if (w > cols.threshold[j]) cols.offer(j, w, i, 0);
          if (w > greedyWeight && claimed[j] < capacity[j]) {
            greedyWeight = w;
            greedyCol = j;
          }
          e = e + 1 === begin + degree ? begin : e + 1;
        }
        if (greedyCol >= 0) {
          claimed[greedyCol]++;
          greedy.push(i, greedyCol, greedyWeight);
        }
      }
      return collect(rows, cols, greedy, rowCount, colCount);
    },
    price(rowDual, colDual, tolerance, perRow, graph, out) {
      const worst = new TopLists(new Int32Array(rowCount).fill(perRow));
      for (let i = 0; i < rowCount; i++) {
        const limit = rowDual[i] + tolerance;
        for (let e = rowStart[i]; e < rowStart[i + 1]; e++) {
          const j = col[e];
          if (weight[e] - colDual[j] > limit) {
            worst.offer(i, weight[e] - colDual[j] - rowDual[i], j, weight[e]);
          }
        }
      }
      emitViolations(worst, graph, out);
    },
  };
}
