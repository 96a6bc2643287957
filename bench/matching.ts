// `npm run bench:matching`: the matching engine's benchmarks one after another (not in parallel,
// so they do not disturb each other), each printing its own table with references measured in
// the same run.
import { spawnSync } from 'node:child_process';

for (const script of ['bench/assignment.ts', 'bench/general.ts', 'bench/coffee.ts']) {
  process.stdout.write(`\n=== ${script}\n`);
  const result = spawnSync(process.execPath, ['bin/run-ts.mjs', script, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
