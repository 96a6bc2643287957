import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GroupSize, planGroupSizes } from './sizes';

describe('planGroupSizes', () => {
  it('follows the documented examples', () => {
    expect(planGroupSizes(7, 2)).toEqual([3, 2, 2]);
    expect(planGroupSizes(10, 3)).toEqual([4, 3, 3]);
    expect(planGroupSizes(11, 3)).toEqual([4, 4, 3]);
    expect(planGroupSizes(9, 4)).toEqual([3, 3, 3]);
    expect(planGroupSizes(10, 4)).toEqual([4, 3, 3]);
    expect(planGroupSizes(5, 4)).toEqual([3, 2]);
    expect(planGroupSizes(5, 3)).toEqual([3, 2]);
    expect(planGroupSizes(2, 4)).toEqual([2]);
    expect(planGroupSizes(1, 2)).toEqual([]);
    expect(planGroupSizes(0, 3)).toEqual([]);
  });

  it('covers everyone with groups of 2 to 4, leaving nobody alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5000 }),
        fc.constantFrom<GroupSize>(2, 3, 4),
        (n, t) => {
          const sizes = planGroupSizes(n, t);
          expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
          for (const s of sizes) expect(s === 2 || s === 3 || s === 4).toBe(true);
        },
      ),
    );
  });

  it('uses as few off-size groups as any plan can, and pairs only when forced', () => {
    // Smallest number of off-size groups over every multiset of sizes 2..4 adding up to n.
    const fewest = (n: number, t: number, pairsAllowed: boolean): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let twos = 0; 2 * twos <= n; twos++) {
        for (let threes = 0; 2 * twos + 3 * threes <= n; threes++) {
          const rest = n - 2 * twos - 3 * threes;
          if (rest % 4 !== 0 || (!pairsAllowed && twos > 0)) continue;
          const fours = rest / 4;
          const off = (t === 2 ? 0 : twos) + (t === 3 ? 0 : threes) + (t === 4 ? 0 : fours);
          best = Math.min(best, off);
        }
      }
      return best;
    };
    for (const t of [2, 3, 4] as const) {
      for (let n = 2; n <= 60; n++) {
        const sizes = planGroupSizes(n, t);
        const pairs = sizes.filter((s) => s === 2).length;
        const canAvoidPairs = fewest(n, t, false) < Number.POSITIVE_INFINITY;
        if (t >= 3 && canAvoidPairs) expect(pairs, `${n} in groups of ${t}`).toBe(0);
        const off = sizes.filter((s) => s !== t).length;
        expect(off).toBe(fewest(n, t, t === 2 || !canAvoidPairs));
      }
    }
  });
});
