import type { Round } from '../../contracts/rounds';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { previewRound, type RoundUseCaseDeps } from './roundSteps';
import { roundView } from './roundView';

/** A match taken out of a preview by hand: its members return to the unmatched, saying so. */
export async function removeFromRound(
  deps: RoundUseCaseDeps,
  actor: Actor,
  input: { roundId: string; matchId: string },
): Promise<Round> {
  const { round } = await previewRound(deps, actor, input.roundId);
  const match = (await deps.rounds.matches(round.id)).find((m) => m.id === input.matchId);
  if (!match) throw notFound('match');
  await deps.rounds.deleteMatch(round.id, match.id);
  const summary = {
    ...round.summary,
    unmatched: [
      ...match.members.map((p) => ({
        personId: p.personId,
        reason: { key: 'programmes:round.removedByHand', params: {} },
      })),
      ...round.summary.unmatched,
    ],
  };
  await deps.rounds.setSummary(round.id, summary);
  return roundView(deps.rounds, { ...round, summary });
}
