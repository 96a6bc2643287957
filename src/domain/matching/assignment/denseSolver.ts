import type { CoreAssignment } from './sparseSolver';

/**
 * The same successive shortest path method as `solveSparse`, for a full row-major weight matrix
 * in which every pair is allowed. Without edge lists, each Dijkstra step relaxes all unscanned
 * columns in one pass and picks the nearest in the same pass (Jonker and Volgenant's dense
 * augmentation), so a search costs O(m) per scanned column and the whole solve O(n^2 m) at worst.
 * `capacity` must already be cut to at most the number of rows.
 */
export function solveDense(
  rowCount: number,
  colCount: number,
  weights: Float64Array,
  capacity: Int32Array,
  unmatchedValue: number,
): CoreAssignment {
  const n = rowCount;
  const m = colCount;
  const b = unmatchedValue;
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j] + capacity[j];
  const rowCol = new Int32Array(n).fill(-1);
  const rowSlot = new Int32Array(n).fill(-1);
  const rowWeight = new Float64Array(n);
  const rowDual = new Float64Array(n);
  const colDual = new Float64Array(m);
  const load = new Int32Array(m);
  const slotRow = new Int32Array(slotStart[m]).fill(-1);

  // Columns that can take anybody; each search works on a copy it shrinks as columns are scanned.
  const open = new Int32Array(m);
  let openCount = 0;
  for (let j = 0; j < m; j++) if (capacity[j] > 0) open[openCount++] = j;
  const remaining = new Int32Array(openCount);
  const colDist = new Float64Array(m);
  const predRow = new Int32Array(m);
  const rowDist = new Float64Array(n);
  const scannedRows = new Int32Array(n);
  const scannedCols = new Int32Array(m);
  let searches = 0;

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
      rowWeight[r] = weights[r * m + targetCol];
      if (r === root) return;
      targetCol = oldCol;
      targetSlot = oldSlot;
      r = predRow[oldCol];
    }
  };

  for (let root = 0; root < n; root++) {
    const base = root * m;
    let best = b;
    let bestCol = -1;
    for (let t = 0; t < openCount; t++) {
      const j = open[t];
      const gain = weights[base + j] - colDual[j];
      if (gain > best || (gain === best && bestCol < 0)) {
        best = gain;
        bestCol = j;
      }
    }
    rowDual[root] = best;
    if (bestCol < 0) continue;
    if (load[bestCol] < capacity[bestCol]) {
      const slot = slotStart[bestCol] + load[bestCol]++;
      slotRow[slot] = root;
      rowSlot[root] = slot;
      rowCol[root] = bestCol;
      rowWeight[root] = weights[base + bestCol];
      continue;
    }

    searches++;
    remaining.set(open.subarray(0, openCount));
    let remainingCount = openCount;
    for (let t = 0; t < openCount; t++) colDist[open[t]] = Number.POSITIVE_INFINITY;
    scannedRows[0] = root;
    rowDist[root] = 0;
    let rowsQueued = 1;
    let rowsScanned = 0;
    let colsScanned = 0;
    let dropValue = best - b;
    let dropRow = root;
    let total: number;
    let endCol = -1;
    for (;;) {
      // Relax every remaining column from each queued row; the last pass also finds the closest
      // column, preferring an open one on ties because it ends the search at once.
      let nearest = -1;
      let nearestAt = -1;
      let nearestDist = Number.POSITIVE_INFINITY;
      while (rowsScanned < rowsQueued) {
        const r = scannedRows[rowsScanned++];
        const dist = rowDist[r];
        const ur = rowDual[r];
        if (dist + ur - b < dropValue) {
          dropValue = dist + ur - b;
          dropRow = r;
        }
        const rowBase = r * m;
        const shift = dist + ur;
        nearest = -1;
        nearestDist = Number.POSITIVE_INFINITY;
        for (let t = 0; t < remainingCount; t++) {
          const j = remaining[t];
          let d = shift + colDual[j] - weights[rowBase + j];
          if (d < colDist[j]) {
            colDist[j] = d;
            predRow[j] = r;
          } else {
            d = colDist[j];
          }
          if (d <= nearestDist && (d < nearestDist || load[j] < capacity[j])) {
            nearestDist = d;
            nearest = j;
            nearestAt = t;
          }
        }
      }
      const isOpen = nearest >= 0 && load[nearest] < capacity[nearest];
      if (nearestDist > dropValue || (nearestDist === dropValue && !isOpen)) {
        total = dropValue;
        break;
      }
      if (isOpen) {
        total = nearestDist;
        endCol = nearest;
        break;
      }
      const j = nearest;
      remaining[nearestAt] = remaining[--remainingCount];
      scannedCols[colsScanned++] = j;
      for (let s = slotStart[j], stop = slotStart[j + 1]; s < stop; s++) {
        const r = slotRow[s];
        scannedRows[rowsQueued++] = r;
        rowDist[r] = nearestDist;
      }
    }

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
    } else if (dropRow !== root) {
      const freedCol = rowCol[dropRow];
      const freedSlot = rowSlot[dropRow];
      rowCol[dropRow] = -1;
      rowSlot[dropRow] = -1;
      shiftAlongPath(root, freedCol, freedSlot);
    }
  }
  return { rowCol, rowWeight, rowDual, colDual, searches };
}
