import type { Actor } from '../actor';
import { previewRound, type RoundUseCaseDeps } from './roundSteps';

/** A preview thrown away: nobody hears of it, and the next round starts afresh. */
export async function discardRound(
  deps: RoundUseCaseDeps,
  actor: Actor,
  input: { roundId: string },
): Promise<void> {
  const { round } = await previewRound(deps, actor, input.roundId);
  await deps.rounds.discard(round.id);
}
