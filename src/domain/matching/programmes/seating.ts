/**
 * Where the last people without a group sit down: a pair becomes a trio, a trio a four, never
 * with someone a rule forbids. Used after the exact solvers, whose answers can leave an odd one
 * out or lose a member to a broken rule.
 */
import type { PairBook } from './pairBook';

/** Seats each person in the group with room where every new pair is allowed and fits best. */
export function seatLeftovers(
  alone: readonly string[],
  groups: string[][],
  maxSize: number,
  book: PairBook,
): string[] {
  const stillAlone: string[] = [];
  for (const id of alone) {
    let best: string[] | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const group of groups) {
      if (group.length >= maxSize) continue;
      let score = 0;
      let allowed = true;
      for (const other of group) {
        const fit = book.fit(id, other);
        if (!fit.allowed) {
          allowed = false;
          break;
        }
        score += fit.score;
      }
      if (allowed && score > bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (best) best.push(id);
    else stillAlone.push(id);
  }
  return stillAlone;
}
