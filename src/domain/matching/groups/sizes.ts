/**
 * How many groups of which size a round makes, so that nobody is ever left alone.
 *
 * Groups have the target size, except as few groups as possible of another size between 2 and 4
 * that make the count come out. With a target of 3 or 4 a pair is used only when nothing else
 * works (5 people, or 2); among equally few, sizes closer to the target win. Examples:
 * target 2 with 7 people: 2, 2, 3. Target 3 with 10: 4, 3, 3; with 11: 4, 4, 3. Target 4 with
 * 9: 3, 3, 3; with 10: 4, 3, 3; with 5: 3, 2. One person cannot form a group; zero makes none.
 */
export type GroupSize = 2 | 3 | 4;

const ALL_SIZES: GroupSize[] = [2, 3, 4];

/** Group sizes for `count` people, largest first; empty when count < 2. */
export function planGroupSizes(count: number, target: GroupSize): number[] {
  if (count < 2) return [];
  const others = ALL_SIZES.filter((s) => s !== target);
  let best: { extra: number[]; cost: number[] } | null = null;
  // Three off-size groups always suffice: one of them fixes any remainder modulo 2, 3 or 4.
  for (const extra of combinations(others, 3)) {
    const rest = count - extra.reduce((a, b) => a + b, 0);
    if (rest < 0 || rest % target !== 0) continue;
    const cost = [
      target >= 3 ? extra.filter((s) => s === 2).length : 0,
      extra.length,
      extra.reduce((sum, s) => sum + Math.abs(s - target), 0),
    ];
    if (best === null || lexicallyLess(cost, best.cost)) best = { extra, cost };
  }
  if (best === null) throw new Error(`no plan for ${count} people in groups of ${target}`);
  const sizes = [...best.extra, ...new Array((count - sum(best.extra)) / target).fill(target)];
  return sizes.sort((a, b) => b - a);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function lexicallyLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** Multisets of up to `most` elements drawn from `values`, smallest first. */
function combinations(values: number[], most: number): number[][] {
  const out: number[][] = [[]];
  const grow = (prefix: number[], from: number) => {
    if (prefix.length === most) return;
    for (let i = from; i < values.length; i++) {
      const next = [...prefix, values[i]];
      out.push(next);
      grow(next, i);
    }
  };
  grow([], 0);
  return out;
}
