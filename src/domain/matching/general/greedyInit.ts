/**
 * A feasible starting point for the primal-dual solver, so it starts with most vertices matched
 * instead of none (the "greedy" start of Kolmogorov's Blossom V). Every vertex dual starts at
 * half its heaviest edge, which no edge can exceed; then each free vertex lowers its dual until
 * an edge becomes tight (or the dual hits zero) and takes that edge if the other end is still
 * free. Matched edges are tight and no edge is over-covered, so all invariants hold.
 */
import type { SolverState } from './solverState';

export function greedyStart(st: SolverState): number {
  const { n, edgeU, edgeV, weight, adjStart, adjEdge, mate, mateEdge, dualValue } = st;
  for (let v = 0; v < n; v++) {
    let best = 0;
    for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
      if (weight[adjEdge[k]] > best) best = weight[adjEdge[k]];
    }
    dualValue[v] = best / 2;
  }
  let matched = 0;
  for (let v = 0; v < n; v++) {
    if (mate[v] !== -1) continue;
    let best = 0;
    let bestEdge = -1;
    let bestFree = false;
    for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
      const e = adjEdge[k];
      const w = weight[e];
      if (w <= 0) continue;
      const x = edgeU[e] ^ edgeV[e] ^ v;
      const room = w - dualValue[x];
      const free = mate[x] === -1;
      if (room > best || (room === best && free && !bestFree)) {
        best = room;
        bestEdge = e;
        bestFree = free;
      }
    }
    dualValue[v] = best;
    if (bestEdge !== -1 && bestFree) {
      const x = edgeU[bestEdge] ^ edgeV[bestEdge] ^ v;
      mate[v] = x;
      mate[x] = v;
      mateEdge[v] = bestEdge;
      mateEdge[x] = bestEdge;
      matched += 2;
    }
  }
  return matched;
}
