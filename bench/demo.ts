// Demo generation time: creates a demo organisation through the same code `samen demo` runs, in
// a fresh database, and prints the wall time and the CPU time it took (this process, and the
// PostgreSQL server's backends when the server runs on this machine), so that figures taken on
// a busy machine can still be compared.
//
//   node bin/run-ts.mjs bench/demo.ts [--people 10000] [--seed 1]
//   node bin/run-ts.mjs bench/demo.ts --people 100000 --postgres postgres://postgres@127.0.0.1:5432/test
//
// With --postgres, a database of its own is created next to the one named and dropped after.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDemoOrganisation } from '../src/app/demo/createDemoOrganisation';
import { type Database, openDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    postgres: { type: 'string' },
  },
});
const people = Number(values.people);

/** CPU seconds used so far by the given server processes (Linux only; 0 when not local). */
function serverCpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const path = `/proc/${pid}/stat`;
    if (!existsSync(path)) continue;
    const fields = readFileSync(path, 'utf8').split(') ')[1].split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

async function backendPids(db: Database): Promise<number[]> {
  const rows = await db.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database()',
  );
  return rows.map((row) => row.pid);
}

async function measure(db: Database) {
  await migrate(db);
  const pids = db.kind === 'postgres' ? await backendPids(db) : [];
  const serverBefore = serverCpuSeconds(pids);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const demo = await createDemoOrganisation(db, { people, seed: Number(values.seed) });
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const server = serverCpuSeconds(pids) - serverBefore;
  const [counts] = await db.query<Record<string, number>>(
    `select (select count(*) from people where organisation_id = $1) as people,
            (select count(*) from work_days where organisation_id = $1) as work_days,
            (select count(*) from person_skills where organisation_id = $1) as person_skills,
            (select count(*) from learning_goals where organisation_id = $1) as learning_goals`,
    [demo.organisationId],
  );
  const rows = Object.values(counts).reduce((sum, n) => sum + Number(n), 0);
  console.log(
    `${db.kind}: ${people} people (${rows} rows: ${JSON.stringify(counts)}) in ${wall.toFixed(1)} s wall; ` +
      `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s here` +
      (db.kind === 'postgres' ? ` + ${server.toFixed(1)} s in the server` : '') +
      `; load average ${loadavg()[0].toFixed(1)}`,
  );
}

if (values.postgres) {
  const name = `samen_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: values.postgres });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(values.postgres);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
  try {
    await measure(db);
  } finally {
    await db.close();
    // The pool has said goodbye; give the server a moment to see its connections go.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  const dir = mkdtempSync(join(tmpdir(), 'samen-bench-demo-'));
  const db = await openDatabase({ dataDir: dir });
  try {
    await measure(db);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
