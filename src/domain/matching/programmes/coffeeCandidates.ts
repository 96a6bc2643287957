/**
 * Who is scored against whom in a coffee round too large to score every pair, and where the
 * last people without a group sit down. Each pass lays everyone on a seeded random ring and pairs
 * neighbours, so every person gets two fresh candidates per pass, from anywhere in the
 * organisation. Everything is built from ids sorted in advance, so the same people and seed
 * always give the same candidates.
 */
import type { PairBook } from './pairBook';
import { pairChance } from './seededChance';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** Candidate pairs as [i, j] indices into `ids` with i < j, without duplicates. */
export function sampledPairs(count: number, perPerson: number, seed: number): [number, number][] {
  const random = mulberry32(seed);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const ring = Array.from({ length: count }, (_, i) => i);
  const passes = Math.max(1, Math.ceil(perPerson / 2));
  for (let pass = 0; pass < passes && count > 1; pass++) {
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ring[i], ring[j]] = [ring[j], ring[i]];
    }
    for (let k = 0; k < count; k++) {
      const x = ring[k];
      const y = ring[(k + 1) % count];
      const [i, j] = x < y ? [x, y] : [y, x];
      if (i === j || seen.has(i * count + j)) continue;
      seen.add(i * count + j);
      pairs.push([i, j]);
    }
  }
  return pairs;
}

/**
 * Seats each person still alone in the group where every new pair is allowed and fits best, one
 * over the target size at most (with an odd count, a pair becomes a trio). Large rounds look at
 * `scan` groups from a seeded starting point instead of all of them.
 */
export function seatLeftovers(
  alone: readonly string[],
  groups: string[][],
  maxSize: number,
  book: PairBook,
  scan: number,
  seed: number,
): string[] {
  const stillAlone: string[] = [];
  for (const id of alone) {
    let best: string[] | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    const start = Math.floor(pairChance(seed, id, id) * groups.length);
    for (let k = 0; k < Math.min(scan, groups.length); k++) {
      const group = groups[(start + k) % groups.length];
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
