import { JobsRepository } from '../db/repositories/jobs';
import type { PeriodicTask } from './periodic';

const DAY_MS = 24 * 60 * 60_000;

/**
 * Keeps the jobs table small: periodic runs alone add over a thousand rows a day. Done jobs go
 * after a week, dead ones (kept to read their error) after 30 days. Their unique keys go with
 * them, which is safe: periodic keys name moments that are not scheduled again, and a mail's
 * key its outbox row, which is delivered by then.
 */
export const jobsCleanup: PeriodicTask = {
  name: 'jobs.cleanup',
  every: { minutes: 60 },
  async run({ tx, now, log }) {
    const deleted = await new JobsRepository(tx).deleteFinished(
      new Date(now.getTime() - 7 * DAY_MS),
      new Date(now.getTime() - 30 * DAY_MS),
    );
    if (deleted > 0) log.info({ deleted }, 'finished jobs deleted');
  },
};
