/**
 * Reading the dual solution out of the solver: the check of dropped edges that makes shortlists
 * exact, and the certificate handed to callers.
 */
import { S, type SolverState, T, UNLABELED } from './solverState';
import type { DualBlossom, MatchingCertificate } from './types';

/** Sum of the duals of the blossoms that hold both a and c (zero unless they share a top-level blossom). */
function sharedBlossomDual(st: SolverState, a: number, c: number): number {
  if (st.setOf[a] !== st.setOf[c]) return 0;
  const above: number[] = [];
  for (let b = st.parent[a]; b !== -1; b = st.parent[b]) above.push(b);
  let meet = st.parent[c];
  while (!above.includes(meet)) meet = st.parent[meet];
  let sum = 0;
  for (let b = meet; b !== -1; b = st.parent[b]) sum += st.z(b);
  return sum;
}

export function edgeSlack(st: SolverState, e: number): number {
  const a = st.edgeU[e];
  const c = st.edgeV[e];
  return st.dual(a) + st.dual(c) - st.weight[e] + sharedBlossomDual(st, a, c);
}

/**
 * Adds to `chosen` every candidate edge left out that could still improve the matching: one with
 * negative slack, or (with `maxCardinality`) one that would open a path the final trees block.
 * Returns the edges it added; none means the solution is optimal on the whole graph.
 */
export function addViolatedEdges(
  st: SolverState,
  candidate: Uint8Array,
  chosen: Uint8Array,
  tolerance: number,
  maxCardinality: boolean,
): number[] {
  const { edgeU, edgeV, weight, label, dualValue, dualRate, dualSince } = st;
  const delta = st.delta;
  const added: number[] = [];
  for (let e = 0; e < candidate.length; e++) {
    if (candidate[e] === 0 || chosen[e] === 1) continue;
    const a = edgeU[e];
    const c = edgeV[e];
    let slack =
      dualValue[a] +
      dualRate[a] * (delta - dualSince[a]) +
      dualValue[c] +
      dualRate[c] * (delta - dualSince[c]) -
      weight[e];
    const ba = st.top(a);
    const bc = st.top(c);
    // Blossom duals only add slack, so they are looked up only when they could matter.
    if (slack < -tolerance && ba === bc) slack += sharedBlossomDual(st, a, c);
    let violated = slack < -tolerance;
    if (!violated && maxCardinality && ba !== bc) {
      const la = label[ba];
      const lc = label[bc];
      violated = (la === S && (lc === S || lc === UNLABELED)) || (lc === S && la === UNLABELED);
    }
    if (violated) {
      chosen[e] = 1;
      added.push(e);
    }
  }
  return added;
}

export function extractCertificate(
  st: SolverState,
  maxCardinality: boolean,
  matchedPairs: number,
  tolerance: number,
): MatchingCertificate {
  const n = st.n;
  const vertexDual = new Float64Array(n);
  for (let v = 0; v < n; v++) vertexDual[v] = st.dual(v);
  let freeDual = 0;
  if (maxCardinality) {
    // Free vertices share one dual; with none free, any value at most every dual will do.
    const free = st.mate.indexOf(-1);
    if (free !== -1) freeDual = vertexDual[free];
    else for (let v = 0; v < n; v++) freeDual = Math.min(freeDual, vertexDual[v]);
  } else {
    // Free vertices end at zero up to rounding; say so exactly.
    for (let v = 0; v < n; v++) if (st.mate[v] === -1) vertexDual[v] = 0;
  }
  const blossoms: DualBlossom[] = [];
  let dualObjective = 2 * freeDual * matchedPairs;
  for (let v = 0; v < n; v++) dualObjective += vertexDual[v] - freeDual;
  for (let b = n; b < 2 * n; b++) {
    if (st.base[b] === -1 || st.children[b] === undefined || st.children[b].length === 0) continue;
    const z = st.z(b);
    if (!(z > 0)) continue;
    const vertices: number[] = [];
    st.leaves(b, vertices);
    blossoms.push({ vertices: Int32Array.from(vertices).sort(), dual: z });
    dualObjective += (z * (vertices.length - 1)) / 2;
  }
  const certificate: MatchingCertificate = {
    vertexDual,
    blossoms,
    freeDual,
    dualObjective,
    tolerance,
  };
  if (maxCardinality) {
    const barrier: number[] = [];
    for (let v = 0; v < n; v++) if (st.label[st.top(v)] === T) barrier.push(v);
    certificate.barrier = Int32Array.from(barrier);
  }
  return certificate;
}
