import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgres } from '../../test/database';
import { testClock } from '../../test/jobsFactories';
import { type Database, openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { JobsRepository } from '../db/repositories/jobs';
import { enqueue } from './enqueue';

const JOBS = 500;

function startWorker(
  url: string,
  id: string,
): { child: ChildProcess; ready: Promise<void>; exit: Promise<number> } {
  const child = spawn(
    process.execPath,
    ['bin/run-ts.mjs', 'test/jobWorker.ts', url, id, String(JOBS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const ready = new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
  });
  const exit = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  return { child, ready, exit };
}

describe('Jobs on one PostgreSQL with two server processes', () => {
  let server: { url: string; drop(): Promise<void> };
  let db: Database;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    server = await createEmptyPostgres();
    db = await openDatabase({ databaseUrl: server.url, poolSize: 4 });
    await migrate(db);
    await db.query('create table once_effects (job_id uuid primary key, worker text not null)');
    await db.query('create table side_effects (job_id uuid not null, worker text not null)');
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill();
    await db.close();
    await server.drop();
  });

  it('runs every job exactly once, and both processes take part', async () => {
    const first = startWorker(server.url, 'process-a');
    const second = startWorker(server.url, 'process-b');
    workers.push(first.child, second.child);
    await Promise.all([first.ready, second.ready]);
    await db.transaction(async (tx) => {
      for (let index = 0; index < JOBS; index++)
        await enqueue(tx, { type: 'exactly.once', payload: { index }, maxAttempts: 50 });
    });
    expect(await Promise.all([first.exit, second.exit])).toEqual([0, 0]);

    const [jobs] = await db.query<{ done: number; total: number }>(
      `select count(*) filter (where status = 'done') as done, count(*) as total from jobs
        where type = 'exactly.once'`,
    );
    expect(jobs).toEqual({ done: JOBS, total: JOBS });
    const [side] = await db.query<{ rows: number; distinct: number }>(
      'select count(*) as rows, count(distinct job_id) as distinct from side_effects',
    );
    expect(side).toEqual({ rows: JOBS, distinct: JOBS });
    const byWorker = await db.query<{ worker: string; count: number }>(
      'select worker, count(*) as count from once_effects group by worker order by worker',
    );
    expect(byWorker.map((row) => row.worker)).toEqual(['process-a', 'process-b']);
    expect(byWorker.every((row) => row.count > 0)).toBe(true);
    const [joined] = await db.query<{ missing: number }>(
      `select count(*) as missing from jobs j left join once_effects e on e.job_id = j.id
        where j.type = 'exactly.once' and e.job_id is null`,
    );
    expect(joined.missing).toBe(0);
  }, 120_000);

  it('keeps a job whose lease ran out from others while its transaction still runs it', async () => {
    const clock = testClock();
    const id = (await db.transaction((tx) => enqueue(tx, { type: 'held', runAt: clock.now() })))!;
    const repository = new JobsRepository(db);
    await repository.claim('slow', clock.now(), new Date(clock.now().getTime() + 1000), 1);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    const running = db.transaction(async (tx) => {
      expect(await new JobsRepository(tx).holdForRun(id, 'slow')).toBe(true);
      held();
      await released;
      await new JobsRepository(tx).complete(id, clock.now());
    });
    await holding;
    clock.advance(60_000);
    const taken = await db.transaction((tx) =>
      new JobsRepository(tx).claim(
        'other',
        clock.now(),
        new Date(clock.now().getTime() + 1000),
        10,
      ),
    );
    expect(taken.map((job) => job.id)).not.toContain(id);
    release();
    await running;
    expect((await repository.find(id))?.status).toBe('done');
  });
});
