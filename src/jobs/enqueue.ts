import type { Sql } from '../db/client';
import { JobsRepository } from '../db/repositories/jobs';

export interface EnqueueOptions {
  type: string;
  payload?: Record<string, unknown>;
  /** When it may run first; now (the database's clock) when left out. */
  runAt?: Date;
  /** A second enqueue with the same key is a no-op, e.g. `round:<programmeId>:<scheduledFor>`. */
  uniqueKey?: string;
  /** Attempts before the job is dead; 5 when left out. */
  maxAttempts?: number;
}

/**
 * Queues a job in the caller's transaction: it exists once that commits, and not at all when it
 * rolls back. Returns the job's id, or null when its unique key was already used.
 */
export async function enqueue(tx: Sql, options: EnqueueOptions): Promise<string | null> {
  return new JobsRepository(tx).add({ ...options, runAt: options.runAt ?? (await dbNow(tx)) });
}

/**
 * Queues many jobs in the caller's transaction with one statement per few thousand, as
 * `enqueue` would one by one: a job whose unique key is already used, or used earlier in the
 * list, is not added. Returns how many were added.
 */
export async function enqueueMany(tx: Sql, jobs: readonly EnqueueOptions[]): Promise<number> {
  if (jobs.length === 0) return 0;
  return new JobsRepository(tx).addMany(jobs);
}

async function dbNow(tx: Sql): Promise<Date> {
  const [row] = await tx.query<{ now: Date }>('select now() as now');
  return row.now;
}
