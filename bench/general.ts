/**
 * Maximum-weight matching on general graphs: Samen's solver against LEMON's C++
 * MaxWeightedMatching, networkx and the npm package edmonds-blossom-fixed, on the same seeded
 * instances in one run (the machine is shared, so the ratios matter more than the seconds).
 *
 *   node bin/run-ts.mjs bench/general.ts [--quick] [--networkx-timeout=300] [--npm-timeout=120]
 *
 * Instances: complete graphs of 1,000 and 2,000 people, and 10,000 and 100,000 people who each
 * name 10 random others (about 20 partners per person); integer weights 1..1,000,000. Every
 * solver runs in its own process, so peak memory is its own. LEMON's driver is compiled on the
 * fly with g++ -O2 (Debian package liblemon-dev). The npm package is looked up in node_modules
 * or .tmp/bench-npm (install with `npm install --no-save edmonds-blossom-fixed`); it is never a
 * dependency. --quick skips networkx and the npm package. Our solver is timed warm (after one
 * untimed solve of another graph), as in the long-running server.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { maxWeightMatching } from '../src/domain/matching/general';

interface Run {
  seconds: number;
  total: number;
  pairs: number;
  peakKiB: number;
}

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'bench-general');

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Binary instance: int32 n, m, then (u, v, weight) per edge, the format LEMON's driver reads. */
function instance(kind: 'dense' | 'sparse', n: number, seed: number): Int32Array {
  const next = random(seed);
  const m = kind === 'dense' ? (n * (n - 1)) / 2 : n * 10;
  const data = new Int32Array(2 + 3 * m);
  data[0] = n;
  data[1] = m;
  let k = 2;
  const add = (u: number, v: number) => {
    data[k++] = u;
    data[k++] = v;
    data[k++] = 1 + Math.floor(next() * 1_000_000);
  };
  if (kind === 'dense') {
    for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) add(u, v);
  } else {
    for (let u = 0; u < n; u++) {
      for (let j = 0; j < 10; j++) {
        const v = Math.floor(next() * (n - 1));
        add(u, v >= u ? v + 1 : v);
      }
    }
  }
  return data;
}

function problemOf(data: Int32Array) {
  const m = data[1];
  const edgeU = new Int32Array(m);
  const edgeV = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    edgeU[e] = data[2 + 3 * e];
    edgeV[e] = data[3 + 3 * e];
    edgeWeight[e] = data[4 + 3 * e];
  }
  return { nodeCount: data[0], edgeU, edgeV, edgeWeight };
}

function readInstance(file: string): Int32Array {
  const bytes = readFileSync(file);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

function peakKiB(): number {
  return process.resourceUsage().maxRSS;
}

/** Child process: solve one instance `reps` times and print one JSON line per run. */
function child(solver: string, file: string, reps: number): void {
  const data = readInstance(file);
  if (solver === 'ours') {
    const problem = problemOf(data);
    // The server calls the matcher warm; one untimed solve of another graph compiles it first.
    maxWeightMatching(problemOf(instance('sparse', 2000, 1)));
    for (let r = 0; r < reps; r++) {
      const start = performance.now();
      const solution = maxWeightMatching(problem);
      const seconds = (performance.now() - start) / 1000;
      const { rounds, addedBack } = solution.stats;
      const run = {
        seconds,
        total: solution.total,
        pairs: solution.pairs.length,
        peakKiB: peakKiB(),
      };
      console.log(JSON.stringify({ ...run, rounds, addedBack }));
    }
    return;
  }
  const blossom = loadNpmPackage();
  if (!blossom) return;
  const edges: Array<[number, number, number]> = [];
  for (let e = 0; e < data[1]; e++) edges.push([data[2 + 3 * e], data[3 + 3 * e], data[4 + 3 * e]]);
  const weight = new Map<number, number>();
  for (const [u, v, w] of edges) {
    const key = Math.min(u, v) * data[0] + Math.max(u, v);
    weight.set(key, Math.max(weight.get(key) ?? 0, w));
  }
  const start = performance.now();
  const mate: number[] = blossom(edges, false);
  const seconds = (performance.now() - start) / 1000;
  let total = 0;
  let pairs = 0;
  mate.forEach((m, v) => {
    if (m > v) {
      total += weight.get(v * data[0] + m) ?? 0;
      pairs++;
    }
  });
  console.log(JSON.stringify({ seconds, total, pairs, peakKiB: peakKiB() }));
}

function loadNpmPackage():
  | ((edges: Array<[number, number, number]>, max: boolean) => number[])
  | null {
  for (const base of [root, join(root, '.tmp', 'bench-npm')]) {
    try {
      return createRequire(join(base, 'package.json'))('edmonds-blossom-fixed');
    } catch {
      // Not installed here; try the next place.
    }
  }
  return null;
}

type Outcome = { runs: Run[] } | { note: string };

function runProcess(command: string, args: string[], timeoutSeconds: number): Outcome {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 1 << 26,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { note: `> ${timeoutSeconds} s` };
  }
  if (result.status !== 0)
    return { note: `failed (${(result.stderr || '').trim().split('\n').pop()})` };
  const runs = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Run);
  return runs.length > 0 ? { runs } : { note: 'not installed' };
}

function lemonBinary(): string | null {
  const source = join(root, 'bench', 'reference', 'lemon_matching.cpp');
  const binary = join(work, 'lemon_matching');
  if (existsSync(binary) && statSync(binary).mtimeMs > statSync(source).mtimeMs) return binary;
  try {
    execFileSync('g++', ['-O2', '-std=c++14', '-o', binary, source], { stdio: 'pipe' });
    return binary;
  } catch (error) {
    console.warn(`LEMON driver did not compile: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

function networkx(data: Int32Array, name: string, timeoutSeconds: number): Outcome {
  const file = join(work, `${name}.json`);
  const edges: number[][] = [];
  for (let e = 0; e < data[1]; e++) edges.push([data[2 + 3 * e], data[3 + 3 * e], data[4 + 3 * e]]);
  writeFileSync(file, JSON.stringify({ nodeCount: data[0], edges, maxCardinality: false }));
  const script = join(root, 'test', 'reference', 'general_reference.py');
  const result = spawnSync('python3', [script, file], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
  });
  if (result.error) return { note: `> ${timeoutSeconds} s` };
  if (result.status !== 0) return { note: 'not available' };
  const out = JSON.parse(result.stdout) as { total: number; cardinality: number; seconds: number };
  return { runs: [{ seconds: out.seconds, total: out.total, pairs: out.cardinality, peakKiB: 0 }] };
}

function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)];
}

const seconds = (o: Outcome) => ('runs' in o ? median(o.runs).seconds : Number.NaN);
const show = (o: Outcome) => ('runs' in o ? `${median(o.runs).seconds.toFixed(3)} s` : o.note);
const megabytes = (o: Outcome) =>
  'runs' in o && median(o.runs).peakKiB > 0
    ? `${Math.round(median(o.runs).peakKiB / 1024)} MB`
    : '–';

function teamTimes(): string[] {
  const lines = ['| team size | edges | median | 95th percentile |', '|---|---|---|---|'];
  for (const n of [4, 10, 50, 100, 200]) {
    const problem = problemOf(instance('dense', n, 7 + n));
    for (let r = 0; r < 50; r++) maxWeightMatching(problem);
    const times: number[] = [];
    for (let r = 0; r < 200; r++) {
      const start = performance.now();
      maxWeightMatching(problem);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    lines.push(
      `| ${n} | ${problem.edgeU.length} | ${times[100].toFixed(2)} ms | ${times[189].toFixed(2)} ms |`,
    );
  }
  return lines;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    child(args[1], args[2], Number(args[3] ?? 1));
    return;
  }
  const option = (name: string, fallback: number) =>
    Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const quick = args.includes('--quick');
  const networkxTimeout = option('networkx-timeout', 300);
  const npmTimeout = option('npm-timeout', 120);
  mkdirSync(work, { recursive: true });
  const lemon = lemonBinary();
  const cases = [
    {
      name: 'dense-1000',
      label: 'dense, 1,000 people',
      kind: 'dense' as const,
      n: 1000,
      nx: true,
      npm: true,
    },
    {
      name: 'dense-2000',
      label: 'dense, 2,000 people',
      kind: 'dense' as const,
      n: 2000,
      nx: false,
      npm: true,
    },
    {
      name: 'sparse-10000',
      label: '10,000 people × ~20',
      kind: 'sparse' as const,
      n: 10000,
      nx: false,
      npm: true,
    },
    {
      name: 'sparse-100000',
      label: '100,000 people × ~20',
      kind: 'sparse' as const,
      n: 100000,
      nx: false,
      npm: false,
    },
  ];
  const rows = [
    '| problem | edges | ours | LEMON C++ | LEMON ÷ ours | networkx | edmonds-blossom-fixed | npm ÷ ours | peak memory ours / LEMON | same optimum | rounds (edges put back) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of cases) {
    const data = instance(c.kind, c.n, c.n);
    const file = join(work, `${c.name}.bin`);
    mkdirSync(work, { recursive: true });
    writeFileSync(file, new Uint8Array(data.buffer));
    const runTs = join(root, 'bin', 'run-ts.mjs');
    const ours = runProcess(
      process.execPath,
      [runTs, 'bench/general.ts', '--child', 'ours', file, '3'],
      600,
    );
    const reference: Outcome = lemon
      ? runProcess(lemon, [file, '3'], 900)
      : { note: 'no g++/LEMON' };
    const nx: Outcome = quick || !c.nx ? { note: '–' } : networkx(data, c.name, networkxTimeout);
    const npm: Outcome =
      quick || !c.npm
        ? { note: '–' }
        : runProcess(
            process.execPath,
            [runTs, 'bench/general.ts', '--child', 'npm', file, '1'],
            npmTimeout,
          );
    const totals = [ours, reference, nx, npm]
      .filter((o) => 'runs' in o)
      .map((o) => median((o as { runs: Run[] }).runs).total);
    const agree = totals.every((t) => t === totals[0]) ? 'yes' : `NO (${totals.join(' / ')})`;
    const oursRun =
      'runs' in ours ? (median(ours.runs) as Run & { rounds?: number; addedBack?: number }) : null;
    rows.push(
      `| ${c.label} | ${data[1].toLocaleString('en')} | ${show(ours)} | ${show(reference)} | ${(seconds(reference) / seconds(ours)).toFixed(1)}× | ${show(nx)} | ${show(npm)} | ${'runs' in npm ? `${(seconds(npm) / seconds(ours)).toFixed(0)}×` : '–'} | ${megabytes(ours)} / ${megabytes(reference)} | ${agree} | ${oursRun ? `${oursRun.rounds} (${oursRun.addedBack})` : '–'} |`,
    );
    console.log(rows[rows.length - 1]);
  }
  console.log(
    `\nGeneral matching (median of 3 for ours and LEMON; one run of networkx and npm):\n`,
  );
  console.log(rows.join('\n'));
  console.log('\nTeams (buddy rounds), ours, complete graphs:\n');
  console.log(teamTimes().join('\n'));
}

main();
