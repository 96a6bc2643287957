// Optimal assignment benchmark: our solver against scipy (C++) and the npm packages, on the same
// seeded instances in the same run, so the ratios hold even on a busy machine.
//
//   node bin/run-ts.mjs bench/assignment.ts [--sizes 2000,5000] [--sparse 20000] [--runs 3]
//
// Every solver runs in a child process of its own, one after the other, timing only the solve
// call, and reports its peak resident memory (input included). The npm packages are optional:
//   npm install --no-save munkres linear-sum-assignment munkres-algorithm
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { solveAssignment, solveDenseAssignment } from '../src/domain/matching/assignment';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const WEIGHT_RANGE = 1000;

interface Measurement {
  times: number[];
  total: number;
  pairs: number;
  peakMB: number;
  note?: string;
}

/** Park–Miller generator: the same instance in every run and for every solver. */
function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Peak resident memory of this process. VmHWM, because getrusage's maxRSS on Linux keeps the
 * high-water mark of the process before exec, that is of the parent that spawned this worker.
 */
function peakMB(): number {
  try {
    const line = readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    if (line) return Number(line[1]) / 1024;
  } catch {
    // Not Linux: fall through to getrusage.
  }
  return process.resourceUsage().maxRSS / 1024;
}

function readF64(path: string): Float64Array {
  const bytes = readFileSync(path);
  return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
}

function readI32(path: string): Int32Array {
  const bytes = readFileSync(path);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

// ---------------------------------------------------------------- workers (child processes)

type Solve = () => { total: number; pairs: number; note?: string };

function timeRuns(runs: number, prepare: () => Solve): Measurement {
  const times: number[] = [];
  let last = { total: 0, pairs: 0 } as ReturnType<Solve>;
  for (let run = 0; run < runs; run++) {
    const solve = prepare();
    const start = performance.now();
    last = solve();
    times.push((performance.now() - start) / 1000);
  }
  return { times, total: last.total, pairs: last.pairs, peakMB: peakMB(), note: last.note };
}

/** Rows as plain arrays, the input the npm packages take; built outside the timed call. */
function rowsOf(weights: Float64Array, n: number, m: number, sign: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from(weights.subarray(i * m, (i + 1) * m), (w) => sign * w),
  );
}

async function worker(solver: string, path: string, n: number, m: number, runs: number) {
  const require = createRequire(join(root, 'package.json'));
  let result: Measurement;
  if (solver === 'ours-sparse-total' || solver === 'ours-sparse-cardinality') {
    const problem = {
      leftCount: n,
      rightCount: m,
      edgeLeft: readI32(`${path}.left`),
      edgeRight: readI32(`${path}.right`),
      edgeWeight: readF64(`${path}.weight`),
    };
    const objective = solver === 'ours-sparse-total' ? 'max-total' : 'max-cardinality';
    result = timeRuns(runs, () => () => {
      const s = solveAssignment(problem, { objective });
      return { total: s.total, pairs: s.pairs.length, note: describe(s.stats) };
    });
  } else {
    const weights = readF64(path);
    if (solver === 'ours' || solver === 'ours-plain') {
      const shortlist = solver === 'ours' ? undefined : 0;
      result = timeRuns(runs, () => () => {
        const s = solveDenseAssignment(n, m, weights, { shortlist });
        return { total: s.total, pairs: s.pairs.length, note: describe(s.stats) };
      });
    } else if (solver === 'munkres') {
      // Optional packages, installed only for benchmarking (npm install --no-save).
      const { munkres } = (await import(optionalPackage('munkres'))) as {
        munkres: (costs: number[][]) => Array<[number, number]>;
      };
      result = timeRuns(runs, () => {
        const costs = rowsOf(weights, n, m, -1);
        return () => {
          const pairs = munkres(costs);
          return {
            total: pairs.reduce((t, [i, j]) => t + weights[i * m + j], 0),
            pairs: pairs.length,
          };
        };
      });
    } else if (solver === 'linear-sum-assignment') {
      const { linearSumAssignment } = (await import(optionalPackage('linear-sum-assignment'))) as {
        linearSumAssignment: (
          rows: number[][],
          options: { maximaze: boolean },
        ) => { gain: number; rowAssignments: number[] };
      };
      result = timeRuns(runs, () => {
        const rows = rowsOf(weights, n, m, 1);
        return () => {
          const out = linearSumAssignment(rows, { maximaze: true });
          return { total: out.gain, pairs: out.rowAssignments.filter((j) => j >= 0).length };
        };
      });
    } else {
      const { maxWeightAssign } = require('munkres-algorithm') as {
        maxWeightAssign: (m: number[][]) => { assignments: Array<number | null> };
      };
      result = timeRuns(runs, () => {
        const rows = rowsOf(weights, n, m, 1);
        return () => {
          const { assignments } = maxWeightAssign(rows);
          let total = 0;
          let pairs = 0;
          assignments.forEach((j, i) => {
            if (j !== null && j >= 0) {
              total += weights[i * m + j];
              pairs++;
            }
          });
          return { total, pairs };
        };
      });
    }
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function describe(stats: { method: string; rounds: number; solvedEdges: number }): string {
  return stats.method === 'shortlist'
    ? `shortlist: ${stats.rounds} round(s), ${stats.solvedEdges.toLocaleString('en')} edges solved`
    : stats.method;
}

// ---------------------------------------------------------------- orchestration

function installed(name: string): boolean {
  try {
    createRequire(join(root, 'package.json')).resolve(name);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): Measurement | string {
  const child = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    // Large dense inputs as number[][] need more than Node's default old space.
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  if (child.status !== 0) {
    return `failed: ${(child.stderr || child.error?.message || '').trim().split('\n').at(-1)}`;
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measurement;
}

interface Row {
  label: string;
  result: Measurement | string;
  /** False for a row with another objective, whose optimum may differ. */
  sameObjective?: boolean;
}

function denseInstance(folder: string, n: number, seed: number): string {
  const random = seeded(seed);
  const weights = new Float64Array(n * n);
  for (let at = 0; at < weights.length; at++) weights[at] = Math.floor(random() * WEIGHT_RANGE);
  const path = join(folder, `dense-${n}.f64`);
  writeFileSync(path, weights);
  return path;
}

/** Each row gets `degree` distinct random right nodes: sparse, but a full matching exists. */
function sparseInstance(folder: string, n: number, degree: number, seed: number): string {
  const random = seeded(seed);
  const left = new Int32Array(n * degree);
  const right = new Int32Array(n * degree);
  const weight = new Float64Array(n * degree);
  const used = new Int32Array(n).fill(-1);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < degree; d++) {
      let j = Math.floor(random() * n);
      while (used[j] === i) j = Math.floor(random() * n);
      used[j] = i;
      left[e] = i;
      right[e] = j;
      weight[e] = 1 + Math.floor(random() * WEIGHT_RANGE);
      e++;
    }
  }
  const path = join(folder, `sparse-${n}`);
  writeFileSync(`${path}.left`, left);
  writeFileSync(`${path}.right`, right);
  writeFileSync(`${path}.weight`, weight);
  return path;
}

function printTable(title: string, rows: Row[]): void {
  const ours = rows[0].result;
  const oursTime = typeof ours === 'string' ? Number.NaN : median(ours.times);
  const reference = typeof ours === 'string' ? Number.NaN : ours.total;
  console.log(`\n${title}`);
  console.log(
    `  ${'solver'.padEnd(44)}${'runs'.padStart(5)}${'median s'.padStart(11)}${'ours ÷ it'.padStart(11)}${'peak MB'.padStart(9)}  optimum`,
  );
  for (const { label, result, sameObjective = true } of rows) {
    if (typeof result === 'string') {
      console.log(`  ${label.padEnd(44)}  ${result}`);
      continue;
    }
    const time = median(result.times);
    const same = Math.abs(result.total - reference) <= 1e-6 * Math.max(1, Math.abs(reference));
    console.log(
      `  ${label.padEnd(44)}${String(result.times.length).padStart(5)}${time.toFixed(3).padStart(11)}` +
        `${(oursTime / time).toFixed(3).padStart(11)}${result.peakMB.toFixed(0).padStart(9)}  ` +
        `${result.total}${same || !sameObjective ? '' : ' (differs!)'}${result.note ? `  [${result.note}]` : ''}`,
    );
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      worker: { type: 'string' },
      sizes: { type: 'string', default: '2000,5000' },
      sparse: { type: 'string', default: '20000' },
      degree: { type: 'string', default: '25' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '2026' },
    },
    allowPositionals: true,
  });
  if (values.worker) {
    const [path, n, m, runs] = process.argv.slice(-4);
    await worker(values.worker, path, Number(n), Number(m), Number(runs));
    return;
  }
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const folder = mkdtempSync(join(tmpdir(), 'samen-bench-assignment-'));
  const self = ['bin/run-ts.mjs', 'bench/assignment.ts'];
  const scipy = join(here, 'reference', 'assignment_scipy.py');
  console.log(
    `Assignment benchmark: seeded random integer weights in [0, ${WEIGHT_RANGE}), maximising, ` +
      `median of ${runs} runs unless said; "ours ÷ it" below 1 means ours is faster.`,
  );
  try {
    for (const n of values.sizes.split(',').map(Number).filter(Boolean)) {
      const path = denseInstance(folder, n, seed + n);
      const job = (solver: string, times: number) =>
        run(process.execPath, [...self, `--worker=${solver}`, path, `${n}`, `${n}`, `${times}`]);
      // The slower packages get one run at 2,000 and are skipped above: at their O(n^3) pace a
      // 5,000 run takes minutes and munkres, the fastest package, already sets the bar there.
      const slowRuns = n <= 2000 ? 1 : 0;
      const rows: Row[] = [
        { label: 'ours: shortlist + dual check (exact)', result: job('ours', runs) },
        {
          label: `ours: plain dense solver${n > 2000 ? ' (1 run)' : ''}`,
          result: job('ours-plain', n > 2000 ? 1 : runs),
        },
        {
          label: 'scipy linear_sum_assignment (C++)',
          result: run('python3', [scipy, 'dense', path, `${n}`, `${n}`, `${runs}`]),
        },
      ];
      for (const name of ['munkres', 'linear-sum-assignment', 'munkres-algorithm']) {
        const times = name === 'munkres' ? runs : slowRuns;
        const label = `npm ${name}${times === 1 && runs > 1 ? ' (1 run)' : ''}`;
        if (!installed(name)) rows.push({ label, result: 'not installed' });
        else if (times === 0) rows.push({ label, result: 'skipped at this size (too slow)' });
        else rows.push({ label, result: job(name, times) });
      }
      printTable(`dense ${n} x ${n}`, rows);
    }
    const sparseN = Number(values.sparse);
    if (sparseN > 0) {
      const degree = Number(values.degree);
      const path = sparseInstance(folder, sparseN, degree, seed);
      const args = [path, `${sparseN}`, `${sparseN}`, `${runs}`];
      printTable(`sparse ${sparseN} x ${sparseN}, ${degree} random partners per left node`, [
        {
          label: 'ours: max-cardinality (full matching)',
          result: run(process.execPath, [...self, '--worker=ours-sparse-cardinality', ...args]),
        },
        {
          label: 'ours: max-total (matching optional)',
          result: run(process.execPath, [...self, '--worker=ours-sparse-total', ...args]),
          sameObjective: false,
        },
        {
          label: 'scipy min_weight_full_bipartite_matching',
          result: run('python3', [scipy, 'sparse', ...args]),
        },
        { label: 'npm packages', result: 'dense matrices only: not applicable' },
      ]);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();

/** A package name the type checker does not resolve: these packages are not dependencies. */
function optionalPackage(name: string): string {
  return name;
}
