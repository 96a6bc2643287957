import type { WeightRange } from './validate';

/**
 * "Most people matched first, then best total" is a plain max-total problem in which leaving a
 * row unmatched costs a penalty P. One more pair must beat any weight difference: a matching of
 * k + 1 pairs scores at least (k + 1) * min - P * (n - k - 1), one of k pairs at most
 * k * max - P * (n - k), so any P above (K - 1) * (max - min) - min does it, K being the largest
 * possible number of pairs. This returns that bound.
 */
export function cardinalityBound(range: WeightRange, maxPairs: number): number {
  if (maxPairs === 0 || range.min > range.max) return 0;
  return (maxPairs - 1) * (range.max - range.min) - range.min;
}

/**
 * A penalty safely above the bound that stays an integer for integer weights (so the solver's
 * sums stay exact in floating point) and stays close to the weights' scale (so rounding errors
 * stay at the weights' scale too).
 */
export function cardinalityPenalty(range: WeightRange, maxPairs: number): number {
  if (maxPairs === 0 || range.min > range.max) return 1;
  const spread = range.max - range.min;
  return Math.max(0, cardinalityBound(range, maxPairs)) + spread + Math.abs(range.min) + 1;
}
