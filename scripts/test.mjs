#!/usr/bin/env node
// `npm test`: finds out which outside parts this machine has (Chromium, a PostgreSQL server,
// Python with scipy and networkx for the reference checks), runs every suite that can run, and
// says plainly which could not and how to enable them. Under CI=true a missing part is a failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const args = process.argv.slice(2);

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const postgresUrl =
  process.env.SAMEN_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function pythonReady() {
  const result = spawnSync('python3', ['-c', 'import scipy, networkx'], { stdio: 'ignore' });
  return result.status === 0;
}

const parts = [
  {
    name: 'Chromium browser journeys',
    available: existsSync(chromiumPath),
    matches: (file) => file.startsWith('e2e/'),
    enable: 'sudo apt-get update && sudo apt-get install -y chromium',
  },
  {
    name: 'PostgreSQL server runs of the database tests',
    available: await postgresReachable(postgresUrl),
    // Files only for PostgreSQL, and the database suites that run on both (the embedded run of
    // those still happens).
    matches: (file) => file.endsWith('.pg.test.ts'),
    counts: (file) =>
      file.endsWith('.pg.test.ts') ||
      readFileSync(join(root, file), 'utf8').includes('describeEachDatabase('),
    enable:
      'start PostgreSQL on 127.0.0.1:5432 (e.g. sudo apt-get install -y postgresql), or set SAMEN_TEST_DATABASE_URL=postgres://…',
    env: { SAMEN_TEST_DATABASE_URL: postgresUrl },
  },
  {
    name: 'reference checks against scipy and networkx',
    available: pythonReady(),
    matches: (file) => file.endsWith('.py.test.ts'),
    enable: 'pip install scipy networkx',
  },
];

function listTests(dir) {
  const out = [];
  if (!existsSync(join(root, dir))) return out;
  for (const name of readdirSync(join(root, dir))) {
    const path = join(root, dir, name);
    if (statSync(path).isDirectory()) out.push(...listTests(join(dir, name)));
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const all = ['src', 'test', 'e2e'].flatMap(listTests);
const missing = parts.filter((part) => !part.available);
const runnable = all.filter((file) => !missing.some((part) => part.matches(file)));
const env = { ...process.env, NODE_ENV: 'test' };
for (const part of parts) if (part.available) Object.assign(env, part.env ?? {});

if (missing.length > 0) {
  const lines = missing.map((part) => {
    const count = all.filter((file) => (part.counts ?? part.matches)(file)).length;
    return `  - ${part.name} (${count} file${count === 1 ? '' : 's'}): ${part.enable}`;
  });
  const text = `These suites did not run, because a part they need is missing on this machine:\n${lines.join('\n')}`;
  if (ci) {
    console.error(`CI=true, and a part is missing.\n${text}`);
    process.exit(1);
  }
  console.warn(`\n${text}\n`);
}

mkdirSync(join(root, '.tmp'), { recursive: true });
const report = join(root, '.tmp', 'vitest-report.json');
const files = args.length > 0 ? args : runnable;
const child = spawn(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...files,
  ],
  { cwd: root, env, stdio: 'inherit' },
);
const code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  if (missing.length > 0)
    console.warn(`Did not run: ${missing.map((part) => part.name).join('; ')}.`);
  console.log(`${result.numPassedTests} passed, ${result.numFailedTests} failed`);
}
process.exit(code);
