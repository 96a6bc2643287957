import type { Sql } from '../db/client';
import type { Job } from '../db/repositories/jobs';
import { type PeriodicTask, periodicHandler } from './periodic';

export interface JobLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface JobContext<Effect = undefined> {
  /**
   * The transaction that also marks the job done. A handler does ALL its database work through
   * it: then the job's effect is committed exactly once, or not at all (and the job is retried).
   */
  tx: Sql;
  job: Job;
  now: Date;
  log: JobLog;
  /** What the handler's `effect` returned (undefined without one). */
  effect: Effect;
}

export interface EffectContext {
  /** For reads only: writes belong in `handle`, in the job's transaction. */
  db: Sql;
  job: Job;
  now: Date;
  log: JobLog;
}

export interface FailureContext {
  tx: Sql;
  job: Job;
  error: Error;
  /** True when this was the last attempt and the job is now dead. */
  dead: boolean;
  now: Date;
}

/**
 * What runs one type of job.
 *
 * Contract: `handle` gets the job's transaction `tx` and does its database work through it; the
 * runner marks the job done in that same transaction, so its effect is committed once. Work
 * outside the database (an SMTP delivery, a webhook) goes in `effect`, which runs before that
 * transaction: it is at-least-once (a crash after it and before the commit runs it again), so it
 * must check for itself whether it already happened, and `handle` then records that it did.
 */
export interface JobHandler<Effect = undefined> {
  type: string;
  effect?(ctx: EffectContext): Promise<Effect>;
  handle(ctx: JobContext<Effect>): Promise<void>;
  /** Records a failed attempt in the handler's own tables (in the transaction marking it). */
  onFailure?(ctx: FailureContext): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds handlers of every effect type
export type AnyJobHandler = JobHandler<any>;

/** The job types and periodic tasks this installation knows; features register theirs at start. */
export class JobHandlers {
  private readonly byType = new Map<string, AnyJobHandler>();
  private readonly periodic: PeriodicTask[] = [];

  constructor(handlers: AnyJobHandler[] = []) {
    for (const handler of handlers) this.register(handler);
  }

  register<Effect>(handler: JobHandler<Effect>): this {
    if (this.byType.has(handler.type))
      throw new Error(`a handler for job type ${handler.type} is already registered`);
    this.byType.set(handler.type, handler);
    return this;
  }

  /**
   * A task run once per due moment: each runner enqueues it under a key naming that moment, so
   * with several instances only the first enqueue counts and the task runs once.
   */
  registerPeriodic(task: PeriodicTask): this {
    this.register(periodicHandler(task));
    this.periodic.push(task);
    return this;
  }

  periodicTasks(): readonly PeriodicTask[] {
    return this.periodic;
  }

  get(type: string): AnyJobHandler | undefined {
    return this.byType.get(type);
  }
}
