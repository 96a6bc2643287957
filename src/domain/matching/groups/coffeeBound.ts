/**
 * Upper bounds on a coffee round's score for given group sizes. The smaller of the two is
 * reported; no round with the same sizes can score more.
 */
import type { CoffeeWeights } from './coffeeValues';

/**
 * Each pair scores at most the mean of its members' best, so a group of s scores at most
 * (s − 1)/2 times the sum of its members' best; giving the biggest groups to the people with the
 * highest best maximises that over every way to fill the same sizes.
 */
export function bestPossible(best: Float64Array, sizes: number[]): number {
  const order = Float64Array.from(best).sort().reverse();
  const slots = sizes.flatMap((s) => new Array<number>(s).fill(s)).sort((a, b) => b - a);
  let bound = 0;
  for (let i = 0; i < slots.length; i++) bound += ((slots[i] - 1) * order[i]) / 2;
  return bound;
}

/**
 * Every pair across teams has a member outside the largest team, who sits in at most g − 1 pairs,
 * so there are at most (g − 1) × (people outside it) such pairs; the same holds for sites. This
 * is what caps the mix when one team or site holds most people.
 */
export function mixPossible(
  sizes: number[],
  weights: CoffeeWeights,
  outsideLargestTeam: number,
  outsideLargestSite: number,
): number {
  const pairs = sizes.reduce((sum, s) => sum + (s * (s - 1)) / 2, 0);
  const most = Math.max(0, ...sizes) - 1;
  return (
    weights.meet * pairs +
    weights.crossTeam * Math.min(pairs, most * outsideLargestTeam) +
    weights.crossSite * Math.min(pairs, most * outsideLargestSite)
  );
}

/** Placed people outside the most common value of `of` (none when `of` is absent: no mix to score). */
export function placedOutsideLargest(groupOf: Int32Array, of: Int32Array | undefined): number {
  if (!of) return 0;
  const counts = new Map<number, number>();
  let placed = 0;
  for (let v = 0; v < groupOf.length; v++) {
    if (groupOf[v] === -1) continue;
    placed++;
    counts.set(of[v], (counts.get(of[v]) ?? 0) + 1);
  }
  return placed - Math.max(0, ...counts.values());
}
