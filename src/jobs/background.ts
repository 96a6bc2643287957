import type { Config } from '../config';
import type { Database } from '../db/client';
import type { Translator } from '../i18n/catalog';
import { mailDeliveryHandler } from '../mail/delivery';
import { Mailer } from '../mail/mailer';
import { jobsCleanup } from './cleanup';
import { featureWork } from './featureWork';
import { JobHandlers, type JobLog } from './handlers';
import type { RetryPolicy } from './retry';
import { type JobRunner, startJobRunner } from './runner';
import { type ScheduledWork, scheduledTasks } from './scheduledWork';

export interface BackgroundDeps {
  db: Database;
  config: Pick<Config, 'smtp' | 'mailFrom' | 'publicUrl'>;
  translator: Translator;
  log: JobLog;
  now: () => Date;
  pollIntervalMs?: number;
  retry?: RetryPolicy;
  /** The features' periodic work; the installation's own (below) when left out. */
  work?: Partial<ScheduledWork>;
}

export interface BackgroundWork {
  mailer: Mailer;
  runner: JobRunner;
  /** Waits for running jobs, then closes the SMTP connection. */
  stop(): Promise<void>;
}

/**
 * The composition root of background work, used by `samen serve` and the test server: the job
 * handlers, the periodic tasks, the runner over the database, and the mailer that queues
 * deliveries on it.
 */
export function startBackgroundWork(deps: BackgroundDeps): BackgroundWork {
  const handlers = new JobHandlers();
  const delivery = mailDeliveryHandler(deps.config);
  handlers.register(delivery);
  handlers.registerPeriodic(jobsCleanup);
  let runner: JobRunner | null = null;
  const jobs = {
    nudge: () => runner?.nudge(),
    idle: async () => runner?.idle(),
  };
  const mailer = new Mailer({ ...deps, jobs });
  const features = featureWork({ mailer, config: deps.config });
  for (const handler of features.handlers) handlers.register(handler);
  for (const task of scheduledTasks(deps.work ?? features.work, {
    outbox: (tx) => mailer.outbox(tx),
  }))
    handlers.registerPeriodic(task);
  runner = startJobRunner({
    db: deps.db,
    handlers,
    log: deps.log,
    now: deps.now,
    pollIntervalMs: deps.pollIntervalMs,
    retry: deps.retry,
  });
  const started = runner;
  return {
    mailer,
    runner: started,
    async stop() {
      await started.stop();
      delivery.close();
    },
  };
}
