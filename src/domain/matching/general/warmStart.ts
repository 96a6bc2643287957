/**
 * Letting more edges into a solved instance without starting over. An admitted edge may have
 * negative slack; the dual solution is repaired locally: blossoms around one endpoint hand
 * their dual down to their vertices (z/2 each, which leaves every slack inside the same and
 * only raises slack across), that endpoint's dual is raised until the edge is feasible, and the
 * matched edges that stop being tight are given up. The vertices this frees become roots of new
 * trees and the solver carries on, keeping everything else it had.
 */
import { expandUnlabeledBlossom } from './blossoms';
import { edgeSlack } from './certificate';
import type { SolverState } from './solverState';

export function admitEdges(
  st: SolverState,
  allEdges: Int32Array,
  added: number[],
  tolerance: number,
): void {
  st.setEdges(allEdges);
  for (const e of added) {
    if (edgeSlack(st, e) >= -tolerance) continue;
    // Raising a free endpoint frees nobody else.
    const a = st.mate[st.edgeU[e]] === -1 ? st.edgeU[e] : st.edgeV[e];
    while (st.top(a) !== a) foldBlossomDual(st, st.top(a));
    const slack = edgeSlack(st, e);
    if (slack >= 0) continue;
    st.dualValue[a] -= slack;
    unmatch(st, a);
  }
}

function foldBlossomDual(st: SolverState, b: number): void {
  const z = st.z(b);
  if (z > 0) {
    const vertices: number[] = [];
    st.leaves(b, vertices);
    for (const v of vertices) st.dualValue[v] += z / 2;
    unmatch(st, st.base[b]);
  }
  expandUnlabeledBlossom(st, b);
}

function unmatch(st: SolverState, v: number): void {
  const m = st.mate[v];
  if (m === -1) return;
  st.mate[v] = -1;
  st.mate[m] = -1;
  st.mateEdge[v] = -1;
  st.mateEdge[m] = -1;
}
