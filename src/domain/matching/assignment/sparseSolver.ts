import { type AssignmentState, auctionStart } from './auctionStart';
import type { BipartiteGraph } from './bipartiteGraph';
import { MinHeap } from './minHeap';

/**
 * An optimal assignment with its dual solution, in the maximising form of the LP:
 *   rowDual[i] + colDual[j] >= w(i, j) on every edge,  rowDual[i] >= unmatchedValue,
 *   colDual[j] >= 0 and 0 unless column j is full, with equality on every used edge and
 *   rowDual[i] = unmatchedValue for every unmatched row.
 */
export interface CoreAssignment {
  /** Column of each row, -1 when unmatched. */
  rowCol: Int32Array;
  /** Weight of the edge each matched row uses. */
  rowWeight: Float64Array;
  rowDual: Float64Array;
  colDual: Float64Array;
  searches: number;
}

/**
 * Successive shortest augmenting paths (the Hungarian method as Jonker and Volgenant run it),
 * one row at a time, on a sparse graph with capacities. Each row may instead stay unmatched at
 * value `unmatchedValue`: 0 makes matching optional, a large negative value makes every extra
 * matched row worth more than any weight difference. Dijkstra runs on reduced costs
 * rowDual + colDual - w, which the dual update keeps non-negative, so every search is exact.
 *
 * A row that ends unmatched is never revisited: it is reachable only through its own
 * "unmatched" arc, which is then used up, so later paths cannot pass through it.
 *
 * An auction phase (auctionStart) settles most rows first; the searches handle the rest.
 */
export function solveSparse(graph: BipartiteGraph, unmatchedValue: number): CoreAssignment {
  const { rowCount, colCount, slotStart } = graph;
  const state: AssignmentState = {
    rowCol: new Int32Array(rowCount).fill(-1),
    rowSlot: new Int32Array(rowCount).fill(-1),
    rowWeight: new Float64Array(rowCount),
    rowDual: new Float64Array(rowCount),
    colDual: new Float64Array(colCount),
    load: new Int32Array(colCount),
    slotRow: new Int32Array(slotStart[colCount]).fill(-1),
  };
  const roots = auctionStart(graph, state, unmatchedValue);
  const searcher = new PathSearch(graph, state, unmatchedValue);
  for (let t = 0; t < roots.length; t++) searcher.settle(roots[t]);
  return {
    rowCol: state.rowCol,
    rowWeight: state.rowWeight,
    rowDual: state.rowDual,
    colDual: state.colDual,
    searches: searcher.searches,
  };
}

/**
 * The search state, reused across rows. Kept as small methods on one object so that the engine
 * optimises each hot loop after a few calls, instead of waiting for one long function to be
 * compiled mid-run: that wait used to dominate solves of a few thousand rows.
 */
class PathSearch {
  searches = 0;
  private readonly colDist: Float64Array;
  // 2 * search when a column got a label in that search, 2 * search + 1 once it is scanned.
  private readonly colMark: Int32Array;
  private readonly predRow: Int32Array;
  private readonly predEdge: Int32Array;
  private readonly rowDist: Float64Array;
  /** Rows reached in this search, in order: the queue to relax and the duals to move. */
  private readonly scannedRows: Int32Array;
  private readonly scannedCols: Int32Array;
  private readonly heap = new MinHeap(256);
  private rowsQueued = 0;
  private colsScanned = 0;
  private labelled = 0;
  private scanned = 1;
  /** The best way found so far to end the path: an open column, or a row giving up its match. */
  private bestValue = 0;
  private endCol = -1;
  private endRow = -1;

  constructor(
    private readonly graph: BipartiteGraph,
    private readonly state: AssignmentState,
    private readonly unmatchedValue: number,
  ) {
    const { rowCount, colCount } = graph;
    this.colDist = new Float64Array(colCount);
    this.colMark = new Int32Array(colCount);
    this.predRow = new Int32Array(colCount);
    this.predEdge = new Int32Array(colCount);
    this.rowDist = new Float64Array(rowCount);
    this.scannedRows = new Int32Array(rowCount);
    this.scannedCols = new Int32Array(colCount);
  }

  /** Matches `root` (or leaves it unmatched) along a shortest augmenting path. */
  settle(root: number): void {
    const { rowStart, col, weight, capacity, slotStart } = this.graph;
    const { rowCol, rowSlot, rowWeight, rowDual, colDual, load, slotRow } = this.state;
    const b = this.unmatchedValue;
    let best = b;
    let bestEdge = -1;
    for (let e = rowStart[root]; e < rowStart[root + 1]; e++) {
      const gain = weight[e] - colDual[col[e]];
      if (gain > best || (gain === best && bestEdge < 0)) {
        best = gain;
        bestEdge = e;
      }
    }
    rowDual[root] = best;
    if (bestEdge < 0) return;
    const bestCol = col[bestEdge];
    if (load[bestCol] < capacity[bestCol]) {
      // The cheapest column is still open: the path is a single edge and no dual moves.
      const slot = slotStart[bestCol] + load[bestCol]++;
      slotRow[slot] = root;
      rowSlot[root] = slot;
      rowCol[root] = bestCol;
      rowWeight[root] = weight[bestEdge];
      return;
    }
    this.search(root, best - b);
  }

  private search(root: number, dropValue: number): void {
    const { slotStart } = this.graph;
    const { rowCol, rowSlot, rowDual, colDual, load, slotRow } = this.state;
    const { colDist, scannedRows, scannedCols, rowDist, heap, colMark } = this;
    this.searches++;
    this.labelled = 2 * this.searches;
    this.scanned = this.labelled + 1;
    heap.clear();
    scannedRows[0] = root;
    rowDist[root] = 0;
    this.rowsQueued = 1;
    this.colsScanned = 0;
    this.bestValue = dropValue;
    this.endCol = -1;
    this.endRow = root;
    let rowsScanned = 0;
    for (;;) {
      while (rowsScanned < this.rowsQueued) this.scanRow(scannedRows[rowsScanned++]);
      const j = this.nextColumn();
      if (j < 0) break;
      colMark[j] = this.scanned;
      scannedCols[this.colsScanned++] = j;
      const dist = colDist[j];
      for (let s = slotStart[j], stop = slotStart[j + 1]; s < stop; s++) {
        const r = slotRow[s];
        scannedRows[this.rowsQueued++] = r;
        rowDist[r] = dist;
      }
    }

    const total = this.bestValue;
    for (let t = 0; t < this.rowsQueued; t++) {
      const r = scannedRows[t];
      const delta = total - rowDist[r];
      if (delta > 0) rowDual[r] -= delta;
    }
    for (let t = 0; t < this.colsScanned; t++) {
      const j = scannedCols[t];
      const delta = total - colDist[j];
      if (delta > 0) colDual[j] += delta;
    }

    const { endCol, endRow } = this;
    if (endCol >= 0) {
      this.shiftAlongPath(root, endCol, slotStart[endCol] + load[endCol]++);
    } else if (endRow !== root) {
      const freedCol = rowCol[endRow];
      const freedSlot = rowSlot[endRow];
      rowCol[endRow] = -1;
      rowSlot[endRow] = -1;
      this.shiftAlongPath(root, freedCol, freedSlot);
    }
  }

  /** Relaxes every edge of row r, reached at its recorded distance. */
  private scanRow(r: number): void {
    const { rowStart, col, weight, capacity } = this.graph;
    const { rowCol, rowDual, colDual, load } = this.state;
    const { colDist, colMark, predRow, predEdge } = this;
    const dist = this.rowDist[r];
    const ur = rowDual[r];
    const drop = dist + ur - this.unmatchedValue;
    if (drop < this.bestValue) {
      this.bestValue = drop;
      this.endCol = -1;
      this.endRow = r;
    }
    const own = rowCol[r];
    const base = dist + ur;
    const labelled = this.labelled;
    const scanned = this.scanned;
    let bestValue = this.bestValue;
    for (let e = rowStart[r], stop = rowStart[r + 1]; e < stop; e++) {
      const j = col[e];
      const next = base + colDual[j] - weight[e];
      // Past the best end found so far a label is useless: it would never be scanned.
      if (next > bestValue || j === own) continue;
      const mark = colMark[j];
      if (mark === scanned || (mark === labelled && next >= colDist[j])) continue;
      colMark[j] = labelled;
      colDist[j] = next;
      predRow[j] = r;
      predEdge[j] = e;
      if (load[j] < capacity[j]) {
        // Open columns end the path, so they never need to enter the queue.
        if (next < bestValue || (next === bestValue && this.endCol < 0)) {
          bestValue = next;
          this.bestValue = next;
          this.endCol = j;
        }
      } else if (next < bestValue) {
        this.heap.push(next, j);
      }
    }
  }

  /** The closest labelled column not yet scanned and nearer than the best end, or -1. */
  private nextColumn(): number {
    const { heap, colMark, colDist } = this;
    while (heap.size > 0 && heap.topKey() < this.bestValue) {
      const candidate = heap.topNode();
      const dist = heap.topKey();
      heap.pop();
      if (colMark[candidate] !== this.scanned && dist <= colDist[candidate]) return candidate;
    }
    return -1;
  }

  /** Moves rows one step along the path that ends in `slot` of column `j`, back to the root. */
  private shiftAlongPath(root: number, j: number, slot: number): void {
    const { weight } = this.graph;
    const { rowCol, rowSlot, rowWeight, slotRow } = this.state;
    const { predRow, predEdge } = this;
    let targetCol = j;
    let targetSlot = slot;
    let r = predRow[j];
    for (;;) {
      const oldCol = rowCol[r];
      const oldSlot = rowSlot[r];
      slotRow[targetSlot] = r;
      rowSlot[r] = targetSlot;
      rowCol[r] = targetCol;
      rowWeight[r] = weight[predEdge[targetCol]];
      if (r === root) return;
      targetCol = oldCol;
      targetSlot = oldSlot;
      r = predRow[oldCol];
    }
  }
}
