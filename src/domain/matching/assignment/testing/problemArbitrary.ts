import fc from 'fast-check';
import type { AssignmentProblem } from '../types';

const weight = fc.oneof(
  fc.integer({ min: -20, max: 40 }),
  fc.integer({ min: 0, max: 3 }),
  fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true }),
);

/**
 * Small problems for brute-force comparison (at least minLeft x minRight, at most 7 x 6): rectangular either way, sparse to complete, some
 * pairs listed twice, capacities from 0 to 3 (or left out), integer and real weights with ties.
 */
export function smallProblem(minLeft = 0, minRight = 0): fc.Arbitrary<AssignmentProblem> {
  return fc
    .record({
      leftCount: fc.integer({ min: minLeft, max: 7 }),
      rightCount: fc.integer({ min: minRight, max: 6 }),
    })
    .chain(({ leftCount, rightCount }) =>
      fc.record({
        leftCount: fc.constant(leftCount),
        rightCount: fc.constant(rightCount),
        edges:
          leftCount === 0 || rightCount === 0
            ? fc.constant<Array<[number, number, number]>>([])
            : fc.oneof(
                fc.array(
                  fc.tuple(
                    fc.integer({ min: 0, max: leftCount - 1 }),
                    fc.integer({ min: 0, max: rightCount - 1 }),
                    weight,
                  ),
                  { maxLength: leftCount * rightCount + 2 },
                ),
                // Nearly complete graphs, where a short shortlist needs several pricing rounds.
                fc
                  .array(fc.option(weight, { nil: undefined, freq: 4 }), {
                    minLength: leftCount * rightCount,
                    maxLength: leftCount * rightCount,
                  })
                  .map((weights) =>
                    weights.flatMap(
                      (w, at): Array<[number, number, number]> =>
                        w === undefined ? [] : [[Math.floor(at / rightCount), at % rightCount, w]],
                    ),
                  ),
              ),
        capacity: fc.option(
          fc.array(fc.integer({ min: 0, max: 3 }), {
            minLength: rightCount,
            maxLength: rightCount,
          }),
          { nil: undefined },
        ),
      }),
    )
    .map(({ leftCount, rightCount, edges, capacity }) => ({
      leftCount,
      rightCount,
      capacity,
      edgeLeft: Int32Array.from(edges.map((e) => e[0])),
      edgeRight: Int32Array.from(edges.map((e) => e[1])),
      edgeWeight: Float64Array.from(edges.map((e) => e[2])),
    }));
}

/** Best weight per listed pair, as the solvers count a pair listed twice. */
export function pairWeight(problem: AssignmentProblem, left: number, right: number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let e = 0; e < problem.edgeLeft.length; e++) {
    if (problem.edgeLeft[e] === left && problem.edgeRight[e] === right) {
      best = Math.max(best, problem.edgeWeight[e]);
    }
  }
  return best;
}
