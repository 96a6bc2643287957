/**
 * Blossom surgery: shrinking an odd alternating cycle into a blossom, expanding a blossom again,
 * and re-rooting a blossom at another vertex when an alternating path runs through it. The
 * structure follows J. van Rantwijk's reading of Galil (1986), "Efficient algorithms for finding
 * maximum matching in graphs"; nesting is handled with explicit stacks, as blossoms can nest
 * deeper than the call stack allows.
 */
import { CRUMB, S, type SolverState, T, UNLABELED } from './solverState';

/**
 * Walks from S vertices v and w towards their (common) root, alternating sides, and returns the
 * base vertex where the paths meet.
 */
export function findCommonBase(st: SolverState, v: number, w: number): number {
  const { label, labelEdge, labelTo } = st;
  const path: number[] = [];
  let base = -1;
  while (v !== -1) {
    let b = st.top(v);
    if (label[b] & CRUMB) {
      base = st.base[b];
      break;
    }
    path.push(b);
    label[b] = S | CRUMB;
    if (labelEdge[b] === -1) {
      v = -1;
    } else {
      v = st.other(labelEdge[b], labelTo[b]);
      b = st.top(v);
      v = st.other(labelEdge[b], labelTo[b]);
    }
    if (w !== -1) {
      const t = v;
      v = w;
      w = t;
    }
  }
  for (const b of path) label[b] = S;
  return base;
}

/**
 * Shrinks the cycle closed by edge e = (v, w) between two S vertices of one tree into a new S
 * blossom with the given base vertex; its T members turn S and get their edges scheduled.
 */
export function addBlossom(
  st: SolverState,
  baseVertex: number,
  e: number,
  v: number,
  w: number,
): void {
  const { parent, labelEdge, labelTo } = st;
  const bb = st.top(baseVertex);
  let bv = st.top(v);
  let bw = st.top(w);
  const b = st.unusedBlossoms.pop()!;
  st.blossomsFormed++;
  st.base[b] = baseVertex;
  parent[b] = -1;
  parent[bb] = b;
  const path: number[] = [];
  const edges: number[] = [e];
  const ends: number[] = [v];
  while (bv !== bb) {
    parent[bv] = b;
    path.push(bv);
    edges.push(labelEdge[bv]);
    v = st.other(labelEdge[bv], labelTo[bv]);
    ends.push(v);
    bv = st.top(v);
  }
  path.push(bb);
  path.reverse();
  edges.reverse();
  ends.reverse();
  while (bw !== bb) {
    parent[bw] = b;
    path.push(bw);
    edges.push(labelEdge[bw]);
    ends.push(labelTo[bw]);
    w = st.other(labelEdge[bw], labelTo[bw]);
    bw = st.top(w);
  }
  st.children[b] = path;
  st.childEdge[b] = edges;
  st.childEnd[b] = ends;

  const tree = st.tree[bb];
  const turned: number[] = [];
  for (const c of path) if (st.label[c] === T) st.leaves(c, turned);
  mergeSets(st, b, path);
  st.label[b] = S;
  labelEdge[b] = labelEdge[bb];
  labelTo[b] = labelTo[bb];
  st.tree[b] = tree;
  st.treeMembers[tree]!.push(b);
  st.zValue[b] = 0;
  st.zSince[b] = st.delta;
  st.zRate[b] = 2;
  st.zStamp[b]++;
  for (const c of path) {
    st.label[c] = UNLABELED;
    if (c >= st.n) st.setBlossomRate(c, 0);
  }
  for (const x of turned) st.setVertexRate(x, -1);
  for (const x of turned) st.scheduleS(x);
}

function biggest(st: SolverState, blossoms: number[]): number {
  let big = blossoms[0];
  for (const c of blossoms) if (st.size[c] > st.size[big]) big = c;
  return big;
}

/** New blossom b takes over the set of its biggest child; the other children's vertices move in. */
function mergeSets(st: SolverState, b: number, children: number[]): void {
  const big = biggest(st, children);
  const set = st.blossomSet[big];
  const moved: number[] = [];
  let size = 0;
  for (const c of children) {
    size += st.size[c];
    if (c === big) continue;
    st.unusedSets.push(st.blossomSet[c]);
    moved.length = 0;
    st.leaves(c, moved);
    for (const x of moved) st.setOf[x] = set;
  }
  st.setTop[set] = b;
  st.blossomSet[b] = set;
  st.size[b] = size;
}

/** The children of top-level blossom b become top-level and unlabelled; b is released. */
function splitSets(st: SolverState, b: number): void {
  const children = st.children[b];
  const big = biggest(st, children);
  const moved: number[] = [];
  for (const c of children) {
    st.parent[c] = -1;
    st.label[c] = UNLABELED;
    if (c === big) {
      st.blossomSet[c] = st.blossomSet[b];
      st.setTop[st.blossomSet[c]] = c;
      continue;
    }
    const set = st.unusedSets.pop()!;
    st.blossomSet[c] = set;
    st.setTop[set] = c;
    moved.length = 0;
    st.leaves(c, moved);
    for (const x of moved) st.setOf[x] = set;
  }
  st.label[b] = UNLABELED;
  st.labelEdge[b] = -1;
  st.tree[b] = -1;
  st.blossomSet[b] = -1;
  st.setBlossomRate(b, 0);
  st.zValue[b] = 0;
  st.children[b] = [];
  st.childEdge[b] = [];
  st.childEnd[b] = [];
  st.unusedBlossoms.push(b);
}

/** Expands an unlabelled top-level blossom one level, keeping its children as they are. */
export function expandUnlabeledBlossom(st: SolverState, b: number): void {
  splitSets(st, b);
}

/**
 * Expands a top-level T blossom whose dual reached zero, in the middle of its tree: the children
 * on the even path from the entry child to the base keep the tree alternating (T, S, …, T), the
 * others lose their label and have their edges to S vertices scheduled.
 */
export function expandTBlossom(st: SolverState, b: number): void {
  const children = st.children[b];
  const edges = st.childEdge[b];
  const ends = st.childEnd[b];
  const len = children.length;
  const at = (j: number) => (j < 0 ? j + len : j);
  const tree = st.tree[b];
  let edge = st.labelEdge[b];
  let w = st.labelTo[b];
  splitSets(st, b);

  const entryChild = st.top(w);
  let j = children.indexOf(entryChild);
  let step: number;
  if (j & 1) {
    j -= len;
    step = 1;
  } else {
    step = -1;
  }
  while (j !== 0) {
    st.extendTree(w, edge, tree, true);
    j += step;
    if (step === 1) {
      edge = edges[at(j)];
      w = st.other(edge, ends[at(j)]);
    } else {
      edge = edges[at(j - 1)];
      w = ends[at(j - 1)];
    }
    j += step;
  }
  // The base child stays T and keeps its mate outside, which is already S.
  st.labelT(children[0], w, edge, tree, true);

  const dropped: number[] = [];
  for (j += step; children[at(j)] !== entryChild; j += step) {
    const c = children[at(j)];
    if (st.label[c] !== UNLABELED) continue;
    const start = dropped.length;
    st.leaves(c, dropped);
    for (let k = start; k < dropped.length; k++) st.setVertexRate(dropped[k], 0);
  }
  for (const x of dropped) st.scheduleUnlabeled(x);
}

/**
 * Expands an unlabelled blossom whose dual is zero, and any zero-dual blossoms inside it: they
 * no longer constrain anything and would only slow later steps down.
 */
export function expandZeroBlossom(st: SolverState, top: number): void {
  const stack = [top];
  while (stack.length > 0) {
    const b = stack.pop()!;
    const children = st.children[b];
    splitSets(st, b);
    for (const c of children) if (c >= st.n && st.z(c) <= 0) stack.push(c);
  }
}

/**
 * Flips matched and unmatched edges on the even alternating path inside blossom b from vertex v
 * to the base, so that v becomes the base. The caller matches v outside the blossom.
 */
export function augmentBlossom(st: SolverState, b0: number, v0: number): void {
  const { parent, mate, mateEdge, n } = st;
  const work = [b0, v0];
  while (work.length > 0) {
    const v = work.pop()!;
    const b = work.pop()!;
    let t = v;
    while (parent[t] !== b) t = parent[t];
    if (t >= n) work.push(t, v);
    const children = st.children[b];
    const edges = st.childEdge[b];
    const ends = st.childEnd[b];
    const len = children.length;
    const at = (j: number) => (j < 0 ? j + len : j);
    const i = children.indexOf(t);
    let j = i;
    let step: number;
    if (i & 1) {
      j -= len;
      step = 1;
    } else {
      step = -1;
    }
    while (j !== 0) {
      j += step;
      const k = step === 1 ? at(j) : at(j - 1);
      const e = edges[k];
      // `ends[k]` lies in child k; w is the endpoint in the child just reached, x in the next one.
      const w = step === 1 ? ends[k] : st.other(e, ends[k]);
      const x = st.other(e, w);
      const tw = children[at(j)];
      if (tw >= n) work.push(tw, w);
      j += step;
      const tx = children[at(j)];
      if (tx >= n) work.push(tx, x);
      mate[w] = x;
      mate[x] = w;
      mateEdge[w] = e;
      mateEdge[x] = e;
    }
    if (i > 0) {
      st.children[b] = children.slice(i).concat(children.slice(0, i));
      st.childEdge[b] = edges.slice(i).concat(edges.slice(0, i));
      st.childEnd[b] = ends.slice(i).concat(ends.slice(0, i));
    }
    st.base[b] = v;
  }
}
