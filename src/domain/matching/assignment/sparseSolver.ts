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
  const { rowCount, colCount, rowStart, col, weight, capacity, slotStart } = graph;
  const rowCol = new Int32Array(rowCount).fill(-1);
  const rowSlot = new Int32Array(rowCount).fill(-1);
  const rowWeight = new Float64Array(rowCount);
  const rowDual = new Float64Array(rowCount);
  const colDual = new Float64Array(colCount);
  const load = new Int32Array(colCount);
  const slotRow = new Int32Array(slotStart[colCount]).fill(-1);
  const state: AssignmentState = { rowCol, rowSlot, rowWeight, rowDual, colDual, load, slotRow };
  const b = unmatchedValue;
  const roots = auctionStart(graph, state, b);

  const colDist = new Float64Array(colCount);
  // 2 * search when a column got a label in that search, 2 * search + 1 once it is scanned.
  const colMark = new Int32Array(colCount);
  const predRow = new Int32Array(colCount);
  const predEdge = new Int32Array(colCount);
  const rowDist = new Float64Array(rowCount);
  const scannedRows = new Int32Array(rowCount);
  const scannedCols = new Int32Array(colCount);
  const heap = new MinHeap(256);
  let searches = 0;

  // Moves rows one step along the path that ends in `slot` of column `j`, back to the root.
  const shiftAlongPath = (root: number, j: number, slot: number): void => {
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
  };

  for (const root of roots) {
    const begin = rowStart[root];
    const end = rowStart[root + 1];
    let best = b;
    let bestCol = -1;
    let bestWeight = 0;
    for (let e = begin; e < end; e++) {
      const gain = weight[e] - colDual[col[e]];
      if (gain > best || (gain === best && bestCol < 0)) {
        best = gain;
        bestCol = col[e];
        bestWeight = weight[e];
      }
    }
    rowDual[root] = best;
    if (bestCol < 0) continue;
    if (load[bestCol] < capacity[bestCol]) {
      // The cheapest column is still open: the path is a single edge and no dual moves.
      const slot = slotStart[bestCol] + load[bestCol]++;
      slotRow[slot] = root;
      rowSlot[root] = slot;
      rowCol[root] = bestCol;
      rowWeight[root] = bestWeight;
      continue;
    }

    searches++;
    const labelled = 2 * searches;
    const scanned = labelled + 1;
    heap.clear();
    // Rows are queued when their column is scanned and relaxed in order; scannedRows doubles as
    // the queue and as the list whose duals move after the search.
    scannedRows[0] = root;
    rowDist[root] = 0;
    let rowsQueued = 1;
    let rowsScanned = 0;
    let colsScanned = 0;
    // The best way found so far to end the path: an open column, or a row giving up its match.
    let bestValue = best - b;
    let endCol = -1;
    let endRow = root;
    for (;;) {
      while (rowsScanned < rowsQueued) {
        const r = scannedRows[rowsScanned++];
        const dist = rowDist[r];
        const ur = rowDual[r];
        if (dist + ur - b < bestValue) {
          bestValue = dist + ur - b;
          endCol = -1;
          endRow = r;
        }
        const own = rowCol[r];
        const base = dist + ur;
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
            if (next < bestValue || (next === bestValue && endCol < 0)) {
              bestValue = next;
              endCol = j;
            }
          } else if (next < bestValue) {
            heap.push(next, j);
          }
        }
      }
      let j = -1;
      while (heap.size > 0 && heap.topKey() < bestValue) {
        const candidate = heap.topNode();
        const dist = heap.topKey();
        heap.pop();
        if (colMark[candidate] !== scanned && dist <= colDist[candidate]) {
          j = candidate;
          break;
        }
      }
      if (j < 0) break;
      colMark[j] = scanned;
      scannedCols[colsScanned++] = j;
      const dist = colDist[j];
      for (let s = slotStart[j], stop = slotStart[j + 1]; s < stop; s++) {
        const r = slotRow[s];
        scannedRows[rowsQueued++] = r;
        rowDist[r] = dist;
      }
    }

    const total = bestValue;
    for (let t = 0; t < rowsQueued; t++) {
      const r = scannedRows[t];
      const delta = total - rowDist[r];
      if (delta > 0) rowDual[r] -= delta;
    }
    for (let t = 0; t < colsScanned; t++) {
      const j = scannedCols[t];
      const delta = total - colDist[j];
      if (delta > 0) colDual[j] += delta;
    }

    if (endCol >= 0) {
      shiftAlongPath(root, endCol, slotStart[endCol] + load[endCol]++);
    } else if (endRow !== root) {
      const freedCol = rowCol[endRow];
      const freedSlot = rowSlot[endRow];
      rowCol[endRow] = -1;
      rowSlot[endRow] = -1;
      shiftAlongPath(root, freedCol, freedSlot);
    }
  }
  return { rowCol, rowWeight, rowDual, colDual, searches };
}
