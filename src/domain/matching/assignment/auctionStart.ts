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
 * epsilon in which each free row takes its best seat and raises that seat's price to what its
 * second-best option is worth, possibly pushing out the previous holder, who bids next. It
 * settles most rows for a few edge scans each and leaves prices that keep the later shortest
 * path searches short.
 *
 * A column with capacity c is c seats with a price each, so popular mentors get priced too. At
 * the end every column takes its cheapest seat's price as its dual (0 while a seat is empty) and
 * its holders' duals rise to match, which only loosens their other edges. What is left behind
 * satisfies the sparse solver's invariants: every matched edge is tight, every edge is covered,
 * a column with room has dual 0, an unmatched row has dual `unmatchedValue`, and each column's
 * holders fill its first seats. Returns the rows still free, in order, for the search phase.
 */
export function auctionStart(
  graph: BipartiteGraph,
  state: AssignmentState,
  unmatchedValue: number,
): Int32Array {
  const { rowCount, colCount, rowStart, col, weight, capacity, slotStart } = graph;
  const { rowCol, rowSlot, rowWeight, rowDual, colDual, load, slotRow } = state;
  const b = unmatchedValue;
  const seatPrice = new Float64Array(slotStart[colCount]);
  // Price of each column's cheapest seat: what taking the column costs a bidder.
  const cheapest = new Float64Array(colCount);
  let free = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) free[i] = i;
  let freeCount = rowCount;
  const leftover = new Int32Array(rowCount);
  let leftoverCount = 0;
  // Zero-increment bids can chase each other; a budget of steps keeps the phase cheap.
  let budget = 4 * rowCount + col.length;

  /** The cheapest seat of column j other than `except` (an empty seat costs 0). */
  const cheapestSeat = (j: number, except: number): number => {
    let seat = -1;
    for (let s = slotStart[j]; s < slotStart[j + 1]; s++) {
      if (s !== except && (seat < 0 || seatPrice[s] < seatPrice[seat])) seat = s;
    }
    return seat;
  };

  /** Seats row i in `seat` of column j at dual `dual`, returning whoever held it (or -1). */
  const take = (i: number, j: number, seat: number, edge: number, dual: number): number => {
    const holder = slotRow[seat];
    if (holder < 0) load[j]++;
    else rowCol[holder] = -1;
    slotRow[seat] = i;
    rowSlot[i] = seat;
    rowCol[i] = j;
    rowWeight[i] = weight[edge];
    rowDual[i] = dual;
    cheapest[j] = load[j] < capacity[j] ? 0 : seatPrice[cheapestSeat(j, -1)];
    return holder;
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
          const gain = weight[e] - cheapest[col[e]];
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
        const j = col[bestEdge];
        const seat = cheapestSeat(j, -1);
        // The column's next seat is an option too, as good as another column with that gain.
        const nextSeat = cheapestSeat(j, seat);
        if (nextSeat >= 0 && weight[bestEdge] - seatPrice[nextSeat] > second) {
          second = weight[bestEdge] - seatPrice[nextSeat];
          secondEdge = bestEdge;
        }
        if (second <= b) {
          second = b;
          secondEdge = -1;
        }
        if (best > second) {
          seatPrice[seat] += best - second;
          // Jonker and Volgenant let the row just pushed out bid at once while prices rise.
          i = take(i, j, seat, bestEdge, second);
          continue;
        }
        if (slotRow[seat] < 0) {
          take(i, j, seat, bestEdge, best);
          break;
        }
        // A tie for a taken seat: take the runner-up instead, so no bid goes round for nothing.
        // (A tie means second = best > unmatchedValue, so the runner-up is a real seat.)
        const runnerUp = col[secondEdge];
        const runnerUpSeat = secondEdge === bestEdge ? nextSeat : cheapestSeat(runnerUp, -1);
        const pushedOut = take(i, runnerUp, runnerUpSeat, secondEdge, second);
        if (pushedOut >= 0) free[freeCount++] = pushedOut;
        break;
      }
    }
  }
  for (let k = 0; k < freeCount; k++) leftover[leftoverCount++] = free[k];

  // One dual per column: its cheapest seat's price, or 0 while it has room. Holders who paid
  // more for their seat get the difference back, which keeps their edge tight. Holders move to
  // the column's first seats, where the search phase expects them.
  for (let j = 0; j < colCount; j++) {
    const price = load[j] < capacity[j] ? 0 : cheapest[j];
    colDual[j] = price;
    let filled = slotStart[j];
    for (let s = slotStart[j]; s < slotStart[j + 1]; s++) {
      const holder = slotRow[s];
      if (holder < 0) continue;
      rowDual[holder] = rowWeight[holder] - price;
      slotRow[s] = -1;
      slotRow[filled] = holder;
      rowSlot[holder] = filled++;
    }
  }
  return leftover.subarray(0, leftoverCount);
}
