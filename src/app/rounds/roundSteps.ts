import type { OrganisationRepository } from '../../db/repositories/organisations';
import type { ProgrammeRecord, ProgrammeRepository } from '../../db/repositories/programmes';
import type { RoundRecord } from '../../db/repositories/rounds';
import type { MailOutbox } from '../../mail/message';
import { programmeMatchedMail } from '../../mail/templates/programmeMatched';
import { type Actor, isAdmin } from '../actor';
import { conflict, forbidden, notFound } from '../errors';
import type { RoundDeps } from './composeRound';

export interface RoundUseCaseDeps extends RoundDeps {
  programmes: ProgrammeRepository;
  organisation: OrganisationRepository;
  mail: MailOutbox;
  now: Date;
  publicUrl: string;
}

/**
 * The round and its programme, the programme locked so edits and publishing of one round happen
 * one after the other; a round of another organisation is not found.
 */
export async function lockedRound(
  deps: RoundUseCaseDeps,
  actor: Actor,
  roundId: string,
): Promise<{ round: RoundRecord; programme: ProgrammeRecord }> {
  if (!isAdmin(actor)) throw forbidden();
  const first = await deps.rounds.find(roundId);
  if (!first) throw notFound('round');
  const programme = await deps.programmes.lock(first.programmeId);
  if (!programme) throw notFound('programme');
  const round = await deps.rounds.find(roundId);
  if (!round) throw notFound('round');
  return { round, programme };
}

export async function previewRound(deps: RoundUseCaseDeps, actor: Actor, roundId: string) {
  const found = await lockedRound(deps, actor, roundId);
  if (found.round.status !== 'preview') throw conflict('round');
  return found;
}

const DAY_MS = 86_400_000;

/** When the matches of a round published now start and end. */
export function pairingDates(programme: ProgrammeRecord, now: Date) {
  const startsOn = now.toISOString().slice(0, 10);
  const endsOn =
    programme.pairingWeeks === null
      ? null
      : new Date(now.getTime() + programme.pairingWeeks * 7 * DAY_MS).toISOString().slice(0, 10);
  return { startsOn, endsOn };
}

/**
 * Tells the members of a published round: one mail each in their language (only to
 * `recipients` when given: the others hear later, at their own local time), and an in-app
 * notification for every member leading to the match (unless `notify` is false: they had it);
 * all mails in a few statements, all notifications in one.
 */
export async function announceRound(
  deps: Pick<RoundUseCaseDeps, 'rounds' | 'organisation' | 'mail' | 'now' | 'publicUrl'>,
  programme: ProgrammeRecord,
  roundId: string,
  options: { recipients?: ReadonlySet<string>; notify?: boolean } = {},
): Promise<void> {
  const organisation = await deps.organisation.get();
  if (!organisation) throw notFound('organisation');
  const contacts = await deps.rounds.memberContacts(roundId);
  const byMatch = new Map<string, typeof contacts>();
  for (const c of contacts) {
    const members = byMatch.get(c.matchId);
    if (members) members.push(c);
    else byMatch.set(c.matchId, [c]);
  }
  const { recipients } = options;
  const mailed = recipients ? contacts.filter((c) => recipients.has(c.personId)) : contacts;
  await deps.mail.sendMany(
    mailed.map((c) => ({
      organisation: { id: organisation.id, isDemo: organisation.isDemo },
      to: c.email,
      locale: c.locale,
      template: programmeMatchedMail({
        name: c.name,
        programmeName: programme.name,
        partners: (byMatch.get(c.matchId) ?? [])
          .filter((o) => o.personId !== c.personId)
          .map((o) => o.name),
        organisationName: organisation.name,
        link: `${deps.publicUrl}/matches/${c.matchId}`,
      }),
    })),
  );
  if (options.notify === false) return;
  await deps.rounds.notifyMembers(
    roundId,
    'programmes.matched',
    { programmeId: programme.id, programme: programme.name },
    deps.now,
  );
}
