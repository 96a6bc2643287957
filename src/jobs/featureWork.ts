import { sendWeeklyDigests } from '../app/digest/sendWeeklyDigests';
import { recordSilence } from '../app/matches/recordSilence';
import { meetingDeps } from '../app/meetings/deps';
import { REMINDER_HOURS, sendMeetingReminders } from '../app/meetings/sendMeetingReminders';
import {
  LATER_ANNOUNCEMENT,
  type LaterAnnouncement,
  sendLaterAnnouncement,
} from '../app/rounds/announceLater';
import { runDueRound } from '../app/rounds/runDueRounds';
import type { Config } from '../config';
import { CheckinRhythmRepository } from '../db/repositories/checkinRhythms';
import { DigestRepository, digestOrganisationsIn } from '../db/repositories/digest';
import { MatchRepository } from '../db/repositories/matches';
import {
  MatchSilenceRepository,
  organisationsAwaitingSilence,
} from '../db/repositories/matchSilence';
import { organisationsWithMeetingsBetween } from '../db/repositories/meetings';
import { OrganisationRepository } from '../db/repositories/organisations';
import { dueProgrammes } from '../db/repositories/programmes';
import type { Mailer } from '../mail/mailer';
import { enqueue } from './enqueue';
import type { JobHandler } from './handlers';
import type { ScheduledWork } from './scheduledWork';

const ROUND_JOB = 'rounds.run';
const SILENCE_JOB = 'matches.silence';

interface RoundJobPayload {
  organisationId: string;
  programmeId: string;
  [key: string]: unknown;
}

/**
 * The features' background work. Every minute the due programmes each get a job of their own,
 * keyed by their scheduled moment, so a round is made once however many instances look, one
 * programme failing is retried without holding up the others, and its round, mails and
 * notifications commit together; so does each organisation's silence count after a round.
 * Reminders work inside the periodic job's own transaction, so a crash redoes them whole; so
 * does the Monday digest, once per organisation time zone.
 */
export function featureWork(deps: {
  mailer: Mailer;
  config: Pick<Config, 'publicUrl' | 'mailFrom'>;
}): { work: Partial<ScheduledWork>; handlers: JobHandler[] } {
  const { publicUrl, mailFrom } = deps.config;
  const roundJob: JobHandler = {
    type: ROUND_JOB,
    async handle({ tx, job, now }) {
      const { organisationId, programmeId } = job.payload as RoundJobPayload;
      await runDueRound(
        tx,
        deps.mailer.outbox(tx),
        publicUrl,
        { organisationId, id: programmeId },
        now,
      );
    },
  };
  const laterAnnouncement: JobHandler = {
    type: LATER_ANNOUNCEMENT,
    async handle({ tx, job, now }) {
      await sendLaterAnnouncement(
        tx,
        deps.mailer.outbox(tx),
        publicUrl,
        job.payload as LaterAnnouncement,
        now,
      );
    },
  };
  const silenceJob: JobHandler = {
    type: SILENCE_JOB,
    async handle({ tx, job, now }) {
      const { organisationId } = job.payload as { organisationId: string };
      await recordSilence({
        matches: new MatchRepository(tx, organisationId),
        silence: new MatchSilenceRepository(tx, organisationId),
        mail: deps.mailer.outbox(tx),
        now,
        publicUrl,
      });
    },
  };
  const work: Partial<ScheduledWork> = {
    async dueRounds(ctx) {
      for (const due of await dueProgrammes(ctx.tx, ctx.now)) {
        const payload: RoundJobPayload = {
          organisationId: due.organisationId,
          programmeId: due.id,
        };
        await enqueue(ctx.tx, {
          type: ROUND_JOB,
          payload,
          runAt: ctx.now,
          uniqueKey: `round:${due.id}:${due.nextRoundAt.toISOString()}`,
        });
      }
      for (const organisationId of await organisationsAwaitingSilence(ctx.tx)) {
        await enqueue(ctx.tx, {
          type: SILENCE_JOB,
          payload: { organisationId },
          runAt: ctx.now,
          uniqueKey: `silence:${organisationId}:${ctx.dueAt.toISOString()}`,
        });
      }
    },
    async weeklyDigest(ctx) {
      if (!ctx.zone) return;
      for (const organisationId of await digestOrganisationsIn(ctx.tx, ctx.zone)) {
        await sendWeeklyDigests(
          {
            digest: new DigestRepository(ctx.tx, organisationId),
            rhythms: new CheckinRhythmRepository(ctx.tx, organisationId),
            organisation: new OrganisationRepository(ctx.tx, organisationId),
            mail: ctx.mail,
            publicUrl,
          },
          ctx.now,
        );
      }
    },
    async meetingReminders(ctx) {
      const until = new Date(ctx.now.getTime() + REMINDER_HOURS * 3_600_000);
      for (const organisationId of await organisationsWithMeetingsBetween(ctx.tx, ctx.now, until)) {
        await sendMeetingReminders(
          meetingDeps(ctx.tx, organisationId, { mail: ctx.mail, publicUrl, mailFrom }),
          ctx.now,
        );
      }
    },
  };
  return { work, handlers: [roundJob, silenceJob, laterAnnouncement] };
}
