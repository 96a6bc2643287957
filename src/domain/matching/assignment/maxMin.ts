import { type BipartiteGraph, buildGraph } from './bipartiteGraph';
import { maximumCardinality } from './hopcroftKarp';
import type { ShortlistChoice } from './solveAssignment';
import { type EdgeProblem, solveEdges } from './solveEdges';
import type { AssignmentSolution, VertexCover } from './types';

interface Bottleneck {
  /** The best worst weight among maximum-cardinality assignments. */
  minWeight: number;
  probes: number;
  cardinalityCover: VertexCover;
  strongerCover?: VertexCover;
}

/**
 * Binary search over the distinct weights for the highest floor that still lets as many people be
 * matched as with every edge. Feasibility only shrinks as the floor rises, so O(log E) maximum
 * cardinality runs find it. Returns null when nobody can be matched at all.
 */
function findBottleneck(graph: BipartiteGraph): Bottleneck | null {
  const full = maximumCardinality(graph, Number.NEGATIVE_INFINITY);
  if (full.size === 0) return null;
  const levels = Float64Array.from(new Set(graph.weight)).sort();
  let low = 0;
  let high = levels.length - 1;
  let probes = 1;
  let strongerCover: VertexCover | undefined;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const probe = maximumCardinality(graph, levels[mid]);
    probes++;
    if (probe.size === full.size) {
      low = mid;
    } else {
      high = mid - 1;
      // Every level above `high` fails; the one just above is the proof kept in the end.
      strongerCover = probe.cover;
    }
  }
  return { minWeight: levels[low], probes, cardinalityCover: full.cover, strongerCover };
}

/**
 * Fairness: as many people matched as possible, then the worst match as good as possible, then
 * the best total. The last two steps are one max-cardinality solve on the edges at or above the
 * best worst weight.
 */
export function solveMaxMin(problem: EdgeProblem, shortlist: ShortlistChoice): AssignmentSolution {
  const graph = buildGraph(problem.rowCount, problem.colCount, problem.capacity, problem.edges);
  const bottleneck = findBottleneck(graph);
  const floor = bottleneck === null ? Number.NEGATIVE_INFINITY : bottleneck.minWeight;
  const solution = solveEdges(problem, 'max-cardinality', shortlist, floor);
  solution.stats.objective = 'max-min';
  solution.stats.thresholdProbes = bottleneck === null ? 1 : bottleneck.probes;
  const certificate = solution.certificate!;
  if (bottleneck === null) {
    certificate.cardinalityCover = { left: [], right: [], size: 0 };
    return solution;
  }
  certificate.minWeight = bottleneck.minWeight;
  certificate.cardinalityCover = bottleneck.cardinalityCover;
  if (bottleneck.strongerCover !== undefined) certificate.strongerCover = bottleneck.strongerCover;
  return solution;
}
