import type { BipartiteGraph } from './bipartiteGraph';

/** The assignment and duals the sparse solver works on, shared with its start-up phase. */
export interface AssignmentState {
  rowCol: Int32Array;
  rowSlot: Int32Array;
  rowWeight: Float64Array;
  rowDual: Float64Array;
  colDual: Float64Array;
  load: Int32Array;
  slotRow: Int32Array;
}

/**
 * Jonker and Volgenant's augmenting row reduction, in the maximising form: an auction without
 * epsilon in which each free row takes its best column and raises that column's price to what
 * its second-best option is worth, possibly pushing out the previous holder, who bids next.
 * It settles most rows for a few edge scans each and leaves prices that keep the later shortest
 * path searches short.
 *
 * Everything it leaves behind satisfies the sparse solver's invariants: every matched edge is
 * tight, every edge is covered by the duals, a column with room has dual 0 (only single-seat
 * columns, full once taken, get a price) and an unmatched row has dual `unmatchedValue`.
 * Returns the rows still free, in order, for the shortest path phase.
 */
export function auctionStart(
  graph: BipartiteGraph,
  state: AssignmentState,
  unmatchedValue: number,
): Int32Array {
  const { rowCount, rowStart, col, weight, capacity, slotStart } = graph;
  const { rowCol, rowSlot, rowWeight, rowDual, colDual, load, slotRow } = state;
  const b = unmatchedValue;
  let free = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) free[i] = i;
  let freeCount = rowCount;
  const leftover = new Int32Array(rowCount);
  let leftoverCount = 0;
  // Zero-increment bids can chase each other; a budget of steps keeps the phase cheap.
  let budget = 4 * rowCount + col.length;

  const take = (i: number, j: number, slot: number, w: number, dual: number): void => {
    slotRow[slot] = i;
    rowSlot[i] = slot;
    rowCol[i] = j;
    rowWeight[i] = w;
    rowDual[i] = dual;
  };

  for (let pass = 0; pass < 2 && freeCount > 0; pass++) {
    const current = free;
    const count = freeCount;
    free = new Int32Array(rowCount);
    freeCount = 0;
    for (let k = 0; k < count; k++) {
      let i = current[k];
      while (i >= 0) {
        if (budget-- <= 0) {
          leftover[leftoverCount++] = i;
          break;
        }
        let best = Number.NEGATIVE_INFINITY;
        let bestEdge = -1;
        let second = Number.NEGATIVE_INFINITY;
        let secondEdge = -1;
        for (let e = rowStart[i]; e < rowStart[i + 1]; e++) {
          const gain = weight[e] - colDual[col[e]];
          if (gain > best) {
            second = best;
            secondEdge = bestEdge;
            best = gain;
            bestEdge = e;
          } else if (gain > second) {
            second = gain;
            secondEdge = e;
          }
        }
        if (bestEdge < 0 || best <= b) {
          // Staying unmatched is at least as good as any column, now and (prices only rise) later.
          rowDual[i] = b;
          break;
        }
        if (second <= b) {
          second = b;
          secondEdge = -1;
        }
        const j = col[bestEdge];
        if (capacity[j] > 1) {
          // A shared column cannot be priced without upsetting its other holders.
          if (load[j] < capacity[j]) take(i, j, slotStart[j] + load[j]++, weight[bestEdge], best);
          else leftover[leftoverCount++] = i;
          break;
        }
        const holder = slotRow[slotStart[j]];
        if (best > second) {
          colDual[j] += best - second;
          if (holder < 0) load[j]++;
          else rowCol[holder] = -1;
          take(i, j, slotStart[j], weight[bestEdge], second);
          // Jonker and Volgenant let the row just pushed out bid at once while prices rise.
          i = holder;
          continue;
        }
        if (holder < 0) {
          load[j]++;
          take(i, j, slotStart[j], weight[bestEdge], best);
          break;
        }
        // A tie for a taken column: take the runner-up instead, so no bid goes round for nothing.
        // (A tie means second = best > unmatchedValue, so the runner-up is a real column.)
        const other = col[secondEdge];
        if (capacity[other] > 1) {
          if (load[other] < capacity[other]) {
            take(i, other, slotStart[other] + load[other]++, weight[secondEdge], second);
          } else {
            leftover[leftoverCount++] = i;
          }
          break;
        }
        const otherHolder = slotRow[slotStart[other]];
        if (otherHolder < 0) load[other]++;
        else rowCol[otherHolder] = -1;
        take(i, other, slotStart[other], weight[secondEdge], second);
        if (otherHolder >= 0) free[freeCount++] = otherHolder;
        break;
      }
    }
  }
  for (let k = 0; k < freeCount; k++) leftover[leftoverCount++] = free[k];
  return leftover.subarray(0, leftoverCount);
}
