// A separate server process in the exactly-once test: runs the job runner against the database
// given, with a handler writing once per job, until the expected number of jobs is done.
// Usage: node bin/run-ts.mjs test/jobWorker.ts <database url> <worker id> <expected jobs>
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '../src/db/client';
import { JobHandlers } from '../src/jobs/handlers';
import { startJobRunner } from '../src/jobs/runner';

const [url, workerId, expected] = process.argv.slice(2);
const db = await openDatabase({ databaseUrl: url, poolSize: 6 });
const handlers = new JobHandlers().register({
  type: 'exactly.once',
  async handle({ tx, job }) {
    await tx.query('insert into once_effects (job_id, worker) values ($1, $2)', [job.id, workerId]);
    await tx.query('insert into side_effects (job_id, worker) values ($1, $2)', [job.id, workerId]);
    // Some runs outlast their lease: the row lock of the running transaction must keep the
    // other process off the job all the same.
    await sleep(Math.random() < 0.05 ? 80 : Math.random() * 5);
  },
});
// A job run twice would fail on once_effects' key: any failure fails the test.
let failures = 0;
const log = {
  info: () => undefined,
  error(details: object, message: string) {
    failures++;
    process.stderr.write(`${workerId}: ${message} ${JSON.stringify(details)}\n`);
  },
};
process.stdout.write('ready\n');
const runner = startJobRunner({
  db,
  handlers,
  log,
  pollIntervalMs: 10,
  concurrency: 4,
  leaseMs: 40,
  workerId,
});
for (;;) {
  const [row] = await db.query<{ done: number }>(
    `select count(*) as done from jobs where type = 'exactly.once' and status = 'done'`,
  );
  if (row.done >= Number(expected)) break;
  await sleep(50);
}
await runner.stop();
await db.close();
process.exit(failures === 0 ? 0 : 3);
