import type { MailOutbox } from '../mail/message';
import { ORGANISATION_ZONES, type PeriodicContext, type PeriodicTask } from './periodic';

export interface ScheduledContext extends PeriodicContext {
  /** Mail written here leaves once the job's transaction commits. */
  mail: MailOutbox;
}

export type ScheduledRun = (ctx: ScheduledContext) => Promise<void>;

/** The installation's periodic work; each feature fills its slot in src/jobs/background.ts. */
export interface ScheduledWork {
  /** Every minute: start the matching rounds whose time has come. */
  dueRounds: ScheduledRun;
  /** Every 15 minutes: remind people of their coming meetings. */
  meetingReminders: ScheduledRun;
  /**
   * Mondays 08:00 in each organisation's time zone: the weekly digest mail. One run per distinct
   * zone; `ctx.zone` says which organisations (default_time_zone) it is for.
   */
  weeklyDigest: ScheduledRun;
}

const nothingYet: ScheduledRun = async () => undefined;

export function scheduledTasks(
  work: Partial<ScheduledWork>,
  options: { outbox: (tx: PeriodicContext['tx']) => MailOutbox },
): PeriodicTask[] {
  const task = (name: string, every: PeriodicTask['every'], run: ScheduledRun = nothingYet) => ({
    name,
    every,
    run: (ctx: PeriodicContext) => run({ ...ctx, mail: options.outbox(ctx.tx) }),
  });
  return [
    task('rounds.due', { minutes: 1 }, work.dueRounds),
    task('meetings.reminders', { minutes: 15 }, work.meetingReminders),
    task(
      'digest.weekly',
      { weekly: { weekday: 1, at: '08:00', zone: ORGANISATION_ZONES } },
      work.weeklyDigest,
    ),
  ];
}
