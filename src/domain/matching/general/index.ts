/**
 * Maximum-weight matching on a general graph, exact, with a certificate.
 *
 * Large inputs are solved on each vertex's few heaviest edges first. That is only a guess at
 * where the optimum lies, so the dual solution is then checked against every dropped edge; any
 * edge it does not rule out joins the graph and the solver runs again. When no edge is left,
 * the dual solution proves the matching optimal on the whole input, whatever the input was.
 */
import { addViolatedEdges, extractCertificate } from './certificate';
import { greedyStart } from './greedyInit';
import { runPrimalDual } from './primalDual';
import { markShortlists } from './shortlist';
import { SolverState } from './solverState';
import type {
  GeneralMatchingOptions,
  GeneralMatchingProblem,
  GeneralMatchingSolution,
} from './types';
import { admitEdges } from './warmStart';

export type {
  DualBlossom,
  GeneralMatchingOptions,
  GeneralMatchingProblem,
  GeneralMatchingSolution,
  GeneralMatchingStats,
  MatchingCertificate,
} from './types';
export { verifyMatching } from './verify';

/**
 * Heaviest edges kept per vertex before the dual check. At 8 the benchmark graphs need at most one
 * repair round; fewer saves scanning but costs more rounds.
 */
const DEFAULT_SHORTLIST = 8;

export function maxWeightMatching(
  problem: GeneralMatchingProblem,
  options: GeneralMatchingOptions = {},
): GeneralMatchingSolution {
  validateProblem(problem);
  const { nodeCount: n, edgeU, edgeV, edgeWeight } = problem;
  const maxCardinality = options.maxCardinality ?? false;
  const k = options.shortlist ?? DEFAULT_SHORTLIST;
  if (!Number.isInteger(k) || k < 0) throw new RangeError('shortlist must be a whole number ≥ 0');
  const m = edgeU.length;

  // Self-loops can never be matched; without maxCardinality neither can edges that add nothing.
  const candidate = new Uint8Array(m);
  let candidates = 0;
  let largest = 0;
  for (let e = 0; e < m; e++) {
    largest = Math.max(largest, Math.abs(edgeWeight[e]));
    if (edgeU[e] === edgeV[e] || (!maxCardinality && edgeWeight[e] <= 0)) continue;
    candidate[e] = 1;
    candidates++;
  }
  const tolerance = 1e-9 * Math.max(1, largest);

  let chosen: Uint8Array;
  if (k > 0 && candidates > k * n) {
    chosen = new Uint8Array(m);
    markShortlists(n, edgeU, edgeV, edgeWeight, candidate, k, chosen);
  } else {
    chosen = candidate.slice();
  }

  let edges = indicesOf(chosen);
  let st = new SolverState(n, edgeU, edgeV, edgeWeight, edges);
  const greedyMatched = greedyStart(st);
  runPrimalDual(st, maxCardinality);
  let rounds = 1;
  let addedBack = 0;
  const earlier = { augmentations: 0, blossoms: 0, events: 0 };
  while (edges.length < candidates) {
    const added = addViolatedEdges(st, candidate, chosen, tolerance, maxCardinality);
    if (added.length === 0) break;
    rounds++;
    addedBack += added.length;
    edges = indicesOf(chosen);
    if (maxCardinality) {
      // Negative duals and the blocking forest make a local repair harder than a fresh start.
      earlier.augmentations += st.augmentations;
      earlier.blossoms += st.blossomsFormed;
      earlier.events += st.events;
      st = new SolverState(n, edgeU, edgeV, edgeWeight, edges);
      greedyStart(st);
    } else {
      admitEdges(st, edges, added, tolerance);
    }
    runPrimalDual(st, maxCardinality);
  }
  const solvedEdges = edges.length;

  const mate = st.mate.slice();
  const pairs: Array<[number, number]> = [];
  let total = 0;
  for (let v = 0; v < n; v++) {
    if (mate[v] > v) {
      pairs.push([v, mate[v]]);
      total += edgeWeight[st.mateEdge[v]];
    }
  }
  return {
    mate,
    pairs,
    total,
    certificate: extractCertificate(st, maxCardinality, pairs.length, tolerance),
    stats: {
      rounds,
      candidateEdges: candidates,
      solvedEdges,
      addedBack,
      greedyMatched,
      augmentations: earlier.augmentations + st.augmentations,
      blossoms: earlier.blossoms + st.blossomsFormed,
      events: earlier.events + st.events,
    },
  };
}

function indicesOf(mask: Uint8Array): Int32Array {
  let count = 0;
  for (let e = 0; e < mask.length; e++) count += mask[e];
  const out = new Int32Array(count);
  let j = 0;
  for (let e = 0; e < mask.length; e++) if (mask[e] === 1) out[j++] = e;
  return out;
}

/** Throws a RangeError naming the first thing wrong with a problem. */
export function validateProblem(problem: GeneralMatchingProblem): void {
  const { nodeCount: n, edgeU, edgeV, edgeWeight } = problem;
  if (!Number.isInteger(n) || n < 0) throw new RangeError('nodeCount must be a whole number ≥ 0');
  if (edgeV.length !== edgeU.length || edgeWeight.length !== edgeU.length) {
    throw new RangeError('edgeU, edgeV and edgeWeight must have the same length');
  }
  for (let e = 0; e < edgeU.length; e++) {
    if (!(edgeU[e] >= 0 && edgeU[e] < n && edgeV[e] >= 0 && edgeV[e] < n)) {
      throw new RangeError(`edge ${e} joins ${edgeU[e]} and ${edgeV[e]}, outside 0..${n - 1}`);
    }
    if (!Number.isFinite(edgeWeight[e])) {
      throw new RangeError(`edge ${e} has weight ${edgeWeight[e]}; weights must be finite`);
    }
  }
}
