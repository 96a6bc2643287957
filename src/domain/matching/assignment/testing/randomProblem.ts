import type { AssignmentProblem } from '../types';

/** Small seeded generator (mulberry32), so test instances are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomProblemSpec {
  leftCount: number;
  rightCount: number;
  /** Share of pairs that are allowed, 1 for a complete graph. */
  density: number;
  /** Weights are integers in [minWeight, maxWeight], or uniform reals with `real`. */
  minWeight: number;
  maxWeight: number;
  real?: boolean;
  /** Capacities drawn from 0..maxCapacity (at least 1 unless allowZero); omitted: all 1. */
  maxCapacity?: number;
  allowZeroCapacity?: boolean;
}

export function randomProblem(spec: RandomProblemSpec, random: () => number): AssignmentProblem {
  const left: number[] = [];
  const right: number[] = [];
  const weight: number[] = [];
  const span = spec.maxWeight - spec.minWeight;
  for (let i = 0; i < spec.leftCount; i++) {
    for (let j = 0; j < spec.rightCount; j++) {
      if (spec.density < 1 && random() >= spec.density) continue;
      left.push(i);
      right.push(j);
      weight.push(
        spec.real
          ? spec.minWeight + random() * span
          : spec.minWeight + Math.floor(random() * (span + 1)),
      );
    }
  }
  let capacity: number[] | undefined;
  if (spec.maxCapacity !== undefined) {
    const lowest = spec.allowZeroCapacity ? 0 : 1;
    const max = spec.maxCapacity;
    capacity = Array.from(
      { length: spec.rightCount },
      () => lowest + Math.floor(random() * (max - lowest + 1)),
    );
  }
  return {
    leftCount: spec.leftCount,
    rightCount: spec.rightCount,
    capacity,
    edgeLeft: Int32Array.from(left),
    edgeRight: Int32Array.from(right),
    edgeWeight: Float64Array.from(weight),
  };
}
