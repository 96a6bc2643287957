import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampledPairs } from './coffeeCandidates';
import { pairChance } from './seededChance';

describe('seeded chance', () => {
  it('is a number in [0, 1) that ignores the order of the pair', () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), fc.string(), (seed, a, b) => {
        const chance = pairChance(seed, a, b);
        expect(chance).toBeGreaterThanOrEqual(0);
        expect(chance).toBeLessThan(1);
        expect(pairChance(seed, b, a)).toBe(chance);
      }),
    );
  });

  it('spreads evenly enough to break ties fairly', () => {
    const values = Array.from({ length: 4000 }, (_, i) => pairChance(7, `p${i}`, 'q'));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(new Set(values.map((v) => Math.floor(v * 10))).size).toBe(10);
  });
});

describe('sampled coffee candidates', () => {
  it('gives everyone candidates, no pair twice, the same for the same seed', () => {
    const pairs = sampledPairs(50, 6, 3);
    const keys = pairs.map(([i, j]) => `${i}-${j}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairs.every(([i, j]) => i < j)).toBe(true);
    const degree = new Array(50).fill(0);
    for (const [i, j] of pairs) {
      degree[i]++;
      degree[j]++;
    }
    expect(Math.min(...degree)).toBeGreaterThanOrEqual(2);
    expect(sampledPairs(50, 6, 3)).toEqual(pairs);
    expect(sampledPairs(50, 6, 4)).not.toEqual(pairs);
  });
});
