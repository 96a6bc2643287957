import { describe, expect, it } from 'vitest';
import { type GeneralMatchingProblem, maxWeightMatching, verifyMatching } from './index';

function problem(
  nodeCount: number,
  edges: Array<[number, number, number]>,
): GeneralMatchingProblem {
  return {
    nodeCount,
    edgeU: Int32Array.from(edges.map((e) => e[0])),
    edgeV: Int32Array.from(edges.map((e) => e[1])),
    edgeWeight: Float64Array.from(edges.map((e) => e[2])),
  };
}

/** Seeded xorshift, so large instances are the same on every run. */
function random(seed: number): () => number {
  let s = seed | 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function sparseProblem(n: number, perVertex: number, seed: number): GeneralMatchingProblem {
  const next = random(seed);
  const edges: Array<[number, number, number]> = [];
  for (let u = 0; u < n; u++) {
    for (let k = 0; k < perVertex; k++) {
      const v = Math.floor(next() * n);
      if (v !== u) edges.push([u, v, 1 + Math.floor(next() * 1000)]);
    }
  }
  return problem(n, edges);
}

const sortedPairs = (pairs: Array<[number, number]>) => pairs.map(([a, b]) => `${a}-${b}`).sort();

describe('maxWeightMatching: edge cases', () => {
  it('returns an empty matching for an empty graph', () => {
    const solution = maxWeightMatching(problem(0, []));
    expect(solution.pairs).toEqual([]);
    expect(solution.total).toBe(0);
    expect(solution.mate.length).toBe(0);
  });

  it('leaves a single vertex and edgeless vertices unmatched', () => {
    expect(maxWeightMatching(problem(1, [])).mate).toEqual(Int32Array.from([-1]));
    const solution = maxWeightMatching(problem(4, []));
    expect([...solution.mate]).toEqual([-1, -1, -1, -1]);
    expect(verifyMatching(problem(4, []), solution)).toEqual([]);
  });

  it('ignores self-loops', () => {
    const p = problem(2, [
      [0, 0, 50],
      [1, 1, 60],
    ]);
    expect(maxWeightMatching(p).pairs).toEqual([]);
  });

  it('never takes negative or zero edges unless maxCardinality asks for size first', () => {
    const p = problem(4, [
      [0, 1, -2],
      [2, 3, 0],
      [1, 2, -1],
    ]);
    expect(maxWeightMatching(p).pairs).toEqual([]);
    const most = maxWeightMatching(p, { maxCardinality: true });
    expect(sortedPairs(most.pairs)).toEqual(['0-1', '2-3']);
    expect(most.total).toBe(-2);
    expect(verifyMatching(p, most, { maxCardinality: true })).toEqual([]);
  });

  it('prefers cardinality over weight with maxCardinality', () => {
    const p = problem(4, [
      [0, 1, 2],
      [1, 2, 10],
      [2, 3, 2],
    ]);
    expect(sortedPairs(maxWeightMatching(p).pairs)).toEqual(['1-2']);
    expect(sortedPairs(maxWeightMatching(p, { maxCardinality: true }).pairs)).toEqual([
      '0-1',
      '2-3',
    ]);
  });

  it('uses the heaviest of parallel edges', () => {
    const p = problem(2, [
      [0, 1, 3],
      [1, 0, 8],
      [0, 1, 5],
    ]);
    const solution = maxWeightMatching(p);
    expect(solution.total).toBe(8);
    expect(verifyMatching(p, solution)).toEqual([]);
  });

  it('handles fractional weights', () => {
    const p = problem(4, [
      [0, 1, Math.PI],
      [1, 2, Math.E],
      [0, 2, 3.0],
      [0, 3, Math.SQRT2],
    ]);
    const solution = maxWeightMatching(p);
    expect(sortedPairs(solution.pairs)).toEqual(['0-3', '1-2']);
    expect(verifyMatching(p, solution)).toEqual([]);
  });

  it('rejects non-finite weights, endpoints out of range and ragged arrays', () => {
    expect(() => maxWeightMatching(problem(2, [[0, 1, Number.NaN]]))).toThrow(RangeError);
    expect(() => maxWeightMatching(problem(2, [[0, 1, Number.POSITIVE_INFINITY]]))).toThrow(
      RangeError,
    );
    expect(() => maxWeightMatching(problem(2, [[0, 2, 1]]))).toThrow(RangeError);
    expect(() => maxWeightMatching(problem(-1, []))).toThrow(RangeError);
    expect(() =>
      maxWeightMatching({
        nodeCount: 2,
        edgeU: Int32Array.of(0),
        edgeV: Int32Array.of(1),
        edgeWeight: new Float64Array(0),
      }),
    ).toThrow(RangeError);
    expect(() => maxWeightMatching(problem(2, [[0, 1, 1]]), { shortlist: -1 })).toThrow(RangeError);
  });
});

// Instances from J. van Rantwijk's test suite for the blossom algorithm (also in networkx),
// each built to drive one rare path: relabelling, nested expansion, least-slack edges.
const classic: Array<[string, Array<[number, number, number]>, string[]]> = [
  [
    'S-blossom',
    [
      [1, 2, 8],
      [1, 3, 9],
      [2, 3, 10],
      [3, 4, 7],
      [1, 6, 5],
      [4, 5, 6],
    ],
    ['1-6', '2-3', '4-5'],
  ],
  [
    'S-blossom relabelled as T',
    [
      [1, 2, 9],
      [1, 3, 8],
      [2, 3, 10],
      [1, 4, 5],
      [4, 5, 3],
      [3, 6, 4],
    ],
    ['1-2', '3-6', '4-5'],
  ],
  [
    'nested S-blossom',
    [
      [1, 2, 9],
      [1, 3, 9],
      [2, 3, 10],
      [2, 4, 8],
      [3, 5, 8],
      [4, 5, 10],
      [5, 6, 6],
    ],
    ['1-3', '2-4', '5-6'],
  ],
  [
    'nested S-blossom relabelled',
    [
      [1, 2, 10],
      [1, 7, 10],
      [2, 3, 12],
      [3, 4, 20],
      [3, 5, 20],
      [4, 5, 25],
      [5, 6, 10],
      [6, 7, 10],
      [7, 8, 8],
    ],
    ['1-2', '3-4', '5-6', '7-8'],
  ],
  [
    'nested S-blossom expanded',
    [
      [1, 2, 8],
      [1, 3, 8],
      [2, 3, 10],
      [2, 4, 12],
      [3, 5, 12],
      [4, 5, 14],
      [4, 6, 12],
      [5, 7, 12],
      [6, 7, 14],
      [7, 8, 12],
    ],
    ['1-2', '3-5', '4-6', '7-8'],
  ],
  [
    'S-blossom relabelled as T and expanded',
    [
      [1, 2, 23],
      [1, 5, 22],
      [1, 6, 15],
      [2, 3, 25],
      [3, 4, 22],
      [4, 5, 25],
      [4, 8, 14],
      [5, 7, 13],
    ],
    ['1-6', '2-3', '4-8', '5-7'],
  ],
  [
    'nested S-blossom relabelled as T and expanded',
    [
      [1, 2, 19],
      [1, 3, 20],
      [1, 8, 8],
      [2, 3, 25],
      [2, 4, 18],
      [3, 5, 18],
      [4, 5, 13],
      [4, 7, 7],
      [5, 6, 7],
    ],
    ['1-8', '2-3', '4-7', '5-6'],
  ],
  [
    'T relabelled two ways',
    [
      [1, 2, 45],
      [1, 5, 45],
      [2, 3, 50],
      [3, 4, 45],
      [4, 5, 50],
      [1, 6, 30],
      [3, 9, 35],
      [4, 8, 35],
      [5, 7, 26],
      [9, 10, 5],
    ],
    ['1-6', '2-3', '4-8', '5-7', '9-10'],
  ],
  [
    'T relabelled two ways, again',
    [
      [1, 2, 45],
      [1, 5, 45],
      [2, 3, 50],
      [3, 4, 45],
      [4, 5, 50],
      [1, 6, 30],
      [3, 9, 35],
      [4, 8, 26],
      [5, 7, 40],
      [9, 10, 5],
    ],
    ['1-6', '2-3', '4-8', '5-7', '9-10'],
  ],
  [
    'expansion yields a new least-slack edge',
    [
      [1, 2, 45],
      [1, 5, 45],
      [2, 3, 50],
      [3, 4, 45],
      [4, 5, 50],
      [1, 6, 30],
      [3, 9, 35],
      [4, 8, 28],
      [5, 7, 26],
      [9, 10, 5],
    ],
    ['1-6', '2-3', '4-8', '5-7', '9-10'],
  ],
  [
    'inner blossom ends on an augmenting path',
    [
      [1, 2, 45],
      [1, 7, 45],
      [2, 3, 50],
      [3, 4, 45],
      [4, 5, 95],
      [4, 6, 94],
      [5, 6, 94],
      [6, 7, 50],
      [1, 8, 30],
      [3, 11, 35],
      [5, 9, 36],
      [7, 10, 26],
      [11, 12, 5],
    ],
    ['1-8', '2-3', '4-6', '5-9', '7-10', '11-12'],
  ],
  [
    'nested S-blossom expanded recursively',
    [
      [1, 2, 40],
      [1, 3, 40],
      [2, 3, 60],
      [2, 4, 55],
      [3, 5, 55],
      [4, 5, 50],
      [1, 8, 15],
      [5, 7, 30],
      [7, 6, 10],
      [8, 10, 10],
      [4, 9, 30],
    ],
    ['1-2', '3-5', '4-9', '6-7', '8-10'],
  ],
];

describe('maxWeightMatching: blossom cases', () => {
  for (const [name, edges, expected] of classic) {
    it(name, () => {
      const p = problem(13, edges);
      for (const shortlist of [0, 1, 2]) {
        const solution = maxWeightMatching(p, { shortlist });
        expect(sortedPairs(solution.pairs)).toEqual([...expected].sort());
        expect(verifyMatching(p, solution)).toEqual([]);
      }
    });
  }
});

describe('maxWeightMatching: shortlists and the dual check', () => {
  it('puts back an edge outside every shortlist when the optimum needs it', () => {
    // Vertices 2 and 3 each like 0 best, so edge 2-3 is on nobody's shortlist of one, yet the
    // optimum is 0-1 plus 2-3. (Edge 1-2 only makes the graph big enough to shortlist.)
    const p = problem(4, [
      [0, 1, 10],
      [2, 0, 9],
      [3, 0, 9],
      [2, 3, 8],
      [1, 2, 1],
    ]);
    const solution = maxWeightMatching(p, { shortlist: 1 });
    expect(solution.total).toBe(18);
    expect(solution.stats.addedBack).toBeGreaterThan(0);
    expect(solution.stats.rounds).toBeGreaterThan(1);
    expect(verifyMatching(p, solution)).toEqual([]);
  });

  it('gives the same optimum with and without shortlists on a large sparse graph', () => {
    const p = sparseProblem(3000, 12, 7);
    const full = maxWeightMatching(p, { shortlist: 0 });
    for (const shortlist of [2, 4, 8]) {
      const short = maxWeightMatching(p, { shortlist });
      expect(short.total).toBe(full.total);
      expect(short.stats.solvedEdges).toBeLessThan(full.stats.solvedEdges);
      expect(verifyMatching(p, short)).toEqual([]);
    }
    expect(verifyMatching(p, full)).toEqual([]);
  });

  it('proves maximum cardinality with a barrier when shortlists drop needed edges', () => {
    const p = sparseProblem(1500, 6, 11);
    const full = maxWeightMatching(p, { maxCardinality: true, shortlist: 0 });
    const short = maxWeightMatching(p, { maxCardinality: true, shortlist: 1 });
    expect(short.pairs.length).toBe(full.pairs.length);
    expect(short.total).toBe(full.total);
    expect(verifyMatching(p, short, { maxCardinality: true })).toEqual([]);
  });

  it('is deterministic', () => {
    const p = sparseProblem(2000, 10, 3);
    const a = maxWeightMatching(p);
    const b = maxWeightMatching(p);
    expect(b.mate).toEqual(a.mate);
    expect(b.certificate.vertexDual).toEqual(a.certificate.vertexDual);
  });

  it('survives long alternating paths and deep blossoms without recursion', () => {
    // A long path with rising weights makes one tree walk the whole length, and odd cycles
    // along it nest blossoms.
    const n = 60001;
    const edges: Array<[number, number, number]> = [];
    for (let v = 0; v + 1 < n; v++) edges.push([v, v + 1, 1000 + (v % 7)]);
    for (let v = 0; v + 2 < n; v += 2) edges.push([v, v + 2, 999]);
    const p = problem(n, edges);
    const solution = maxWeightMatching(p, { shortlist: 0 });
    expect(solution.pairs.length).toBe((n - 1) / 2);
    expect(verifyMatching(p, solution)).toEqual([]);
  });
});
