import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
