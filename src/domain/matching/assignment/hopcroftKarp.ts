import type { BipartiteGraph } from './bipartiteGraph';
import type { VertexCover } from './types';

export interface CardinalityResult {
  size: number;
  /** Kőnig cover of the edges used, as large as the matching: the proof that it is maximum. */
  cover: VertexCover;
}

const UNREACHED = 0x7fffffff;

/**
 * Maximum number of rows that can be matched using only edges with weight >= minWeight
 * (Hopcroft–Karp, O(E sqrt(V))). A right node with capacity c is c interchangeable slots sharing
 * its edges, so a path through it swaps the occupant of one slot and nothing is expanded.
 */
export function maximumCardinality(graph: BipartiteGraph, minWeight: number): CardinalityResult {
  const { rowCount, colCount, rowStart, col, weight, capacity, slotStart } = graph;
  const rowCol = new Int32Array(rowCount).fill(-1);
  const rowSlot = new Int32Array(rowCount).fill(-1);
  const slotRow = new Int32Array(slotStart[colCount]).fill(-1);
  const load = new Int32Array(colCount);
  let size = 0;

  // A greedy start leaves Hopcroft–Karp only the contested rows.
  for (let i = 0; i < rowCount; i++) {
    for (let e = rowStart[i]; e < rowStart[i + 1]; e++) {
      const j = col[e];
      if (weight[e] >= minWeight && load[j] < capacity[j]) {
        const slot = slotStart[j] + load[j]++;
        slotRow[slot] = i;
        rowSlot[i] = slot;
        rowCol[i] = j;
        size++;
        break;
      }
    }
  }

  const level = new Int32Array(rowCount);
  const queue = new Int32Array(rowCount);
  const colPhase = new Int32Array(colCount);
  // All occupants of a full right node are first reached through it, so they share one level:
  // the node sits between colLevel and colLevel + 1, and only rows at colLevel may pass it.
  const colLevel = new Int32Array(colCount);
  const edgeNext = new Int32Array(rowCount);
  const slotNext = new Int32Array(colCount);
  const stackRow = new Int32Array(rowCount + 1);
  const stackCol = new Int32Array(rowCount + 1);
  const stackSlot = new Int32Array(rowCount + 1);
  let phase = 0;

  for (;;) {
    phase++;
    // Breadth-first layers of rows from the unmatched ones, through full right nodes.
    let head = 0;
    let tail = 0;
    for (let i = 0; i < rowCount; i++) {
      if (rowCol[i] < 0) {
        level[i] = 0;
        queue[tail++] = i;
      } else {
        level[i] = UNREACHED;
      }
    }
    let shortest = UNREACHED;
    while (head < tail) {
      const r = queue[head++];
      if (level[r] >= shortest) continue;
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const j = col[e];
        if (weight[e] < minWeight || j === rowCol[r]) continue;
        if (load[j] < capacity[j]) {
          shortest = level[r];
        } else if (colPhase[j] !== phase) {
          colPhase[j] = phase;
          colLevel[j] = level[r];
          for (let s = slotStart[j]; s < slotStart[j + 1]; s++) {
            const next = slotRow[s];
            if (level[next] === UNREACHED) {
              level[next] = level[r] + 1;
              queue[tail++] = next;
            }
          }
        }
      }
    }
    if (shortest === UNREACHED) {
      return { size, cover: konigCover(graph, rowCol, level, colPhase, phase) };
    }

    // Depth-first search for vertex-disjoint shortest paths along the layers.
    for (let i = 0; i < rowCount; i++) edgeNext[i] = rowStart[i];
    for (let j = 0; j < colCount; j++) slotNext[j] = slotStart[j];
    for (let start = 0; start < rowCount; start++) {
      if (rowCol[start] >= 0 || level[start] !== 0) continue;
      let depth = 0;
      stackRow[0] = start;
      while (depth >= 0) {
        const r = stackRow[depth];
        let advanced = false;
        while (edgeNext[r] < rowStart[r + 1]) {
          const e = edgeNext[r];
          const j = col[e];
          if (weight[e] < minWeight || j === rowCol[r]) {
            edgeNext[r]++;
            continue;
          }
          if (load[j] < capacity[j]) {
            // Found an open slot: shift every row on the stack one step along the path.
            let targetCol = j;
            let targetSlot = slotStart[j] + load[j]++;
            for (let d = depth; d >= 0; d--) {
              const moving = stackRow[d];
              slotRow[targetSlot] = moving;
              rowCol[moving] = targetCol;
              rowSlot[moving] = targetSlot;
              level[moving] = UNREACHED;
              if (d > 0) {
                targetCol = stackCol[d - 1];
                targetSlot = stackSlot[d - 1];
              }
            }
            size++;
            depth = -1;
            advanced = true;
            break;
          }
          let descended = false;
          while (
            colPhase[j] === phase &&
            colLevel[j] === level[r] &&
            slotNext[j] < slotStart[j + 1]
          ) {
            const s = slotNext[j];
            const next = slotRow[s];
            if (level[next] === level[r] + 1 && level[r] < shortest) {
              stackCol[depth] = j;
              stackSlot[depth] = s;
              stackRow[++depth] = next;
              descended = true;
              break;
            }
            slotNext[j]++;
          }
          if (descended) {
            advanced = true;
            break;
          }
          edgeNext[r]++;
        }
        if (!advanced) {
          // Dead end: nobody in this phase needs to try this row again.
          level[r] = UNREACHED;
          depth--;
        }
      }
    }
  }
}

/**
 * Rows reached from unmatched rows by alternating paths (level < UNREACHED in the last search)
 * and the right nodes seen from them: the unreached matched rows plus the seen right nodes touch
 * every edge, and count exactly the matching when no augmenting path is left.
 */
function konigCover(
  graph: BipartiteGraph,
  rowCol: Int32Array,
  level: Int32Array,
  colPhase: Int32Array,
  phase: number,
): VertexCover {
  const left: number[] = [];
  const right: number[] = [];
  let size = 0;
  for (let i = 0; i < graph.rowCount; i++) {
    if (level[i] === UNREACHED && rowCol[i] >= 0) {
      left.push(i);
      size++;
    }
  }
  for (let j = 0; j < graph.colCount; j++) {
    if (colPhase[j] === phase) {
      right.push(j);
      size += graph.capacity[j];
    }
  }
  return { left, right, size };
}
