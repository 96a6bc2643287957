/**
 * The event loop of the primal-dual solver. Events come out of the queue in order of the dual
 * offset at which they happen; each one either grows a tree, shrinks a blossom, expands one,
 * augments between two trees (or from a tree to a retired free vertex) or retires a vertex whose
 * dual reached zero.
 *
 * Plain maximum weight runs one phase: it ends when no tree is left, every free vertex then
 * having dual zero. With `maxCardinality` a second phase restarts a tree at every free vertex
 * (all at dual zero, so they stay equal) and lets duals go negative until no event is left: the
 * trees then block every augmenting path, so the matching has maximum cardinality, and among
 * those maximum weight.
 */
import {
  addBlossom,
  augmentBlossom,
  expandTBlossom,
  expandZeroBlossom,
  findCommonBase,
} from './blossoms';
import {
  BLOSSOM_ZERO,
  EDGE_TIGHT,
  S,
  type SolverState,
  UNLABELED,
  VERTEX_ZERO,
} from './solverState';

export function runPrimalDual(st: SolverState, maxCardinality: boolean): void {
  st.stopAtZero = true;
  st.clearSchedule();
  for (let v = 0; v < st.n; v++) {
    const b = st.top(v);
    if (st.mate[v] === -1 && st.base[b] === v && st.label[b] === UNLABELED && st.dual(v) > 0) {
      st.startTree(v);
    }
  }
  runEvents(st);
  if (!maxCardinality) return;
  st.stopAtZero = false;
  st.clearSchedule();
  for (let v = 0; v < st.n; v++) {
    const b = st.top(v);
    if (st.mate[st.base[b]] === -1 && st.label[b] === UNLABELED) st.startTree(v);
  }
  runEvents(st);
}

function runEvents(st: SolverState): void {
  const queue = st.queue;
  const { edgeU, edgeV, label, tree } = st;
  let compactAt = 8 * (st.adjEdge.length + st.n) + 1024;
  while (queue.size > 0 && st.liveTrees > 0) {
    if (queue.size > compactAt) {
      queue.compact((item, a, b) => st.isCurrent(item, a, b));
      compactAt = Math.max(compactAt, 2 * queue.size);
    }
    queue.pop();
    const item = queue.item;
    const kind = item & 3;
    const id = item >> 2;
    if (!st.isCurrent(item, queue.stampA, queue.stampB)) {
      if (kind === EDGE_TIGHT) st.recoverBest(id, queue.key, queue.stampA, queue.stampB);
      continue;
    }
    if (queue.key > st.delta) st.delta = queue.key;
    st.events++;
    if (kind === EDGE_TIGHT) {
      const a = edgeU[id];
      const c = edgeV[id];
      const ba = st.top(a);
      const bc = st.top(c);
      if (ba === bc) continue;
      const la = label[ba];
      const lc = label[bc];
      if (la === S && lc === S) {
        if (tree[ba] === tree[bc]) {
          addBlossom(st, findCommonBase(st, a, c), id, a, c);
        } else {
          const ta = tree[ba];
          const tc = tree[bc];
          flipToRoot(st, a, c, id);
          flipToRoot(st, c, a, id);
          st.augmentations++;
          dissolve(st, ta, tc);
        }
      } else if (la === S && lc === UNLABELED) {
        grow(st, a, c, id);
      } else if (lc === S && la === UNLABELED) {
        grow(st, c, a, id);
      }
    } else if (kind === VERTEX_ZERO) {
      const t = tree[st.top(id)];
      flipToRoot(st, id, -1, -1);
      dissolve(st, t, -1);
    } else if (kind === BLOSSOM_ZERO) {
      expandTBlossom(st, id);
    }
  }
}

/** Tight edge e from S vertex s to unlabelled vertex x: extend the tree, or augment if x is free. */
function grow(st: SolverState, s: number, x: number, e: number): void {
  const bx = st.top(x);
  const t = st.tree[st.top(s)];
  if (st.mate[st.base[bx]] !== -1) {
    st.extendTree(x, e, t);
    return;
  }
  flipToRoot(st, s, x, e);
  if (bx >= st.n) augmentBlossom(st, bx, x);
  st.mate[x] = s;
  st.mateEdge[x] = e;
  st.augmentations++;
  dissolve(st, t, -1);
  // x stays unlabelled, but the event it was waiting for is spent.
  if (st.liveTrees > 0) st.scheduleUnlabeled(x);
}

/**
 * Matches S vertex s to j over edge e (j = -1 leaves s free) and flips the alternating path from
 * s up to its tree's root, whose base ends up matched.
 */
function flipToRoot(st: SolverState, s: number, j: number, e: number): void {
  const { labelEdge, labelTo, mate, mateEdge, n } = st;
  for (;;) {
    const bs = st.top(s);
    if (bs >= n) augmentBlossom(st, bs, s);
    mate[s] = j;
    mateEdge[s] = e;
    if (labelEdge[bs] === -1) return;
    const t = st.other(labelEdge[bs], labelTo[bs]);
    const bt = st.top(t);
    e = labelEdge[bt];
    j = labelTo[bt];
    s = st.other(e, j);
    if (bt >= n) augmentBlossom(st, bt, j);
    mate[j] = s;
    mateEdge[j] = e;
  }
}

/**
 * Takes trees apart after they augmented or their root retired: their blossoms lose their labels
 * (zero-dual ones are expanded), their duals freeze, and edges from their vertices to the S
 * vertices of other trees are scheduled at the new rate.
 */
function dissolve(st: SolverState, t1: number, t2: number): void {
  const freed: number[] = [];
  const zeroBlossoms: number[] = [];
  for (const t of [t1, t2]) {
    if (t === -1) continue;
    for (const b of st.treeMembers[t]!) {
      if (st.parent[b] !== -1 || st.label[b] === UNLABELED || st.tree[b] !== t) continue;
      st.label[b] = UNLABELED;
      st.labelEdge[b] = -1;
      st.tree[b] = -1;
      const start = freed.length;
      st.leaves(b, freed);
      for (let k = start; k < freed.length; k++) st.setVertexRate(freed[k], 0);
      if (b >= st.n) {
        st.setBlossomRate(b, 0);
        if (st.z(b) <= 0) zeroBlossoms.push(b);
      }
    }
    st.treeMembers[t] = null;
    st.liveTrees--;
  }
  for (const b of zeroBlossoms) expandZeroBlossom(st, b);
  if (st.liveTrees === 0) return;
  for (const v of freed) st.scheduleUnlabeled(v);
}
