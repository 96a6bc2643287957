/**
 * Repeatable chance for one pair: a number in [0, 1) from the seed and the two ids, never from
 * their position in a list, so shuffling the input cannot change a round.
 */
export function pairChance(seed: number, a: string, b: string): number {
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 finaliser): FNV alone leaves nearby keys correlated.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 0x1_0000_0000;
}
