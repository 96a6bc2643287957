import pino from 'pino';
import type { Database, Sql } from '../src/db/client';
import { type Job, JobsRepository } from '../src/db/repositories/jobs';
import { JobHandlers } from '../src/jobs/handlers';
import type { PeriodicTask } from '../src/jobs/periodic';
import { type JobRunner, startJobRunner } from '../src/jobs/runner';

export const quietLog = pino({ level: 'silent' });

/** A table the test handlers write to: once per run they commit, keyed by nothing. */
export async function createEffectsTable(db: Database): Promise<void> {
  await db.query(
    `create table if not exists job_effects (
       job_id uuid not null, note text not null, at timestamptz not null default now())`,
  );
}

export async function effectsOf(db: Sql, jobId?: string): Promise<string[]> {
  const rows = await db.query<{ note: string }>(
    jobId
      ? 'select note from job_effects where job_id = $1 order by at, note'
      : 'select note from job_effects order by at, note',
    jobId ? [jobId] : [],
  );
  return rows.map((row) => row.note);
}

export async function jobById(db: Sql, id: string): Promise<Job> {
  const job = await new JobsRepository(db).find(id);
  if (!job) throw new Error(`no job ${id}`);
  return job;
}

/** A clock the test moves by hand. */
export function testClock(start = '2026-11-27T10:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => current,
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
    set(at: string) {
      current = new Date(at);
    },
  };
}

export function runnerFor(
  db: Database,
  clock: { now: () => Date },
  setup: (handlers: JobHandlers) => void,
  options: { workerId?: string; periodic?: PeriodicTask[] } = {},
): JobRunner {
  const handlers = new JobHandlers();
  setup(handlers);
  for (const task of options.periodic ?? []) handlers.registerPeriodic(task);
  return startJobRunner({
    db,
    handlers,
    log: quietLog,
    now: clock.now,
    pollIntervalMs: 20,
    retry: { baseMs: 60_000, maxMs: 10 * 60_000 },
    leaseMs: 5 * 60_000,
    workerId: options.workerId,
  });
}
