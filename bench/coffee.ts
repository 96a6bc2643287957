/**
 * Coffee rounds at organisation scale: 100,000 people with 10 earlier rounds of history, in
 * pairs and in groups of 3 and 4; then a 2,000-person round in pairs against the exact optimum
 * of the same round (the general matcher on every allowed pair).
 *
 *   node bin/run-ts.mjs bench/coffee.ts [--people=100000]
 *
 * The organisation: teams of 6 to 18 people, six sites of very different sizes (35 % down to
 * 5 %). The history is made by the round itself, ten times in a row, so it is as dense as real
 * use makes it. Repeats are counted independently of the solver, from the history pairs.
 */
import { maxWeightMatching } from '../src/domain/matching/general';
import { type CoffeeRoundResult, coffeeRound, type GroupSize } from '../src/domain/matching/groups';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function organisation(people: number, seed: number) {
  const next = random(seed);
  const teamOf = new Int32Array(people);
  const siteOf = new Int32Array(people);
  const siteShares = [0.35, 0.25, 0.15, 0.1, 0.1, 0.05];
  let team = 0;
  let left = 0;
  for (let v = 0; v < people; v++) {
    if (left === 0) {
      team++;
      left = 6 + Math.floor(next() * 13);
    }
    left--;
    teamOf[v] = team;
    let r = next();
    let site = 0;
    while (site < siteShares.length - 1 && r >= siteShares[site]) r -= siteShares[site++];
    siteOf[v] = site;
  }
  return { teamOf, siteOf };
}

function pairsOf(result: CoffeeRoundResult, out: { a: number[]; b: number[] }): void {
  for (const g of result.groups) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        out.a.push(g[i]);
        out.b.push(g[j]);
      }
    }
  }
}

function history(
  people: number,
  size: GroupSize,
  org: ReturnType<typeof organisation>,
  rounds: number,
) {
  const met = { a: [] as number[], b: [] as number[] };
  for (let r = 1; r <= rounds; r++) {
    const result = coffeeRound({
      people,
      size,
      seed: r,
      ...org,
      history: { a: Int32Array.from(met.a), b: Int32Array.from(met.b) },
    });
    pairsOf(result, met);
  }
  return { a: Int32Array.from(met.a), b: Int32Array.from(met.b) };
}

/** Repeats counted from the history itself, not from the solver's own count. */
function repeats(
  result: CoffeeRoundResult,
  met: { a: Int32Array; b: Int32Array },
  people: number,
): number {
  const seen = new Set<number>();
  for (let k = 0; k < met.a.length; k++) {
    seen.add(Math.min(met.a[k], met.b[k]) * people + Math.max(met.a[k], met.b[k]));
  }
  let count = 0;
  const now = { a: [] as number[], b: [] as number[] };
  pairsOf(result, now);
  for (let k = 0; k < now.a.length; k++) {
    if (seen.has(Math.min(now.a[k], now.b[k]) * people + Math.max(now.a[k], now.b[k]))) count++;
  }
  return count;
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const start = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - start) / 1000 };
}

const percent = (part: number, whole: number) =>
  `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`;

function largeRounds(people: number): string[] {
  const org = organisation(people, 2026);
  const rows = [
    `| ${people.toLocaleString('en')} people, 10 rounds of history | time (median of 3) | history pairs | repeats | unplaced | score ÷ upper bound | across teams | across sites | peak memory |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const size of [2, 3, 4] as GroupSize[]) {
    const met = history(people, size, org, 10);
    const input = { people, size, seed: 11, ...org, history: met };
    const runs = [0, 1, 2].map(() => timed(() => coffeeRound(input)));
    runs.sort((x, y) => x.seconds - y.seconds);
    const { value: result, seconds } = runs[1];
    rows.push(
      `| groups of ${size} | ${seconds.toFixed(3)} s | ${met.a.length.toLocaleString('en')} | ${repeats(result, met, people)} | ${result.unplaced.length} | ${result.ratio.toFixed(4)} | ${percent(result.crossTeamPairs, result.pairs)} | ${percent(result.crossSitePairs, result.pairs)} | ${Math.round(process.resourceUsage().maxRSS / 1024)} MB |`,
    );
    console.log(rows[rows.length - 1]);
  }
  return rows;
}

function againstExact(people: number): string[] {
  const org = organisation(people, 7);
  const met = history(people, 2, org, 10);
  const seen = new Set<number>();
  for (let k = 0; k < met.a.length; k++)
    seen.add(Math.min(met.a[k], met.b[k]) * people + Math.max(met.a[k], met.b[k]));
  const heuristic = timed(() => coffeeRound({ people, size: 2, seed: 11, ...org, history: met }));
  const edgeU: number[] = [];
  const edgeV: number[] = [];
  const edgeWeight: number[] = [];
  for (let i = 0; i < people; i++) {
    for (let j = i + 1; j < people; j++) {
      if (seen.has(i * people + j)) continue;
      edgeU.push(i);
      edgeV.push(j);
      edgeWeight.push(
        1 + Number(org.teamOf[i] !== org.teamOf[j]) + Number(org.siteOf[i] !== org.siteOf[j]),
      );
    }
  }
  const problem = {
    nodeCount: people,
    edgeU: Int32Array.from(edgeU),
    edgeV: Int32Array.from(edgeV),
    edgeWeight: Float64Array.from(edgeWeight),
  };
  const exact = timed(() => maxWeightMatching(problem, { maxCardinality: true }));
  const h = heuristic.value;
  return [
    `| ${people.toLocaleString('en')} people in pairs, 10 rounds of history | time | score | pairs | score ÷ exact | exact ÷ upper bound |`,
    '|---|---|---|---|---|---|',
    `| coffee round (heuristic) | ${heuristic.seconds.toFixed(3)} s | ${h.score} | ${h.pairs} | ${(h.score / exact.value.total).toFixed(4)} | – |`,
    `| exact matcher on all ${edgeU.length.toLocaleString('en')} allowed pairs | ${exact.seconds.toFixed(3)} s | ${exact.value.total} | ${exact.value.pairs.length} | 1 | ${(exact.value.total / h.upperBound).toFixed(4)} |`,
  ];
}

const people = Number(
  process.argv.find((a) => a.startsWith('--people='))?.split('=')[1] ?? 100_000,
);
const large = largeRounds(people);
const small = againstExact(2000);
console.log(`\nCoffee rounds:\n\n${large.join('\n')}\n\n${small.join('\n')}`);
