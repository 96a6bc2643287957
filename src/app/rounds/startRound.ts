import type { Round } from '../../contracts/rounds';
import { type Actor, isAdmin } from '../actor';
import { conflict, forbidden, notFound } from '../errors';
import { composeRound } from './composeRound';
import type { RoundUseCaseDeps } from './roundSteps';
import { roundView } from './roundView';

/**
 * An admin starts a round: the engine proposes matches, which stay a preview (seen by nobody
 * else) until published. A programme has one preview at a time; asking again shows it.
 */
export async function startRound(
  deps: RoundUseCaseDeps,
  actor: Actor,
  input: { programmeId: string },
): Promise<Round> {
  if (!isAdmin(actor)) throw forbidden();
  const programme = await deps.programmes.lock(input.programmeId);
  if (!programme) throw notFound('programme');
  if (programme.status === 'archived') throw conflict('programme');
  const open = await deps.rounds.preview(programme.id);
  if (open) return roundView(deps.rounds, open);
  const round = await deps.rounds.create({
    programmeId: programme.id,
    status: 'preview',
    scheduledFor: null,
    createdBy: actor.personId,
    at: deps.now,
  });
  if (!round) throw conflict('round');
  const composed = await composeRound(deps, programme, round.number, deps.now);
  await deps.rounds.addMatches(programme.id, round.id, composed.matches, 'preview');
  await deps.rounds.setSummary(round.id, composed.summary);
  return roundView(deps.rounds, { ...round, summary: composed.summary });
}
