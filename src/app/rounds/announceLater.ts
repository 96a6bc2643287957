import type { Sql } from '../../db/client';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { ProgrammeRepository } from '../../db/repositories/programmes';
import { RoundRepository } from '../../db/repositories/rounds';
import { localRoundMoment } from '../../domain/programmes/schedule';
import { enqueue } from '../../jobs/enqueue';
import type { MailOutbox } from '../../mail/message';
import { announceRound } from './roundSteps';

export const LATER_ANNOUNCEMENT = 'rounds.announce';

export interface LaterAnnouncement {
  organisationId: string;
  programmeId: string;
  roundId: string;
  personIds: string[];
  [key: string]: unknown;
}

/**
 * A scheduled round ("every Monday 09:00") reaches each member at that local time in their own
 * zone: the members whose moment has come are mailed now, and for every later moment a job
 * waits in the queue (keyed by round and moment, so it is queued once). Everyone's in-app
 * notification is there at once, with the match itself.
 */
export async function announceScheduledRound(
  tx: Sql,
  mail: MailOutbox,
  publicUrl: string,
  input: {
    organisationId: string;
    programmeId: string;
    roundId: string;
    scheduledFor: Date;
    organisationZone: string;
    now: Date;
  },
): Promise<void> {
  const rounds = new RoundRepository(tx, input.organisationId);
  const organisation = new OrganisationRepository(tx, input.organisationId);
  const programme = await new ProgrammeRepository(tx, input.organisationId).find(input.programmeId);
  if (!programme) return;
  const now = new Set<string>();
  const later = new Map<number, string[]>();
  for (const contact of await rounds.memberContacts(input.roundId)) {
    const at = localRoundMoment(
      input.scheduledFor,
      input.organisationZone,
      contact.timeZone,
    ).getTime();
    if (at <= input.now.getTime()) now.add(contact.personId);
    else later.set(at, [...(later.get(at) ?? []), contact.personId]);
  }
  await announceRound(
    { rounds, organisation, mail, now: input.now, publicUrl },
    programme,
    input.roundId,
    {
      recipients: now,
    },
  );
  for (const [at, personIds] of later) {
    const payload: LaterAnnouncement = {
      organisationId: input.organisationId,
      programmeId: input.programmeId,
      roundId: input.roundId,
      personIds,
    };
    const runAt = new Date(at);
    await enqueue(tx, {
      type: LATER_ANNOUNCEMENT,
      payload,
      runAt,
      uniqueKey: `round-announce:${input.roundId}:${runAt.toISOString()}`,
    });
  }
}

/** The job's half: the members whose local round time has come get their mail. */
export async function sendLaterAnnouncement(
  tx: Sql,
  mail: MailOutbox,
  publicUrl: string,
  payload: LaterAnnouncement,
  now: Date,
): Promise<void> {
  const programme = await new ProgrammeRepository(tx, payload.organisationId).find(
    payload.programmeId,
  );
  if (!programme) return;
  await announceRound(
    {
      rounds: new RoundRepository(tx, payload.organisationId),
      organisation: new OrganisationRepository(tx, payload.organisationId),
      mail,
      now,
      publicUrl,
    },
    programme,
    payload.roundId,
    { recipients: new Set(payload.personIds), notify: false },
  );
}
