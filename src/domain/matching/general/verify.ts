/**
 * An independent check of a matching and its certificate against the original problem, sharing
 * no code with the solver. Tests use it on every answer; callers may use it to trust an answer
 * without trusting the solver.
 */
import type { GeneralMatchingProblem, GeneralMatchingSolution } from './types';

/** Returns what is wrong; an empty list means the matching is proven optimal. */
export function verifyMatching(
  problem: GeneralMatchingProblem,
  solution: GeneralMatchingSolution,
  options: { maxCardinality?: boolean } = {},
): string[] {
  const { nodeCount: n, edgeU, edgeV, edgeWeight } = problem;
  const { mate, certificate: cert } = solution;
  const tol = cert.tolerance;
  const problems: string[] = [];
  const fail = (text: string) => {
    if (problems.length < 20) problems.push(text);
  };

  // Heaviest listed edge per matched pair, as the matching may only use listed pairs.
  const pairWeight = new Map<number, number>();
  for (let e = 0; e < edgeU.length; e++) {
    const a = edgeU[e];
    const c = edgeV[e];
    if (a === c || mate[a] !== c) continue;
    const key = Math.min(a, c) * n + Math.max(a, c);
    pairWeight.set(key, Math.max(pairWeight.get(key) ?? -Infinity, edgeWeight[e]));
  }
  let total = 0;
  let pairs = 0;
  for (let v = 0; v < n; v++) {
    const m = mate[v];
    if (m === -1) continue;
    if (m < 0 || m >= n || mate[m] !== v || m === v) fail(`mate of ${v} is not symmetric`);
    if (v > m) continue;
    const w = pairWeight.get(v * n + m);
    if (w === undefined) fail(`pair ${v}-${m} is not a listed edge`);
    else total += w;
    pairs++;
  }
  const scale = Math.max(1, Math.abs(total));
  if (Math.abs(total - solution.total) > tol * scale) fail(`total ${solution.total} ≠ ${total}`);
  if (pairs !== solution.pairs.length) fail('pairs and mate disagree');

  const y = cert.vertexDual;
  const free = cert.freeDual;
  if (!options.maxCardinality && free !== 0) fail('free dual must be 0 without maxCardinality');
  for (let v = 0; v < n; v++) {
    if (y[v] < free - tol) fail(`dual of ${v} is below the free dual`);
    if (mate[v] === -1 && Math.abs(y[v] - free) > tol) fail(`free vertex ${v} has dual ${y[v]}`);
  }

  const inside: number[][] = Array.from({ length: n }, () => []);
  let objective = 2 * free * pairs;
  for (let v = 0; v < n; v++) objective += y[v] - free;
  cert.blossoms.forEach((blossom, index) => {
    const size = blossom.vertices.length;
    if (blossom.dual < 0) fail(`blossom ${index} has a negative dual`);
    if (size % 2 === 0 || size < 3) fail(`blossom ${index} has ${size} vertices`);
    let matchedInside = 0;
    const members = new Set(blossom.vertices);
    for (const v of blossom.vertices) {
      inside[v].push(index);
      if (mate[v] !== -1 && members.has(mate[v])) matchedInside++;
    }
    if (blossom.dual > tol && matchedInside !== size - 1) fail(`blossom ${index} is not full`);
    objective += (blossom.dual * (size - 1)) / 2;
  });
  if (Math.abs(objective - total) > tol * Math.max(scale, n)) {
    fail(`dual objective ${objective} ≠ total ${total}`);
  }

  for (let e = 0; e < edgeU.length; e++) {
    const a = edgeU[e];
    const c = edgeV[e];
    if (a === c) continue;
    let slack = y[a] + y[c] - edgeWeight[e];
    for (const b of inside[a]) if (inside[c].includes(b)) slack += cert.blossoms[b].dual;
    if (slack < -tol * Math.max(1, Math.abs(edgeWeight[e]))) fail(`edge ${e} has slack ${slack}`);
    const matchedHere =
      mate[a] === c && pairWeight.get(Math.min(a, c) * n + Math.max(a, c)) === edgeWeight[e];
    if (matchedHere && slack > tol * Math.max(1, Math.abs(edgeWeight[e]))) {
      fail(`matched edge ${e} is not tight (slack ${slack})`);
    }
  }

  if (options.maxCardinality) {
    const barrier = cert.barrier;
    if (!barrier) fail('maxCardinality needs a barrier');
    else {
      const unmatched = n - 2 * pairs;
      const odd = oddComponentsWithout(n, edgeU, edgeV, barrier);
      if (unmatched !== odd - barrier.length) {
        fail(`barrier proves ${odd - barrier.length} unmatched, matching leaves ${unmatched}`);
      }
    }
  }
  return problems;
}

/** Number of odd-sized connected components once the barrier vertices are removed. */
function oddComponentsWithout(
  n: number,
  edgeU: Int32Array,
  edgeV: Int32Array,
  barrier: Int32Array,
): number {
  const removed = new Uint8Array(n);
  for (const v of barrier) removed[v] = 1;
  const root = Int32Array.from({ length: n }, (_, v) => v);
  const find = (v: number): number => {
    while (root[v] !== v) {
      root[v] = root[root[v]];
      v = root[v];
    }
    return v;
  };
  for (let e = 0; e < edgeU.length; e++) {
    if (removed[edgeU[e]] || removed[edgeV[e]]) continue;
    const a = find(edgeU[e]);
    const c = find(edgeV[e]);
    if (a !== c) root[a] = c;
  }
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) if (!removed[v]) size[find(v)]++;
  let odd = 0;
  for (let v = 0; v < n; v++) if (size[v] % 2 === 1) odd++;
  return odd;
}
