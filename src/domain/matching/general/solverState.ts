/**
 * State of the primal-dual (Edmonds) solver, and the bookkeeping that keeps it cheap.
 *
 * Ids 0..n-1 are vertices (trivial blossoms), n..2n-1 non-trivial blossoms. Every free vertex
 * roots its own alternating tree and all trees grow at once under one global dual offset
 * `delta`: an S vertex's dual falls by the growth of `delta`, a T vertex's rises, and a
 * top-level blossom's dual changes twice as fast in the opposite direction. Duals are stored as
 * (value, offset when the rate last changed, rate), so moving `delta` costs nothing; every
 * moment at which an edge becomes tight, an S dual reaches zero or a T blossom's dual runs out
 * is an entry in one event queue. Trees outlive augmentations: only the two trees that met are
 * taken apart, so work stays proportional to the part of the graph that changes.
 */
import { EventQueue } from './eventQueue';

export const UNLABELED = 0;
export const S = 1;
export const T = 2;
/** Breadcrumb bit used while tracing two tree paths to their meeting point. */
export const CRUMB = 4;

/** Event kinds, stored in the low two bits of a queue item. */
export const EDGE_TIGHT = 0;
export const VERTEX_ZERO = 1;
export const BLOSSOM_ZERO = 2;

export class SolverState {
  readonly n: number;
  readonly edgeU: Int32Array;
  readonly edgeV: Int32Array;
  readonly weight: Float64Array;
  /** Adjacency (CSR) of the edges the solver may use: edge ids of vertex v are in [start[v], start[v+1]). */
  adjStart: Int32Array;
  adjEdge: Int32Array;

  readonly mate: Int32Array;
  readonly mateEdge: Int32Array;

  /**
   * The top-level blossom of vertex v is setTop[setOf[v]]. Shrinking and expanding hand the set
   * id of the biggest child over and relabel only the smaller ones, so a giant blossom that
   * grows or shrinks a little at a time costs little each time.
   */
  readonly setOf: Int32Array;
  readonly setTop: Int32Array;
  readonly blossomSet: Int32Array;
  readonly unusedSets: number[] = [];
  readonly size: Int32Array;
  readonly parent: Int32Array;
  readonly base: Int32Array;
  /** Sub-blossoms in cycle order starting at the base; edge i joins child i (at end i) to child i+1. */
  readonly children: number[][];
  readonly childEdge: number[][];
  readonly childEnd: number[][];
  readonly unusedBlossoms: number[] = [];

  readonly label: Uint8Array;
  /** Edge through which a labelled top-level blossom got its label (-1 at a root)… */
  readonly labelEdge: Int32Array;
  /** …and its endpoint inside the blossom. */
  readonly labelTo: Int32Array;
  readonly tree: Int32Array;
  readonly treeMembers: (number[] | null)[];
  liveTrees = 0;

  readonly dualValue: Float64Array;
  readonly dualSince: Float64Array;
  readonly dualRate: Int8Array;
  readonly stamp: Int32Array;
  /** Earliest queued event time from an S vertex to this unlabelled vertex, valid while `bestStamp` = `stamp`. */
  readonly bestKey: Float64Array;
  readonly bestStamp: Int32Array;
  /** Earliest queued time at which an S dual of the tree reaches zero. */
  readonly treeZeroKey: Float64Array;
  readonly zValue: Float64Array;
  readonly zSince: Float64Array;
  readonly zRate: Int8Array;
  readonly zStamp: Int32Array;
  delta = 0;

  readonly queue: EventQueue;
  /** Phase one (plain maximum weight): S duals may not go below zero and only positive edges count. */
  stopAtZero = true;

  blossomsFormed = 0;
  augmentations = 0;
  events = 0;

  private readonly leafStack: number[] = [];

  constructor(
    n: number,
    edgeU: Int32Array,
    edgeV: Int32Array,
    weight: Float64Array,
    edges: Int32Array,
  ) {
    this.n = n;
    this.edgeU = edgeU;
    this.edgeV = edgeV;
    this.weight = weight;
    this.adjStart = new Int32Array(n + 1);
    this.adjEdge = new Int32Array(0);
    this.setEdges(edges);

    this.mate = new Int32Array(n).fill(-1);
    this.mateEdge = new Int32Array(n).fill(-1);
    this.setOf = new Int32Array(n);
    this.setTop = new Int32Array(n);
    this.blossomSet = new Int32Array(2 * n).fill(-1);
    this.size = new Int32Array(2 * n);
    for (let v = 0; v < n; v++) {
      this.setOf[v] = v;
      this.setTop[v] = v;
      this.blossomSet[v] = v;
      this.size[v] = 1;
    }
    this.parent = new Int32Array(2 * n).fill(-1);
    this.base = new Int32Array(2 * n).fill(-1);
    for (let v = 0; v < n; v++) this.base[v] = v;
    this.children = new Array(2 * n);
    this.childEdge = new Array(2 * n);
    this.childEnd = new Array(2 * n);
    for (let b = 2 * n - 1; b >= n; b--) this.unusedBlossoms.push(b);

    this.label = new Uint8Array(2 * n);
    this.labelEdge = new Int32Array(2 * n).fill(-1);
    this.labelTo = new Int32Array(2 * n).fill(-1);
    this.tree = new Int32Array(2 * n).fill(-1);
    this.treeMembers = new Array(n).fill(null);

    this.dualValue = new Float64Array(n);
    this.dualSince = new Float64Array(n);
    this.dualRate = new Int8Array(n);
    this.stamp = new Int32Array(n);
    this.bestKey = new Float64Array(n);
    this.bestStamp = new Int32Array(n).fill(-1);
    this.treeZeroKey = new Float64Array(n);
    this.zValue = new Float64Array(2 * n);
    this.zSince = new Float64Array(2 * n);
    this.zRate = new Int8Array(2 * n);
    this.zStamp = new Int32Array(2 * n);
    this.queue = new EventQueue(4 * n + 16);
  }

  /** Restricts the solver to the given edge ids (the matching must already use only these). */
  setEdges(edges: Int32Array): void {
    const { n, edgeU, edgeV } = this;
    const start = new Int32Array(n + 1);
    for (let k = 0; k < edges.length; k++) {
      start[edgeU[edges[k]] + 1]++;
      start[edgeV[edges[k]] + 1]++;
    }
    for (let v = 0; v < n; v++) start[v + 1] += start[v];
    const fill = start.slice(0, n);
    const adj = new Int32Array(2 * edges.length);
    for (let k = 0; k < edges.length; k++) {
      const e = edges[k];
      adj[fill[edgeU[e]]++] = e;
      adj[fill[edgeV[e]]++] = e;
    }
    this.adjStart = start;
    this.adjEdge = adj;
  }

  /** Forgets all queued events; only valid while no tree is alive, when every dual is frozen. */
  clearSchedule(): void {
    this.delta = 0;
    this.queue.size = 0;
    this.bestStamp.fill(-1);
  }

  /** The top-level blossom holding vertex v. */
  top(v: number): number {
    return this.setTop[this.setOf[v]];
  }

  other(e: number, v: number): number {
    return this.edgeU[e] ^ this.edgeV[e] ^ v;
  }

  dual(v: number): number {
    return this.dualValue[v] + this.dualRate[v] * (this.delta - this.dualSince[v]);
  }

  z(b: number): number {
    return this.zValue[b] + this.zRate[b] * (this.delta - this.zSince[b]);
  }

  /** Changes how a vertex dual moves with `delta`; queued events computed from the old rate die. */
  setVertexRate(v: number, rate: number): void {
    if (this.dualRate[v] === rate) return;
    this.dualValue[v] = this.dual(v);
    this.dualSince[v] = this.delta;
    this.dualRate[v] = rate;
    this.stamp[v]++;
  }

  setBlossomRate(b: number, rate: number): void {
    if (this.zRate[b] === rate) return;
    this.zValue[b] = this.z(b);
    this.zSince[b] = this.delta;
    this.zRate[b] = rate;
    this.zStamp[b]++;
  }

  /** Appends the vertices of blossom b to `out`. */
  leaves(b: number, out: number[]): void {
    if (b < this.n) {
      out.push(b);
      return;
    }
    const stack = this.leafStack;
    stack.push(b);
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t < this.n) out.push(t);
      else for (const c of this.children[t]) stack.push(c);
    }
  }

  /**
   * Queues the future events of a vertex that has just become S. Towards an unlabelled vertex
   * only an edge that beats that vertex's best so far is queued, as only the first one matters.
   */
  scheduleS(v: number): void {
    const { edgeU, edgeV, weight, setOf, setTop, dualRate, stamp, queue, adjEdge } = this;
    const { bestKey, bestStamp } = this;
    const sv = setOf[v];
    const bv = setTop[sv];
    const uv = this.dual(v);
    const delta = this.delta;
    const positiveOnly = this.stopAtZero;
    for (let k = this.adjStart[v], end = this.adjStart[v + 1]; k < end; k++) {
      const e = adjEdge[k];
      const x = edgeU[e] ^ edgeV[e] ^ v;
      const rate = dualRate[x];
      if (rate === 1 || setOf[x] === sv) continue;
      const w = weight[e];
      if (positiveOnly && w <= 0) continue;
      const slack = uv + this.dual(x) - w;
      let key: number;
      if (rate === -1) {
        // Between two S vertices the slack closes twice as fast.
        key = delta + slack / 2;
      } else {
        key = delta + slack;
        if (bestStamp[x] === stamp[x] && key >= bestKey[x]) continue;
        bestKey[x] = key;
        bestStamp[x] = stamp[x];
      }
      queue.push(key, e * 4 + EDGE_TIGHT, stamp[edgeU[e]], stamp[edgeV[e]]);
    }
    if (this.stopAtZero) {
      // Only the first S dual of a tree to reach zero matters: the tree is taken apart then.
      const tree = this.tree[bv];
      const key = delta + uv;
      if (key < this.treeZeroKey[tree]) {
        this.treeZeroKey[tree] = key;
        queue.push(key, v * 4 + VERTEX_ZERO, stamp[v], 0);
      }
    }
  }

  /** Queues the first edge to become tight between an unlabelled vertex and an S vertex. */
  scheduleUnlabeled(v: number): void {
    const { edgeU, edgeV, weight, setOf, dualRate, adjEdge } = this;
    const sv = setOf[v];
    const uv = this.dual(v);
    const positiveOnly = this.stopAtZero;
    let best = Number.POSITIVE_INFINITY;
    let bestEdge = -1;
    for (let k = this.adjStart[v], end = this.adjStart[v + 1]; k < end; k++) {
      const e = adjEdge[k];
      const x = edgeU[e] ^ edgeV[e] ^ v;
      if (dualRate[x] !== -1 || setOf[x] === sv) continue;
      const w = weight[e];
      if (positiveOnly && w <= 0) continue;
      const key = this.delta + (uv + this.dual(x) - w);
      if (key < best) {
        best = key;
        bestEdge = e;
      }
    }
    this.bestKey[v] = best;
    this.bestStamp[v] = this.stamp[v];
    if (bestEdge !== -1) {
      this.queue.push(
        best,
        bestEdge * 4 + EDGE_TIGHT,
        this.stamp[edgeU[bestEdge]],
        this.stamp[edgeV[bestEdge]],
      );
    }
  }

  /**
   * A dead edge event went by. If it was the best edge of an unlabelled endpoint, that vertex
   * has lost track of its next event and must look again.
   */
  recoverBest(e: number, key: number, stampU: number, stampV: number): void {
    const u = this.edgeU[e];
    const v = this.edgeV[e];
    if (this.stamp[u] === stampU && this.isWaiting(u, key)) this.scheduleUnlabeled(u);
    if (this.stamp[v] === stampV && this.isWaiting(v, key)) this.scheduleUnlabeled(v);
  }

  private isWaiting(v: number, key: number): boolean {
    return this.dualRate[v] === 0 && this.bestStamp[v] === this.stamp[v] && this.bestKey[v] === key;
  }

  /**
   * Makes the top-level blossom holding `w` (reached over `edge`) a T blossom of `tree`, and its
   * mate an S blossom, as trees alternate. `alreadyT` skips the vertices, whose duals already
   * rise, when a T blossom's child stays T.
   */
  extendTree(w: number, edge: number, tree: number, alreadyT = false): void {
    const b = this.top(w);
    this.labelT(b, w, edge, tree, alreadyT);
    const baseVertex = this.base[b];
    this.labelS(this.mate[baseVertex], this.mateEdge[baseVertex], tree);
  }

  labelT(b: number, w: number, edge: number, tree: number, alreadyT: boolean): void {
    this.setLabel(b, T, w, edge, tree);
    if (!alreadyT) {
      const vertices: number[] = [];
      this.leaves(b, vertices);
      for (const v of vertices) this.setVertexRate(v, 1);
    }
    if (b >= this.n) {
      this.setBlossomRate(b, -2);
      this.queue.push(this.delta + this.z(b) / 2, b * 4 + BLOSSOM_ZERO, this.zStamp[b], 0);
    }
  }

  labelS(w: number, edge: number, tree: number): void {
    const b = this.top(w);
    this.setLabel(b, S, w, edge, tree);
    if (b >= this.n) this.setBlossomRate(b, 2);
    const vertices: number[] = [];
    this.leaves(b, vertices);
    for (const v of vertices) this.setVertexRate(v, -1);
    for (const v of vertices) this.scheduleS(v);
  }

  private setLabel(b: number, label: number, w: number, edge: number, tree: number): void {
    this.label[b] = label;
    this.labelEdge[b] = edge;
    this.labelTo[b] = w;
    this.tree[b] = tree;
    this.treeMembers[tree]!.push(b);
  }

  startTree(root: number): void {
    const id = this.base[this.top(root)];
    this.treeMembers[id] = [];
    this.treeZeroKey[id] = Number.POSITIVE_INFINITY;
    this.liveTrees++;
    this.labelS(id, -1, id);
  }

  /** Whether a queued event still describes the current state. */
  isCurrent(item: number, stampA: number, stampB: number): boolean {
    const kind = item & 3;
    const id = item >> 2;
    if (kind === EDGE_TIGHT) {
      return this.stamp[this.edgeU[id]] === stampA && this.stamp[this.edgeV[id]] === stampB;
    }
    if (kind === VERTEX_ZERO) return this.stamp[id] === stampA;
    return this.zStamp[id] === stampA;
  }
}
