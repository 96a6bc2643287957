/**
 * Checks the caller's input. Callers (the CLI, use cases) validate user data first, so anything
 * caught here is a programming error and throws a RangeError naming the offending item.
 */

export interface WeightRange {
  min: number;
  max: number;
}

export function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0x3fffffff) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/** Right-node capacities as integers, each cut to leftCount: nobody can take more than that. */
export function normaliseCapacity(
  capacity: ArrayLike<number> | undefined,
  rightCount: number,
  leftCount: number,
): Int32Array {
  const result = new Int32Array(rightCount);
  if (capacity === undefined) return result.fill(Math.min(1, leftCount));
  if (capacity.length !== rightCount) {
    throw new RangeError(
      `capacity has ${capacity.length} entries but there are ${rightCount} right nodes`,
    );
  }
  for (let j = 0; j < rightCount; j++) {
    const c = capacity[j];
    if (!(c >= 0) || (Number.isFinite(c) && !Number.isInteger(c))) {
      throw new RangeError(`capacity[${j}] must be a non-negative integer, got ${c}`);
    }
    result[j] = Math.min(c, leftCount);
  }
  return result;
}

/** Throws unless every weight is finite; returns their range (empty: min > max). */
export function checkWeights(weights: Float64Array, length: number, what: string): WeightRange {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let e = 0; e < length; e++) {
    const w = weights[e];
    if (!Number.isFinite(w)) throw new RangeError(`${what} ${e} has a non-finite weight (${w})`);
    if (w < min) min = w;
    if (w > max) max = w;
  }
  return { min, max };
}

export function checkEdgeEnds(
  edgeLeft: Int32Array,
  edgeRight: Int32Array,
  edgeWeight: Float64Array,
  leftCount: number,
  rightCount: number,
): void {
  const length = edgeLeft.length;
  if (edgeRight.length !== length || edgeWeight.length !== length) {
    throw new RangeError(
      `edge arrays differ in length: ${length} left, ${edgeRight.length} right, ${edgeWeight.length} weights`,
    );
  }
  for (let e = 0; e < length; e++) {
    const i = edgeLeft[e];
    const j = edgeRight[e];
    if (i < 0 || i >= leftCount) throw new RangeError(`edge ${e} has left id ${i} out of range`);
    if (j < 0 || j >= rightCount) throw new RangeError(`edge ${e} has right id ${j} out of range`);
  }
}
