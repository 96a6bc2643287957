import type { Round } from '../../contracts/rounds';
import type { Actor } from '../actor';
import { conflict } from '../errors';
import { announceRound, lockedRound, pairingDates, type RoundUseCaseDeps } from './roundSteps';
import { roundView } from './roundView';

/**
 * An admin publishes a preview: its matches are proposed to their members, who each get a mail
 * and a notification. Publishing again, or two admins at once, gives the one published round
 * and tells nobody twice.
 */
export async function publishRound(
  deps: RoundUseCaseDeps,
  actor: Actor,
  input: { roundId: string },
): Promise<Round> {
  const { round, programme } = await lockedRound(deps, actor, input.roundId);
  if (round.status === 'discarded') throw conflict('round');
  if (round.status === 'preview') {
    const published = await deps.rounds.publish(
      round.id,
      actor.personId,
      deps.now,
      pairingDates(programme, deps.now),
    );
    if (published) await announceRound(deps, programme, round.id);
  }
  const after = await deps.rounds.find(round.id);
  return roundView(deps.rounds, after ?? round);
}
