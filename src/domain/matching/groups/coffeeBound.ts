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
 * A team (or site) of c people spread over G groups shares a group least when spread evenly:
 * q = ⌊c/G⌋ in each group and one more in r = c mod G of them, leaving G·q(q−1)/2 + r·q pairs
 * inside it; caps on group size only raise that. So at most P minus those pairs cross teams
 * (sites), which is what limits the mix when one team or site holds many people.
 */
export function mixPossible(
  sizes: number[],
  weights: CoffeeWeights,
  teamCounts: number[],
  siteCounts: number[],
): number {
  const pairs = sizes.reduce((sum, s) => sum + (s * (s - 1)) / 2, 0);
  const groups = sizes.length;
  const across = (counts: number[]) => {
    if (groups === 0) return 0;
    let inside = 0;
    for (const c of counts) {
      const q = Math.floor(c / groups);
      inside += (groups * q * (q - 1)) / 2 + (c % groups) * q;
    }
    return Math.max(0, pairs - inside);
  };
  return (
    weights.meet * pairs +
    weights.crossTeam * across(teamCounts) +
    weights.crossSite * across(siteCounts)
  );
}

/** How many placed people each value of `of` has (none when `of` is absent: no mix to score). */
export function placedCounts(groupOf: Int32Array, of: Int32Array | undefined): number[] {
  if (!of) return [];
  const counts = new Map<number, number>();
  for (let v = 0; v < groupOf.length; v++) {
    if (groupOf[v] !== -1) counts.set(of[v], (counts.get(of[v]) ?? 0) + 1);
  }
  return [...counts.values()];
}
