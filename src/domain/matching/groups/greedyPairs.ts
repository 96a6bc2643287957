/**
 * Fast seed pairs for large rounds: people in random order each take their best-valued free
 * candidate. Linear in the number of candidates, and with near-uniform scores almost as good as
 * an exact matching (the benchmark reports how close).
 */
import type { Candidates, PairValues } from './pairValues';
import { type Random, shuffledRange } from './random';

export function greedyPairs(
  people: number,
  values: PairValues,
  candidates: Candidates,
  random: Random,
): Array<[number, number]> {
  const taken = new Uint8Array(people);
  const pairs: Array<[number, number]> = [];
  for (const v of shuffledRange(random, people)) {
    if (taken[v]) continue;
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let k = candidates.start[v]; k < candidates.start[v + 1]; k++) {
      const u = candidates.partner[k];
      if (taken[u] || u === v) continue;
      const value = values.value(v, u);
      if (value > bestValue) {
        best = u;
        bestValue = value;
      }
    }
    if (best === -1) continue;
    taken[v] = 1;
    taken[best] = 1;
    pairs.push([v, best]);
  }
  return pairs;
}
