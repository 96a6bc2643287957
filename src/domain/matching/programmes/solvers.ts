/**
 * The one place programmes meet the solvers: edges by id in, pairs by id out. Keeping the typed
 * array plumbing here lets each programme speak in people, not indices.
 */
import { solveAssignment } from '../assignment';
import { maxWeightMatching } from '../general';
import type { AssignmentObjective } from './types';

export interface IdEdge {
  a: string;
  b: string;
  weight: number;
}

export interface BipartiteInput {
  /** Learners: mentees, newcomers. Each gets at most one partner. */
  left: readonly string[];
  /** Experienced side, each taking up to its capacity. */
  right: readonly string[];
  capacity: readonly number[];
  /** `a` on the left, `b` on the right. */
  edges: readonly IdEdge[];
  objective: AssignmentObjective;
}

/** Typed arrays for the solvers; `a` and `b` map through the given indices. */
export function toArrays(
  edges: readonly IdEdge[],
  aIndex: ReadonlyMap<string, number>,
  bIndex: ReadonlyMap<string, number>,
): { from: Int32Array; to: Int32Array; weight: Float64Array } {
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const weight = new Float64Array(edges.length);
  edges.forEach((edge, e) => {
    from[e] = aIndex.get(edge.a)!;
    to[e] = bIndex.get(edge.b)!;
    weight[e] = edge.weight;
  });
  return { from, to, weight };
}

export function solveBipartite(input: BipartiteInput): [left: string, right: string][] {
  const leftIndex = new Map(input.left.map((id, i) => [id, i]));
  const rightIndex = new Map(input.right.map((id, i) => [id, i]));
  const { from, to, weight } = toArrays(input.edges, leftIndex, rightIndex);
  const solution = solveAssignment(
    {
      leftCount: input.left.length,
      rightCount: input.right.length,
      capacity: input.capacity,
      edgeLeft: from,
      edgeRight: to,
      edgeWeight: weight,
    },
    { objective: input.objective },
  );
  return solution.pairs.map(([l, r]) => [input.left[l], input.right[r]]);
}

/** Maximum-weight matching on a general graph; with `maxCardinality`, as many pairs as possible first. */
export function solveGeneral(
  nodes: readonly string[],
  edges: readonly IdEdge[],
  maxCardinality: boolean,
): [string, string][] {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const { from, to, weight } = toArrays(edges, index, index);
  const problem = { nodeCount: nodes.length, edgeU: from, edgeV: to, edgeWeight: weight };
  const solution = maxWeightMatching(problem, { maxCardinality });
  return solution.pairs.map(([u, v]) => {
    const [x, y] = [nodes[u], nodes[v]];
    return x < y ? [x, y] : [y, x];
  });
}
