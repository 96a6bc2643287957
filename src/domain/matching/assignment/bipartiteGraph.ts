/** Edges as three parallel typed arrays; `length` may be below the arrays' size. */
export interface EdgeList {
  left: Int32Array;
  right: Int32Array;
  weight: Float64Array;
  length: number;
}

/** Appends edges into growing typed arrays, so collecting candidates never boxes numbers. */
export class EdgeListBuilder {
  private list: EdgeList;

  constructor(initialCapacity = 1024) {
    const size = Math.max(16, initialCapacity);
    this.list = {
      left: new Int32Array(size),
      right: new Int32Array(size),
      weight: new Float64Array(size),
      length: 0,
    };
  }

  get length(): number {
    return this.list.length;
  }

  push(left: number, right: number, weight: number): void {
    const list = this.list;
    if (list.length === list.left.length) this.grow();
    const at = this.list.length++;
    this.list.left[at] = left;
    this.list.right[at] = right;
    this.list.weight[at] = weight;
  }

  append(edges: EdgeList): void {
    for (let e = 0; e < edges.length; e++)
      this.push(edges.left[e], edges.right[e], edges.weight[e]);
  }

  build(): EdgeList {
    return this.list;
  }

  private grow(): void {
    const old = this.list;
    const size = old.left.length * 2;
    const left = new Int32Array(size);
    const right = new Int32Array(size);
    const weight = new Float64Array(size);
    left.set(old.left);
    right.set(old.right);
    weight.set(old.weight);
    this.list = { left, right, weight, length: old.length };
  }
}

/**
 * Compressed rows (CSR) with each right node's capacity cut to its degree: a mentor cannot take
 * more mentees than there are allowed pairs, and the solvers size per-mentor slot arrays by it.
 */
export interface BipartiteGraph {
  rowCount: number;
  colCount: number;
  rowStart: Int32Array;
  col: Int32Array;
  weight: Float64Array;
  capacity: Int32Array;
  /** Prefix sums of `capacity`: right node j owns slots slotStart[j]..slotStart[j+1]-1. */
  slotStart: Int32Array;
}

/**
 * Builds the graph from the edges with weight >= minWeight towards right nodes with capacity,
 * keeping the best weight of a pair listed twice.
 */
export function buildGraph(
  rowCount: number,
  colCount: number,
  capacity: Int32Array,
  edges: EdgeList,
  minWeight = Number.NEGATIVE_INFINITY,
): BipartiteGraph {
  const rowStart = new Int32Array(rowCount + 1);
  for (let e = 0; e < edges.length; e++) {
    if (edges.weight[e] >= minWeight && capacity[edges.right[e]] > 0) rowStart[edges.left[e] + 1]++;
  }
  for (let i = 0; i < rowCount; i++) rowStart[i + 1] += rowStart[i];
  const total = rowStart[rowCount];
  const col = new Int32Array(total);
  const weight = new Float64Array(total);
  const fill = rowStart.slice(0, rowCount);
  for (let e = 0; e < edges.length; e++) {
    const w = edges.weight[e];
    const j = edges.right[e];
    if (w >= minWeight && capacity[j] > 0) {
      const at = fill[edges.left[e]]++;
      col[at] = j;
      weight[at] = w;
    }
  }

  // Drop repeated pairs in place; lastSeen[j] holds the position of j in the current row.
  const lastSeen = new Int32Array(colCount).fill(-1);
  const degree = new Int32Array(colCount);
  let write = 0;
  let start = 0;
  for (let i = 0; i < rowCount; i++) {
    const end = rowStart[i + 1];
    const rowBegin = write;
    for (let at = start; at < end; at++) {
      const j = col[at];
      const seen = lastSeen[j];
      if (seen >= rowBegin) {
        if (weight[at] > weight[seen]) weight[seen] = weight[at];
        continue;
      }
      lastSeen[j] = write;
      col[write] = j;
      weight[write] = weight[at];
      degree[j]++;
      write++;
    }
    rowStart[i] = rowBegin;
    start = end;
  }
  rowStart[rowCount] = write;

  const effective = new Int32Array(colCount);
  const slotStart = new Int32Array(colCount + 1);
  for (let j = 0; j < colCount; j++) {
    effective[j] = Math.min(capacity[j], degree[j]);
    slotStart[j + 1] = slotStart[j] + effective[j];
  }
  return {
    rowCount,
    colCount,
    rowStart,
    col: write === total ? col : col.slice(0, write),
    weight: write === total ? weight : weight.slice(0, write),
    capacity: effective,
    slotStart,
  };
}
