import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/database';
import {
  createEffectsTable,
  effectsOf,
  jobById,
  runnerFor,
  testClock,
} from '../../test/jobsFactories';
import { JobsRepository } from '../db/repositories/jobs';
import { jobsCleanup } from './cleanup';
import { enqueue } from './enqueue';
import type { JobHandler } from './handlers';
import type { PeriodicTask } from './periodic';

const MINUTE = 60_000;

/** Writes one effect row through the job's transaction, then fails if the payload says so. */
const recorder = (type: string, failures: string[] = []): JobHandler => ({
  type,
  async handle({ tx, job }) {
    await tx.query('insert into job_effects (job_id, note) values ($1, $2)', [
      job.id,
      `${type} attempt ${job.attempts}`,
    ]);
    if (job.payload.fail) throw new Error(`${type} broke on attempt ${job.attempts}`);
  },
  async onFailure({ tx, job, dead }) {
    failures.push(`${job.id}:${job.attempts}:${dead}`);
    await tx.query('insert into job_effects (job_id, note) values ($1, $2)', [
      job.id,
      `failure recorded${dead ? ', dead' : ''}`,
    ]);
  },
});

describeEachDatabase('Job runner', (db) => {
  beforeAll(async () => {
    await createEffectsTable(db());
  });
  // Each test sees only its own jobs.
  beforeEach(async () => {
    await db().query('delete from jobs');
  });

  it('enqueues a job once per unique key, and not at all when the transaction rolls back', async () => {
    const clock = testClock();
    const first = await db().transaction((tx) =>
      enqueue(tx, { type: 'noop', uniqueKey: 'round:p1:2026-11-30', runAt: clock.now() }),
    );
    const second = await db().transaction((tx) =>
      enqueue(tx, { type: 'noop', uniqueKey: 'round:p1:2026-11-30', payload: { other: true } }),
    );
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    expect((await jobById(db(), first!)).payload).toEqual({});

    const rolledBack = db().transaction(async (tx) => {
      await enqueue(tx, { type: 'noop', uniqueKey: 'rolled-back' });
      throw new Error('the change failed');
    });
    await expect(rolledBack).rejects.toThrow('the change failed');
    expect(await new JobsRepository(db()).findByKey('rolled-back')).toBeNull();
  });

  it('runs a job once and commits its writes with marking it done', async () => {
    const clock = testClock();
    const id = (await db().transaction((tx) =>
      enqueue(tx, { type: 'record.ok', runAt: clock.now() }),
    ))!;
    const runner = runnerFor(db(), clock, (h) => h.register(recorder('record.ok')));
    await runner.idle();
    await runner.stop();
    expect(await effectsOf(db(), id)).toEqual(['record.ok attempt 1']);
    expect(await jobById(db(), id)).toMatchObject({
      status: 'done',
      attempts: 1,
      lockedBy: null,
      finishedAt: clock.now(),
    });
  });

  it('does not run a job before its time', async () => {
    const clock = testClock();
    const id = (await db().transaction((tx) =>
      enqueue(tx, { type: 'record.later', runAt: new Date(clock.now().getTime() + MINUTE) }),
    ))!;
    const runner = runnerFor(db(), clock, (h) => h.register(recorder('record.later')));
    await runner.idle();
    expect((await jobById(db(), id)).status).toBe('queued');
    clock.advance(MINUTE);
    runner.nudge();
    await runner.idle();
    await runner.stop();
    expect((await jobById(db(), id)).status).toBe('done');
  });

  it('rolls back a failed attempt, retries with a doubling wait, and leaves the job dead with its last error', async () => {
    const clock = testClock();
    const failures: string[] = [];
    const id = (await db().transaction((tx) =>
      enqueue(tx, {
        type: 'record.fail',
        payload: { fail: true },
        runAt: clock.now(),
        maxAttempts: 3,
      }),
    ))!;
    const runner = runnerFor(db(), clock, (h) => h.register(recorder('record.fail', failures)));

    await runner.idle();
    let job = await jobById(db(), id);
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lockedBy: null });
    expect(job.lastError).toBe('record.fail broke on attempt 1');
    expect(job.runAt.getTime() - clock.now().getTime()).toBe(MINUTE);

    clock.advance(MINUTE - 1);
    runner.nudge();
    await runner.idle();
    expect((await jobById(db(), id)).attempts).toBe(1);

    clock.advance(1);
    runner.nudge();
    await runner.idle();
    job = await jobById(db(), id);
    expect(job).toMatchObject({ status: 'queued', attempts: 2 });
    expect(job.runAt.getTime() - clock.now().getTime()).toBe(2 * MINUTE);

    clock.advance(2 * MINUTE);
    runner.nudge();
    await runner.idle();
    await runner.stop();
    job = await jobById(db(), id);
    expect(job).toMatchObject({
      status: 'dead',
      attempts: 3,
      lastError: 'record.fail broke on attempt 3',
      finishedAt: clock.now(),
    });
    // The handler's own writes never committed; the failure records did, one per attempt.
    expect(await effectsOf(db(), id)).toEqual([
      'failure recorded',
      'failure recorded',
      'failure recorded, dead',
    ]);
    expect(failures).toEqual([`${id}:1:false`, `${id}:2:false`, `${id}:3:true`]);
  });

  it('takes a job again once the lease of the worker that died has run out', async () => {
    const clock = testClock();
    const id = (await db().transaction((tx) =>
      enqueue(tx, { type: 'record.lease', runAt: clock.now() }),
    ))!;
    const [claimed] = await new JobsRepository(db()).claim(
      'worker-that-died',
      clock.now(),
      new Date(clock.now().getTime() + 5 * MINUTE),
      10,
    );
    expect(claimed.id).toBe(id);

    const runner = runnerFor(db(), clock, (h) => h.register(recorder('record.lease')));
    await runner.idle();
    expect(await jobById(db(), id)).toMatchObject({
      status: 'queued',
      lockedBy: 'worker-that-died',
    });

    clock.advance(5 * MINUTE);
    runner.nudge();
    await runner.idle();
    await runner.stop();
    expect(await jobById(db(), id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await effectsOf(db(), id)).toEqual(['record.lease attempt 2']);
  });

  it('leaves a job dead when the worker of its last attempt died', async () => {
    const clock = testClock();
    const id = (await db().transaction((tx) =>
      enqueue(tx, { type: 'record.abandoned', runAt: clock.now(), maxAttempts: 1 }),
    ))!;
    await new JobsRepository(db()).claim(
      'worker-that-died',
      clock.now(),
      new Date(clock.now().getTime() + MINUTE),
      10,
    );
    clock.advance(MINUTE);
    const runner = runnerFor(db(), clock, (h) => h.register(recorder('record.abandoned')));
    await runner.idle();
    await runner.stop();
    expect(await jobById(db(), id)).toMatchObject({
      status: 'dead',
      lastError: 'the worker stopped during the last attempt',
    });
    expect(await effectsOf(db(), id)).toEqual([]);
  });

  it('does not mark the job of another worker: a late worker finds it taken over', async () => {
    const clock = testClock();
    const id = (await db().transaction((tx) =>
      enqueue(tx, { type: 'record.late', runAt: clock.now() }),
    ))!;
    const repository = new JobsRepository(db());
    const lease = (minutes: number) => new Date(clock.now().getTime() + minutes * MINUTE);
    await repository.claim('slow-worker', clock.now(), lease(1), 1);
    clock.advance(MINUTE);
    await repository.claim('next-worker', clock.now(), lease(1), 1);
    expect(
      await db().transaction((tx) => new JobsRepository(tx).holdForRun(id, 'slow-worker')),
    ).toBe(false);
    expect(
      await repository.fail(id, 'slow-worker', {
        error: 'late',
        retryAt: clock.now(),
        dead: false,
        at: clock.now(),
      }),
    ).toBe(false);
    expect(await jobById(db(), id)).toMatchObject({ lockedBy: 'next-worker', lastError: null });
  });

  it('fails a job nobody handles, to be retried by a version that does', async () => {
    const clock = testClock();
    const id = (await db().transaction((tx) =>
      enqueue(tx, { type: 'unknown.type', runAt: clock.now() }),
    ))!;
    const runner = runnerFor(db(), clock, () => undefined);
    await runner.idle();
    await runner.stop();
    expect(await jobById(db(), id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'no handler for job type unknown.type',
    });
  });

  it('finishes the running jobs when stopped, and takes no new ones', async () => {
    const clock = testClock();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const runner = runnerFor(db(), clock, (h) =>
      h.register({
        type: 'record.slow',
        async handle({ tx, job }) {
          started();
          await released;
          await tx.query('insert into job_effects (job_id, note) values ($1, $2)', [
            job.id,
            'slow done',
          ]);
        },
      }),
    );
    const id = (await db().transaction((tx) =>
      enqueue(tx, { type: 'record.slow', runAt: clock.now() }),
    ))!;
    runner.nudge();
    await running;
    let stopped = false;
    const stopping = runner.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await effectsOf(db(), id)).toEqual(['slow done']);
    const later = (await db().transaction((tx) =>
      enqueue(tx, { type: 'record.slow', runAt: clock.now() }),
    ))!;
    runner.nudge();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await jobById(db(), later)).status).toBe('queued');
  });
});

describeEachDatabase('Periodic tasks', (db) => {
  beforeAll(async () => {
    await createEffectsTable(db());
  });

  it('run once per due moment however many instances schedule them', async () => {
    const clock = testClock('2026-11-27T10:07:00.000Z');
    const runs: string[] = [];
    const task: PeriodicTask = {
      name: 'meetings.reminders',
      every: { minutes: 15 },
      async run({ tx, dueAt, now }) {
        runs.push(`${dueAt.toISOString()} at ${now.toISOString()}`);
        await tx.query(
          `insert into job_effects (job_id, note)
           select id, 'reminded' from jobs where unique_key = $1`,
          [`periodic:meetings.reminders:${dueAt.toISOString()}`],
        );
      },
    };
    const first = runnerFor(db(), clock, () => undefined, { periodic: [task], workerId: 'a' });
    const second = runnerFor(db(), clock, () => undefined, { periodic: [task], workerId: 'b' });
    const settle = async () => {
      first.nudge();
      second.nudge();
      await Promise.all([first.idle(), second.idle()]);
      await new Promise((resolve) => setTimeout(resolve, 60));
      await Promise.all([first.idle(), second.idle()]);
    };
    await settle();
    expect(runs).toEqual(['2026-11-27T10:00:00.000Z at 2026-11-27T10:07:00.000Z']);

    clock.advance(7 * MINUTE);
    await settle();
    expect(runs).toHaveLength(1);

    clock.advance(MINUTE);
    await settle();
    await Promise.all([first.stop(), second.stop()]);
    expect(runs).toEqual([
      '2026-11-27T10:00:00.000Z at 2026-11-27T10:07:00.000Z',
      '2026-11-27T10:15:00.000Z at 2026-11-27T10:15:00.000Z',
    ]);
    const jobs = await db().query<{ status: string }>(
      `select status from jobs where type = 'meetings.reminders'`,
    );
    expect(jobs.map((job) => job.status)).toEqual(['done', 'done']);
  });

  it('runs queued jobs even when a periodic task cannot be scheduled', async () => {
    const clock = testClock();
    const broken: PeriodicTask = {
      name: 'broken.schedule',
      every: { weekly: { weekday: 1, at: '08:00', zone: 'Not/A_Zone' } },
      run: async () => undefined,
    };
    const id = (await db().transaction((tx) =>
      enqueue(tx, { type: 'record.beside', runAt: clock.now() }),
    ))!;
    const runner = runnerFor(db(), clock, (h) => h.register(recorder('record.beside')), {
      periodic: [broken],
    });
    await runner.idle();
    await runner.stop();
    expect((await jobById(db(), id)).status).toBe('done');
  });
});

describeEachDatabase('Jobs cleanup', (db) => {
  it('deletes done jobs after a week and dead ones after 30 days, nothing queued', async () => {
    const clock = testClock('2026-11-27T10:00:00.000Z');
    const DAY = 24 * 60 * MINUTE;
    const finished = async (status: 'done' | 'dead', daysAgo: number) => {
      const id = (await db().transaction((tx) =>
        enqueue(tx, { type: `old.${status}`, runAt: clock.now() }),
      ))!;
      await db().query('update jobs set status = $2, finished_at = $3 where id = $1', [
        id,
        status,
        new Date(clock.now().getTime() - daysAgo * DAY),
      ]);
      return id;
    };
    const keep = [await finished('done', 6), await finished('dead', 29)];
    const gone = [await finished('done', 8), await finished('dead', 31)];
    const queued = (await db().transaction((tx) =>
      enqueue(tx, { type: 'old.queued', runAt: new Date(clock.now().getTime() + DAY) }),
    ))!;
    const runner = runnerFor(db(), clock, () => undefined, { periodic: [jobsCleanup] });
    await runner.idle();
    await runner.stop();
    const left = new Set(
      (await db().query<{ id: string }>('select id from jobs')).map((row) => row.id),
    );
    for (const id of [...keep, queued]) expect(left.has(id)).toBe(true);
    for (const id of gone) expect(left.has(id)).toBe(false);
  });
});
