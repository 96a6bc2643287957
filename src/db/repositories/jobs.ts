import type { Sql } from '../client';
import { BATCH_SIZE } from './unnestInsert';

export type JobStatus = 'queued' | 'done' | 'dead';

export interface Job {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  uniqueKey: string | null;
  status: JobStatus;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface NewJob {
  type: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  uniqueKey?: string | null;
  maxAttempts?: number;
}

interface JobRow {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  unique_key: string | null;
  status: JobStatus;
  run_at: Date;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: Date | null;
  last_error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const toJob = (row: JobRow): Job => ({
  id: row.id,
  type: row.type,
  payload: row.payload,
  uniqueKey: row.unique_key,
  status: row.status,
  runAt: row.run_at,
  attempts: row.attempts,
  maxAttempts: row.max_attempts,
  lockedBy: row.locked_by,
  lockedUntil: row.locked_until,
  lastError: row.last_error,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

/** Whether a queued job may be taken at $1: due, and nobody's lease still runs. */
const CLAIMABLE = `status = 'queued' and run_at <= $1 and (locked_until is null or locked_until <= $1)`;

/**
 * The installation's job queue. Unlike the other repositories it is not scoped to one
 * organisation: the runner takes jobs of every organisation, and each job's payload names the
 * organisation its handler works for (handlers scope their own repositories with it).
 */
export class JobsRepository {
  constructor(private readonly sql: Sql) {}

  /** Adds a job; with a unique key already used it adds nothing and returns null. */
  async add(job: NewJob): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(
      `insert into jobs (type, payload, run_at, unique_key, max_attempts)
       values ($1, $2, $3, $4, $5)
       on conflict (unique_key) do nothing
       returning id`,
      [
        job.type,
        JSON.stringify(job.payload ?? {}),
        job.runAt,
        job.uniqueKey ?? null,
        job.maxAttempts ?? 5,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Adds many jobs with one statement per few thousand; a job whose unique key is already used
   * (before, or earlier in the list) is left out. A job without `runAt` may run from the
   * transaction's start (the database's clock). Returns how many were added.
   */
  async addMany(
    jobs: readonly (Omit<NewJob, 'runAt'> & { runAt?: Date | null })[],
  ): Promise<number> {
    let added = 0;
    for (let start = 0; start < jobs.length; start += BATCH_SIZE) {
      const batch = jobs.slice(start, start + BATCH_SIZE);
      const rows = await this.sql.query<{ id: string }>(
        `insert into jobs (type, payload, run_at, unique_key, max_attempts)
         select u.type, u.payload::jsonb, coalesce(u.run_at, now()), u.unique_key, u.max_attempts
           from unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::integer[])
             as u(type, payload, run_at, unique_key, max_attempts)
         on conflict (unique_key) do nothing
         returning id`,
        [
          batch.map((job) => job.type),
          batch.map((job) => JSON.stringify(job.payload ?? {})),
          batch.map((job) => job.runAt ?? null),
          batch.map((job) => job.uniqueKey ?? null),
          batch.map((job) => job.maxAttempts ?? 5),
        ],
      );
      added += rows.length;
    }
    return added;
  }

  /**
   * Takes up to `limit` due jobs for `worker` until `leaseUntil`, counting an attempt for each.
   * SKIP LOCKED passes over jobs another instance is claiming or running right now, so two
   * instances never take the same one.
   */
  async claim(worker: string, now: Date, leaseUntil: Date, limit: number): Promise<Job[]> {
    const rows = await this.sql.query<JobRow>(
      `update jobs set locked_by = $2, locked_until = $3, attempts = attempts + 1
        where id in (
          select id from jobs
           where ${CLAIMABLE} and attempts < max_attempts
           order by run_at, created_at
           limit $4
           for update skip locked)
        returning *`,
      [now, worker, leaseUntil, limit],
    );
    return rows.map(toJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  }

  /**
   * Locks the job for the transaction that runs it, if `worker` still holds it. While that
   * transaction is open no other instance can claim the job, even once the lease has run out.
   */
  async holdForRun(id: string, worker: string): Promise<boolean> {
    const rows = await this.sql.query(
      `select 1 from jobs where id = $1 and locked_by = $2 and status = 'queued' for update`,
      [id, worker],
    );
    return rows.length > 0;
  }

  async complete(id: string, at: Date): Promise<void> {
    await this.sql.query(
      `update jobs set status = 'done', finished_at = $2, locked_by = null, locked_until = null,
              last_error = null
        where id = $1`,
      [id, at],
    );
  }

  /**
   * Records a failed attempt of `worker`'s job: queued again at `retryAt`, or dead when it was
   * the last attempt. False when the job is no longer this worker's.
   */
  async fail(
    id: string,
    worker: string,
    failure: { error: string; retryAt: Date; dead: boolean; at: Date },
  ): Promise<boolean> {
    const rows = await this.sql.query(
      `update jobs set status = case when $5::boolean then 'dead' else 'queued' end,
              run_at = case when $5 then run_at else $3::timestamptz end,
              finished_at = case when $5 then $6::timestamptz else null end,
              last_error = $4, locked_by = null, locked_until = null
        where id = $1 and locked_by = $2 and status = 'queued'
        returning id`,
      [id, worker, failure.retryAt, failure.error.slice(0, 2000), failure.dead, failure.at],
    );
    return rows.length > 0;
  }

  /**
   * Jobs whose last attempt's worker vanished (its lease ran out) are dead: none is left to try.
   * One still running in a transaction (locked) is passed over, not waited for.
   */
  async buryAbandoned(now: Date): Promise<number> {
    const rows = await this.sql.query(
      `update jobs set status = 'dead', finished_at = $1,
              last_error = coalesce(last_error, 'the worker stopped during the last attempt'),
              locked_by = null, locked_until = null
        where id in (
          select id from jobs where ${CLAIMABLE} and attempts >= max_attempts
           for update skip locked)
        returning id`,
      [now],
    );
    return rows.length;
  }

  /** Deletes jobs done before `doneBefore` and dead before `deadBefore`; returns how many. */
  async deleteFinished(doneBefore: Date, deadBefore: Date): Promise<number> {
    const rows = await this.sql.query(
      `delete from jobs
        where (status = 'done' and finished_at < $1) or (status = 'dead' and finished_at < $2)
        returning id`,
      [doneBefore, deadBefore],
    );
    return rows.length;
  }

  /** How many jobs could be claimed at `now`. */
  async countDue(now: Date): Promise<number> {
    const [row] = await this.sql.query<{ count: number }>(
      `select count(*) as count from jobs where ${CLAIMABLE}`,
      [now],
    );
    return row.count;
  }

  async find(id: string): Promise<Job | null> {
    const rows = await this.sql.query<JobRow>('select * from jobs where id = $1', [id]);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async findByKey(uniqueKey: string): Promise<Job | null> {
    const rows = await this.sql.query<JobRow>('select * from jobs where unique_key = $1', [
      uniqueKey,
    ]);
    return rows[0] ? toJob(rows[0]) : null;
  }
}
