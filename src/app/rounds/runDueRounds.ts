import type { Database, Sql } from '../../db/client';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { PairingBlockRepository } from '../../db/repositories/pairingBlocks';
import { ParticipantRepository } from '../../db/repositories/participants';
import { dueProgrammes, ProgrammeRepository } from '../../db/repositories/programmes';
import { RoundCohortRepository } from '../../db/repositories/roundCohort';
import { RoundRepository } from '../../db/repositories/rounds';
import { nextRoundAt } from '../../domain/programmes/schedule';
import type { MailOutbox } from '../../mail/message';
import { announceScheduledRound } from './announceLater';
import { composeRound } from './composeRound';
import { pairingDates } from './roundSteps';

export interface DueRoundDeps {
  db: Database;
  /** A transaction with a mail outbox (the Mailer's): mails leave once the round is stored. */
  mailer: { transaction<T>(fn: (tx: Sql, outbox: MailOutbox) => Promise<T>): Promise<T> };
  publicUrl: string;
}

export interface DueRoundsReport {
  /** Rounds created and published by this call. */
  published: { programmeId: string; roundId: string }[];
  failed: { programmeId: string; error: string }[];
}

/**
 * Creates and publishes the round of every active programme whose scheduled moment has come,
 * then plans its next one. Safe to run from several instances at once and again after a crash:
 * each programme is locked while its round is made, a round belongs to its scheduled moment
 * (unique per programme), and a programme whose moment has moved on is skipped. One programme
 * failing does not stop the others.
 */
export async function runDueRounds(deps: DueRoundDeps, now: Date): Promise<DueRoundsReport> {
  const report: DueRoundsReport = { published: [], failed: [] };
  for (const due of await dueProgrammes(deps.db, now)) {
    try {
      const roundId = await deps.mailer.transaction((tx, mail) =>
        runDueRound(tx, mail, deps.publicUrl, due, now),
      );
      if (roundId) report.published.push({ programmeId: due.id, roundId });
    } catch (error) {
      report.failed.push({ programmeId: due.id, error: (error as Error).message });
    }
  }
  return report;
}

/**
 * One programme's scheduled round, on the caller's transaction: nothing when the programme is
 * no longer due (another instance ran it, or an admin paused it). An open preview is discarded
 * first, so the programme never has two rounds for one week. The job runner calls this once per
 * due programme, each in its own job.
 */
export async function runDueRound(
  tx: Sql,
  mail: MailOutbox,
  publicUrl: string,
  due: { organisationId: string; id: string },
  now: Date,
): Promise<string | null> {
  const programmes = new ProgrammeRepository(tx, due.organisationId);
  const programme = await programmes.lock(due.id);
  if (
    programme?.status !== 'active' ||
    !programme.schedule ||
    !programme.nextRoundAt ||
    programme.nextRoundAt.getTime() > now.getTime()
  ) {
    return null;
  }
  const organisation = new OrganisationRepository(tx, due.organisationId);
  const timeZone = (await organisation.get())?.defaultTimeZone ?? 'Europe/Brussels';
  const scheduledFor = programme.nextRoundAt;
  const rounds = new RoundRepository(tx, due.organisationId);
  // An admin's open preview gives way to the scheduled round: publishing both would give the
  // programme two rounds for one week, and the preview's people are matched again here.
  const open = await rounds.preview(programme.id);
  if (open) await rounds.discard(open.id);
  const round = await rounds.create({
    programmeId: programme.id,
    status: 'published',
    scheduledFor,
    createdBy: null,
    at: now,
  });
  if (round) {
    const deps = {
      cohort: new RoundCohortRepository(tx, due.organisationId),
      participants: new ParticipantRepository(tx, due.organisationId),
      blocks: new PairingBlockRepository(tx, due.organisationId),
      rounds,
    };
    const composed = await composeRound(deps, programme, round.number, now);
    await rounds.addMatches(
      programme.id,
      round.id,
      composed.matches,
      'proposed',
      pairingDates(programme, now),
    );
    await rounds.setSummary(round.id, composed.summary);
    await announceScheduledRound(tx, mail, publicUrl, {
      organisationId: due.organisationId,
      programmeId: programme.id,
      roundId: round.id,
      scheduledFor,
      organisationZone: timeZone,
      now,
    });
  }
  await programmes.setNextRoundAt(
    programme.id,
    nextRoundAt(programme.schedule, timeZone, now, scheduledFor),
  );
  return round?.id ?? null;
}
