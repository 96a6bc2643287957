import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '../db/client';
import { InstallationRepository } from '../db/repositories/installation';
import { type Job, JobsRepository } from '../db/repositories/jobs';
import { enqueue } from './enqueue';
import type { AnyJobHandler, JobHandlers, JobLog } from './handlers';
import { periodicJobs, runsPerOrganisationZone } from './periodic';
import { DEFAULT_RETRY, type RetryPolicy, retryDelayMs } from './retry';

export interface JobRunnerOptions {
  db: Database;
  handlers: JobHandlers;
  log: JobLog;
  /** How often to look for due jobs when nobody nudges; 1 s when left out. */
  pollIntervalMs?: number;
  /** Jobs run at the same time by this instance; 2 when left out. */
  concurrency?: number;
  /** How long a claimed job is this instance's alone; after that another instance may take it. */
  leaseMs?: number;
  retry?: RetryPolicy;
  now?: () => Date;
  /** Names this instance in `jobs.locked_by`. */
  workerId?: string;
}

export interface JobRunner {
  readonly workerId: string;
  /** Looks for due jobs now instead of at the next poll (after enqueueing one, say). */
  nudge(): void;
  /** Resolves once no job is running and none is due. */
  idle(): Promise<void>;
  /** Takes no new jobs and resolves once the running ones have finished. */
  stop(): Promise<void>;
}

/**
 * Runs due jobs of the registered types until stopped, on the embedded database and on
 * PostgreSQL alike; several instances may run against one PostgreSQL.
 *
 * A job is claimed with a lease (a short transaction), then run in one transaction that first
 * locks its row, runs the handler with that transaction and marks the job done: its effect is
 * committed once. A failure rolls that back and queues the job again after a growing wait, until
 * its last attempt leaves it dead with the error. A job whose instance died is taken again once
 * its lease has run out.
 */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, handlers, log } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const concurrency = options.concurrency ?? 2;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const retry = options.retry ?? DEFAULT_RETRY;
  const now = options.now ?? (() => new Date());
  const workerId =
    options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  const running = new Set<Promise<void>>();
  // The last key this instance enqueued per task (and zone), to skip repeating the insert; the
  // unique key decides across instances.
  const lastScheduled = new Map<string, string>();
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;
  let again = false;

  let zones: { at: number; list: string[] } | null = null;
  const organisationZones = async () => {
    // Read once a minute at most: the set of zones rarely changes, and the poll is frequent.
    const at = now().getTime();
    if (!zones || at - zones.at > 60_000)
      zones = {
        at,
        list: await new InstallationRepository(db).organisationTimeZones(),
      };
    return zones.list;
  };

  const schedulePeriodic = async () => {
    for (const task of handlers.periodicTasks()) {
      // One task failing to schedule (an organisation with an unknown time zone, say) must not
      // keep the others, or the queued jobs, from running.
      try {
        const perZone = runsPerOrganisationZone(task) ? await organisationZones() : [];
        for (const job of periodicJobs(task, now(), perZone)) {
          const slot = `${task.name} ${job.payload?.zone ?? ''}`;
          if (!job.uniqueKey || lastScheduled.get(slot) === job.uniqueKey) continue;
          await db.transaction((tx) => enqueue(tx, job));
          lastScheduled.set(slot, job.uniqueKey);
        }
      } catch (error) {
        log.error({ err: error, task: task.name }, 'periodic task could not be scheduled');
      }
    }
  };

  const claimAndStart = async () => {
    const free = concurrency - running.size;
    if (free <= 0) return;
    const at = now();
    const jobs = await db.transaction(async (tx) => {
      const repository = new JobsRepository(tx);
      await repository.buryAbandoned(at);
      return repository.claim(workerId, at, new Date(at.getTime() + leaseMs), free);
    });
    for (const job of jobs) {
      const execution = runJob(job).finally(() => {
        running.delete(execution);
        nudge();
      });
      running.add(execution);
    }
  };

  const tick = async () => {
    try {
      await schedulePeriodic();
      await claimAndStart();
    } catch (error) {
      log.error({ err: error }, 'job runner could not look for jobs');
    }
  };

  const loop = () => {
    if (stopped) return;
    if (ticking) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    ticking = tick().finally(() => {
      ticking = null;
      if (stopped) return;
      if (again) {
        again = false;
        setImmediate(loop);
      } else timer = setTimeout(loop, pollIntervalMs);
    });
  };

  const nudge = () => {
    if (!stopped) setImmediate(loop);
  };

  async function runJob(job: Job): Promise<void> {
    const handler = handlers.get(job.type);
    try {
      if (!handler) throw new Error(`no handler for job type ${job.type}`);
      const effect = handler.effect
        ? await handler.effect({ db, job, now: now(), log })
        : undefined;
      const ran = await db.transaction(async (tx) => {
        const repository = new JobsRepository(tx);
        if (!(await repository.holdForRun(job.id, workerId))) return false;
        await handler.handle({ tx, job, now: now(), log, effect });
        await repository.complete(job.id, now());
        return true;
      });
      if (!ran) log.info({ jobId: job.id, type: job.type }, 'job was taken over by another worker');
    } catch (error) {
      await recordFailure(job, handler, error as Error).catch((recordError) =>
        log.error({ err: recordError, jobId: job.id }, 'job failure not recorded'),
      );
    }
  }

  async function recordFailure(job: Job, handler: AnyJobHandler | undefined, error: Error) {
    const at = now();
    const dead = job.attempts >= job.maxAttempts;
    await db.transaction(async (tx) => {
      const marked = await new JobsRepository(tx).fail(job.id, workerId, {
        error: error.message || String(error),
        retryAt: new Date(at.getTime() + retryDelayMs(job.attempts, retry)),
        dead,
        at,
      });
      if (marked && handler?.onFailure) await handler.onFailure({ tx, job, error, dead, now: at });
    });
    log.error(
      { err: error, jobId: job.id, type: job.type, attempt: job.attempts, dead },
      dead ? 'job failed for the last time' : 'job failed; it will be retried',
    );
  }

  loop();

  return {
    workerId,
    nudge,
    async idle() {
      for (;;) {
        while (ticking || running.size > 0) await Promise.all([ticking, ...running]);
        if (stopped) return;
        if ((await new JobsRepository(db).countDue(now())) === 0 && running.size === 0) return;
        loop();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      while (ticking || running.size > 0) await Promise.all([ticking, ...running]);
    },
  };
}
