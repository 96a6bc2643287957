import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MatchProblem, ProblemError, parseProblem, solveProblem } from './problem';

const solve = (problem: unknown) => solveProblem(parseProblem(JSON.stringify(problem)));

describe('solving the CLI problem format', () => {
  it('assignment with capacity: unlisted pairs are forbidden', () => {
    const result = solve({
      kind: 'assignment',
      left: ['a', 'b', 'c'],
      right: ['x', 'y'],
      capacity: { x: 2 },
      edges: [
        ['a', 'x', 10],
        ['b', 'x', 9],
        ['c', 'x', 8],
        ['c', 'y', 1],
      ],
      objective: 'max',
    });
    expect(result).toEqual({
      pairs: [
        ['a', 'x'],
        ['b', 'x'],
        ['c', 'y'],
      ],
      total: 20,
      unmatched: [],
    });
  });

  it('assignment modes: best total may leave people out, max-cardinality does not', () => {
    const problem = {
      kind: 'assignment',
      left: ['a', 'b'],
      right: ['x', 'y'],
      edges: [
        ['a', 'x', 10],
        ['a', 'y', 1],
        ['b', 'x', 1],
        ['b', 'y', -5],
      ],
    };
    expect(solve(problem)).toEqual({ pairs: [['a', 'x']], total: 10, unmatched: ['b'] });
    expect(solve({ ...problem, mode: 'max-cardinality' })).toEqual({
      pairs: [
        ['a', 'x'],
        ['b', 'y'],
      ],
      total: 5,
      unmatched: [],
    });
    // The fairest: both matched, and the worst match as good as it can be.
    expect(solve({ ...problem, mode: 'max-min' })).toEqual({
      pairs: [
        ['a', 'y'],
        ['b', 'x'],
      ],
      total: 2,
      unmatched: [],
    });
  });

  it('general matching, with and without max cardinality', () => {
    const problem = {
      kind: 'matching',
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        ['a', 'b', 1],
        ['b', 'c', 10],
        ['c', 'd', 1],
      ],
    };
    expect(solve(problem)).toEqual({ pairs: [['b', 'c']], total: 10, unmatched: ['a', 'd'] });
    expect(solve({ ...problem, maxCardinality: true })).toEqual({
      pairs: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      total: 2,
      unmatched: [],
    });
  });

  it('groups of three cover everyone', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edges = nodes.flatMap((u, i) => nodes.slice(i + 1).map((v) => [u, v, 1]));
    const result = solve({ kind: 'groups', nodes, edges, size: 3, seed: 4 }) as {
      groups: string[][];
      total: number;
      upperBound: number;
      exact: boolean;
      unlistedPairs: number;
    };
    expect(result.groups.map((g) => g.length)).toEqual([3, 3]);
    expect(result.groups.flat().sort()).toEqual(nodes);
    expect(result.total).toBe(6);
    expect(result.upperBound).toBeGreaterThanOrEqual(result.total);
    expect(result.unlistedPairs).toBe(0);
  });

  it('empty problems solve to empty answers', () => {
    expect(solve({ kind: 'assignment', left: [], right: [], edges: [] })).toEqual({
      pairs: [],
      total: 0,
      unmatched: [],
    });
    expect(solve({ kind: 'matching', nodes: ['solo'], edges: [] })).toEqual({
      pairs: [],
      total: 0,
      unmatched: ['solo'],
    });
  });
});

describe('problem errors name what is wrong', () => {
  const assignment = { kind: 'assignment', left: ['a', 'b'], right: ['x'], edges: [['a', 'x', 1]] };
  const graph = { kind: 'matching', nodes: ['a', 'b', 'c'], edges: [['a', 'b', 1]] };
  it.each([
    ['malformed JSON', '{"kind": "matching", nodes: []}', /not valid JSON/],
    ['not an object', '[1, 2]', /must be a JSON object/],
    ['unknown kind', { kind: 'pairs' }, /"kind" must be/],
    ['unknown field', { ...graph, size: 3 }, /unknown field "size" for kind "matching"/],
    ['ids not an array', { ...graph, nodes: 'a,b' }, /"nodes" must be an array/],
    [
      'an id that is not a string',
      { ...assignment, left: ['a', 7] },
      /left\[1\] must be a non-empty string, got 7/,
    ],
    [
      'duplicate ids',
      { ...graph, nodes: ['a', 'b', 'a'] },
      /duplicate id "a" in "nodes" \(positions 0 and 2\)/,
    ],
    [
      'an id on both sides',
      { ...assignment, right: ['x', 'b'] },
      /id "b" is in both "left" and "right"/,
    ],
    [
      'an edge that is not a triple',
      { ...graph, edges: [['a', 'b']] },
      /edge 0 must be \[id, id, weight\]/,
    ],
    [
      'unknown left id',
      { ...assignment, edges: [['q', 'x', 1]] },
      /edge 0 refers to unknown left id "q"/,
    ],
    [
      'unknown right id',
      {
        ...assignment,
        edges: [
          ['a', 'x', 1],
          ['a', 'z', 1],
        ],
      },
      /edge 1 refers to unknown right id "z"/,
    ],
    [
      'unknown node id',
      {
        ...graph,
        edges: [
          ['a', 'b', 1],
          ['c', 'zz', 1],
        ],
      },
      /edge 1 refers to unknown node id "zz"/,
    ],
    ['a self-loop', { ...graph, edges: [['a', 'a', 1]] }, /edge 0 is a self-loop on "a"/],
    [
      'a weight written as "NaN"',
      { ...graph, edges: [['a', 'b', 'NaN']] },
      /edge 0 has weight "NaN"; weights must be JSON numbers/,
    ],
    [
      'a weight that overflows to infinity',
      '{"kind":"matching","nodes":["a","b"],"edges":[["a","b",1e999]]}',
      /edge 0 has weight Infinity; weights must be finite/,
    ],
    [
      'a duplicate edge',
      {
        ...assignment,
        edges: [
          ['a', 'x', 1],
          ['b', 'x', 2],
          ['a', 'x', 3],
        ],
      },
      /edge 2 duplicates edge 0/,
    ],
    [
      'a duplicate edge written backwards',
      {
        ...graph,
        edges: [
          ['a', 'b', 1],
          ['b', 'a', 1],
        ],
      },
      /edge 1 duplicates edge 0/,
    ],
    [
      'capacity for an unknown id',
      { ...assignment, capacity: { y: 1 } },
      /capacity names unknown right id "y"/,
    ],
    [
      'a fractional capacity',
      { ...assignment, capacity: { x: 1.5 } },
      /capacity of "x" must be a whole number/,
    ],
    ['a minimising objective', { ...assignment, objective: 'min' }, /"objective" must be "max"/],
    [
      'an unknown mode',
      { ...assignment, mode: 'fastest' },
      /"mode" must be one of max-total, max-cardinality, max-min/,
    ],
    ['group size 1', { ...graph, kind: 'groups', size: 1 }, /"size" must be 2, 3 or 4, got 1/],
    ['group size 5', { ...graph, kind: 'groups', size: 5 }, /"size" must be 2, 3 or 4, got 5/],
    [
      'group size as text',
      { ...graph, kind: 'groups', size: '3' },
      /"size" must be 2, 3 or 4, got "3"/,
    ],
    ['group size missing', { ...graph, kind: 'groups' }, /"size" must be 2, 3 or 4/],
    [
      'a fractional seed',
      { ...graph, kind: 'groups', size: 3, seed: 0.5 },
      /"seed" must be a whole number, got 0.5/,
    ],
    [
      'maxCardinality not a boolean',
      { ...graph, maxCardinality: 'yes' },
      /"maxCardinality" must be true or false/,
    ],
  ])('%s', (_title, input, message) => {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    expect(() => parseProblem(text)).toThrow(ProblemError);
    expect(() => parseProblem(text)).toThrow(message);
  });
});

describe('mapping ids to indices and back', () => {
  const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 8,
  });
  const weight = fc.integer({ min: -20, max: 50 });

  it('every assignment pair is a listed edge, capacities hold and the total adds up', () => {
    fc.assert(
      fc.property(
        ids,
        ids,
        fc.array(fc.tuple(fc.nat(), fc.nat(), weight)),
        fc.array(fc.integer({ min: 0, max: 3 })),
        fc.constantFrom('max-total', 'max-cardinality', 'max-min'),
        (leftRaw, rightRaw, raw, caps, mode) => {
          const left = leftRaw.map((id) => `L${id}`);
          const right = rightRaw.map((id) => `R${id}`);
          const edges = new Map<string, [string, string, number]>();
          for (const [i, j, w] of raw) {
            const e: [string, string, number] = [left[i % left.length], right[j % right.length], w];
            edges.set(`${e[0]}|${e[1]}`, e);
          }
          const capacity = Object.fromEntries(right.map((id, j) => [id, caps[j] ?? 1]));
          const problem = {
            kind: 'assignment',
            left,
            right,
            capacity,
            edges: [...edges.values()],
            mode,
          };
          const result = solve(problem) as {
            pairs: [string, string][];
            total: number;
            unmatched: string[];
          };
          let total = 0;
          const used = new Map<string, number>();
          for (const [l, r] of result.pairs) {
            const edge = edges.get(`${l}|${r}`);
            expect(edge).toBeDefined();
            total += edge![2];
            used.set(r, (used.get(r) ?? 0) + 1);
          }
          for (const [r, count] of used) expect(count).toBeLessThanOrEqual(capacity[r]);
          expect(result.total).toBeCloseTo(total, 9);
          expect(new Set([...result.pairs.map((p) => p[0]), ...result.unmatched])).toEqual(
            new Set(left),
          );
        },
      ),
    );
  });

  it('every general pair is a listed edge and every node is paired or unmatched once', () => {
    fc.assert(
      fc.property(
        ids,
        fc.array(fc.tuple(fc.nat(), fc.nat(), weight)),
        fc.boolean(),
        (nodes, raw, maxCardinality) => {
          const edges = new Map<string, [string, string, number]>();
          for (const [i, j, w] of raw) {
            const [a, b] = [nodes[i % nodes.length], nodes[j % nodes.length]];
            if (a !== b) edges.set(a < b ? `${a}|${b}` : `${b}|${a}`, [a, b, w]);
          }
          const problem: MatchProblem = {
            kind: 'matching',
            nodes,
            edges: [...edges.values()],
            maxCardinality,
          };
          const result = solveProblem(problem) as {
            pairs: [string, string][];
            unmatched: string[];
          };
          for (const [a, b] of result.pairs)
            expect(edges.has(a < b ? `${a}|${b}` : `${b}|${a}`)).toBe(true);
          const seen = [...result.pairs.flat(), ...result.unmatched];
          expect(seen.sort()).toEqual([...nodes].sort());
        },
      ),
    );
  });
});
