/**
 * The low-level problem format of `samen match solve`: people as string ids, allowed pairs as
 * weighted edges, nothing else. Parsing is strict because the input is often written by hand or
 * by another program: every mistake is reported with where it is (which edge, which id), and
 * nothing half-valid reaches a solver.
 */
import { solveAssignment } from './assignment';
import { maxWeightMatching } from './general';
import { formGroups } from './groups';

export type AssignmentMode = 'max-total' | 'max-cardinality' | 'max-min';

export interface AssignmentInput {
  kind: 'assignment';
  left: string[];
  right: string[];
  /** Per right id; 1 when not listed. */
  capacity: Record<string, number>;
  edges: [string, string, number][];
  mode: AssignmentMode;
}

export interface MatchingInput {
  kind: 'matching';
  nodes: string[];
  edges: [string, string, number][];
  maxCardinality: boolean;
}

export interface GroupsInput {
  kind: 'groups';
  nodes: string[];
  edges: [string, string, number][];
  size: 2 | 3 | 4;
  /** The groups solver's local search is seeded; the same seed gives the same groups. */
  seed: number;
}

export type MatchProblem = AssignmentInput | MatchingInput | GroupsInput;

export type MatchSolution =
  | { pairs: [string, string][]; total: number; unmatched: string[] }
  | {
      groups: string[][];
      total: number;
      upperBound: number;
      exact: boolean;
      unlistedPairs: number;
    };

/** A mistake in the problem itself; the CLI exits with code 2 and prints the message. */
export class ProblemError extends Error {
  override name = 'ProblemError';
}

const MODES: readonly AssignmentMode[] = ['max-total', 'max-cardinality', 'max-min'];
const FIELDS: Record<MatchProblem['kind'], readonly string[]> = {
  assignment: ['kind', 'left', 'right', 'capacity', 'edges', 'objective', 'mode'],
  matching: ['kind', 'nodes', 'edges', 'maxCardinality'],
  groups: ['kind', 'nodes', 'edges', 'size', 'seed'],
};

const show = (value: unknown): string => {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids in order, each a non-empty string and none twice. */
function parseIds(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw new ProblemError(`"${field}" must be an array of ids`);
  const first = new Map<string, number>();
  value.forEach((id, i) => {
    if (typeof id !== 'string' || id.length === 0) {
      throw new ProblemError(`${field}[${i}] must be a non-empty string, got ${show(id)}`);
    }
    const earlier = first.get(id);
    if (earlier !== undefined) {
      throw new ProblemError(
        `duplicate id ${show(id)} in "${field}" (positions ${earlier} and ${i})`,
      );
    }
    first.set(id, i);
  });
  return value as string[];
}

interface EdgeRules {
  /** Which ids may appear first and second; the same set for a general graph. */
  from: ReadonlySet<string>;
  to: ReadonlySet<string>;
  fromName: string;
  toName: string;
  /** In a general graph [a, b] and [b, a] are the same pair. */
  undirected: boolean;
}

function parseEdges(value: unknown, rules: EdgeRules): [string, string, number][] {
  if (!Array.isArray(value)) throw new ProblemError('"edges" must be an array of [id, id, weight]');
  const seen = new Map<string, number>();
  return value.map((edge, e) => {
    if (!Array.isArray(edge) || edge.length !== 3) {
      throw new ProblemError(`edge ${e} must be [id, id, weight], got ${show(edge)}`);
    }
    const [a, b, weight] = edge as unknown[];
    if (typeof a !== 'string' || typeof b !== 'string') {
      throw new ProblemError(`edge ${e} must start with two string ids, got ${show(edge)}`);
    }
    if (a === b) throw new ProblemError(`edge ${e} is a self-loop on ${show(a)}`);
    if (!rules.from.has(a))
      throw new ProblemError(`edge ${e} refers to unknown ${rules.fromName} id ${show(a)}`);
    if (!rules.to.has(b))
      throw new ProblemError(`edge ${e} refers to unknown ${rules.toName} id ${show(b)}`);
    if (typeof weight !== 'number') {
      throw new ProblemError(`edge ${e} has weight ${show(weight)}; weights must be JSON numbers`);
    }
    if (!Number.isFinite(weight)) {
      throw new ProblemError(`edge ${e} has weight ${show(weight)}; weights must be finite`);
    }
    const key = rules.undirected && b < a ? `${b}\u0000${a}` : `${a}\u0000${b}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ProblemError(`edge ${e} duplicates edge ${earlier} (${show(a)} and ${show(b)})`);
    }
    seen.set(key, e);
    return [a, b, weight];
  });
}

function parseCapacity(value: unknown, right: ReadonlySet<string>): Record<string, number> {
  if (value === undefined) return {};
  if (!isRecord(value))
    throw new ProblemError('"capacity" must be an object from right id to a number');
  for (const [id, c] of Object.entries(value)) {
    if (!right.has(id)) throw new ProblemError(`capacity names unknown right id ${show(id)}`);
    if (!Number.isInteger(c) || (c as number) < 0) {
      throw new ProblemError(`capacity of ${show(id)} must be a whole number ≥ 0, got ${show(c)}`);
    }
  }
  return value as Record<string, number>;
}

function checkFields(input: Record<string, unknown>, kind: MatchProblem['kind']): void {
  for (const field of Object.keys(input)) {
    if (!FIELDS[kind].includes(field)) {
      throw new ProblemError(
        `unknown field "${field}" for kind "${kind}" (expected ${FIELDS[kind].join(', ')})`,
      );
    }
  }
}

function parseAssignment(input: Record<string, unknown>): AssignmentInput {
  const left = parseIds(input.left, 'left');
  const right = parseIds(input.right, 'right');
  const rightSet = new Set(right);
  const both = left.find((id) => rightSet.has(id));
  if (both !== undefined) throw new ProblemError(`id ${show(both)} is in both "left" and "right"`);
  if (input.objective !== undefined && input.objective !== 'max') {
    throw new ProblemError(
      `"objective" must be "max" (scores are maximised), got ${show(input.objective)}`,
    );
  }
  const mode = input.mode ?? 'max-total';
  if (!MODES.includes(mode as AssignmentMode)) {
    throw new ProblemError(`"mode" must be one of ${MODES.join(', ')}, got ${show(mode)}`);
  }
  const rules = {
    from: new Set(left),
    to: rightSet,
    fromName: 'left',
    toName: 'right',
    undirected: false,
  };
  return {
    kind: 'assignment',
    left,
    right,
    capacity: parseCapacity(input.capacity, rightSet),
    edges: parseEdges(input.edges, rules),
    mode: mode as AssignmentMode,
  };
}

function parseGraph(input: Record<string, unknown>): {
  nodes: string[];
  edges: [string, string, number][];
} {
  const nodes = parseIds(input.nodes, 'nodes');
  const set = new Set(nodes);
  return {
    nodes,
    edges: parseEdges(input.edges, {
      from: set,
      to: set,
      fromName: 'node',
      toName: 'node',
      undirected: true,
    }),
  };
}

/** Parses and checks a problem; throws ProblemError naming the first mistake. */
export function parseProblem(text: string): MatchProblem {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new ProblemError(`the problem is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(input)) throw new ProblemError('the problem must be a JSON object');
  const kind = input.kind;
  if (kind !== 'assignment' && kind !== 'matching' && kind !== 'groups') {
    throw new ProblemError(
      `"kind" must be "assignment", "matching" or "groups", got ${show(kind)}`,
    );
  }
  checkFields(input, kind);
  if (kind === 'assignment') return parseAssignment(input);
  const graph = parseGraph(input);
  if (kind === 'matching') {
    const maxCardinality = input.maxCardinality ?? false;
    if (typeof maxCardinality !== 'boolean')
      throw new ProblemError('"maxCardinality" must be true or false');
    return { kind, ...graph, maxCardinality };
  }
  const size = input.size;
  if (!Number.isInteger(size) || (size as number) < 2 || (size as number) > 4) {
    throw new ProblemError(`"size" must be 2, 3 or 4, got ${show(size)}`);
  }
  const seed = input.seed ?? 0;
  if (!Number.isInteger(seed))
    throw new ProblemError(`"seed" must be a whole number, got ${show(seed)}`);
  return { kind, ...graph, size: size as 2 | 3 | 4, seed: seed as number };
}

function arrays(
  edges: [string, string, number][],
  from: Map<string, number>,
  to: Map<string, number>,
) {
  return {
    from: Int32Array.from(edges, (e) => from.get(e[0])!),
    to: Int32Array.from(edges, (e) => to.get(e[1])!),
    weight: Float64Array.from(edges, (e) => e[2]),
  };
}

const indexOf = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));

/**
 * Solves a parsed problem: assignment and matching exactly; groups with the groups solver's upper
 * bound, and unlisted pairs only where the listed ones cannot place everyone.
 */
export function solveProblem(problem: MatchProblem): MatchSolution {
  if (problem.kind === 'assignment') {
    const { from, to, weight } = arrays(
      problem.edges,
      indexOf(problem.left),
      indexOf(problem.right),
    );
    const solution = solveAssignment(
      {
        leftCount: problem.left.length,
        rightCount: problem.right.length,
        capacity: problem.right.map((id) => problem.capacity[id] ?? 1),
        edgeLeft: from,
        edgeRight: to,
        edgeWeight: weight,
      },
      { objective: problem.mode },
    );
    return {
      pairs: solution.pairs.map(([l, r]) => [problem.left[l], problem.right[r]]),
      total: solution.total,
      unmatched: solution.unmatchedLeft.map((l) => problem.left[l]),
    };
  }
  const index = indexOf(problem.nodes);
  const { from, to, weight } = arrays(problem.edges, index, index);
  const graph = { nodeCount: problem.nodes.length, edgeU: from, edgeV: to, edgeWeight: weight };
  if (problem.kind === 'matching') {
    const solution = maxWeightMatching(graph, { maxCardinality: problem.maxCardinality });
    return {
      pairs: solution.pairs.map(([u, v]) => [problem.nodes[u], problem.nodes[v]]),
      total: solution.total,
      unmatched: problem.nodes.filter((_, v) => solution.mate[v] < 0),
    };
  }
  const solution = formGroups(graph, { size: problem.size, seed: problem.seed });
  return {
    groups: solution.groups.map((group) => group.map((v) => problem.nodes[v])),
    total: solution.total,
    upperBound: solution.upperBound,
    exact: solution.exact,
    unlistedPairs: solution.forbiddenPairs,
  };
}
