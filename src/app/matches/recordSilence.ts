import { pausedSilentMail } from '../../mail/templates/matches';
import type { MatchDeps } from './deps';
import { programmeName } from './matchView';

/** Rounds in a row without a "did you meet?" answer after which a participant is paused. */
export const SILENT_ROUNDS_TO_PAUSE = 3;

/**
 * Run by the job runner after each round, for one organisation. Every round that is over (a
 * later round of its programme is published) and not counted yet is counted once: members of
 * its pairings that took place who never answered "did you meet?" are one round more silent,
 * the others start over at zero. Whoever reaches three rounds is paused in that programme and
 * told so, in the app and by mail. Returns who was paused.
 */
export async function recordSilence(
  deps: Pick<MatchDeps, 'matches' | 'silence' | 'mail' | 'now' | 'publicUrl'>,
): Promise<{ paused: { programmeId: string; personId: string }[] }> {
  const paused: { programmeId: string; personId: string }[] = [];
  for (const round of await deps.silence.roundsAwaitingSilence()) {
    for (const member of await deps.silence.roundAnswers(round.id)) {
      if (member.answered) {
        await deps.silence.resetSilence(round.programmeId, member.personId, deps.now);
        continue;
      }
      const silent = await deps.silence.countSilence(round.programmeId, member.personId, deps.now);
      if (silent < SILENT_ROUNDS_TO_PAUSE) continue;
      if (!(await deps.silence.pauseParticipant(round.programmeId, member.personId, deps.now))) {
        continue;
      }
      paused.push({ programmeId: round.programmeId, personId: member.personId });
      await tellPaused(deps, round.programmeId, member.personId, silent);
    }
    await deps.silence.markSilenceCounted(round.id, deps.now);
  }
  return { paused };
}

async function tellPaused(
  deps: Pick<MatchDeps, 'matches' | 'silence' | 'mail' | 'now' | 'publicUrl'>,
  programmeId: string,
  personId: string,
  rounds: number,
) {
  const person = await deps.silence.person(personId);
  if (!person) return;
  const programme = programmeName(await deps.silence.programmeName(programmeId), person.locale);
  await deps.matches.notify(
    personId,
    { kind: 'matches.paused_silent', params: { programme, count: rounds }, link: '/matches' },
    deps.now,
  );
  const organisation = await deps.matches.organisation();
  await deps.mail.send({
    organisation: { id: organisation.id, isDemo: organisation.isDemo },
    to: person.email,
    locale: person.locale,
    template: pausedSilentMail({
      name: person.name,
      programme,
      rounds,
      organisationName: organisation.name,
      link: `${deps.publicUrl}/matches`,
    }),
  });
}
