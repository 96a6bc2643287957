import type { Round } from '../../contracts/rounds';
import type { RoundRepository } from '../../db/repositories/rounds';
import { type Actor, isAdmin } from '../actor';
import { forbidden, notFound } from '../errors';
import { roundView } from './roundView';

export async function getRound(
  deps: { rounds: RoundRepository },
  actor: Actor,
  input: { id: string },
): Promise<Round> {
  if (!isAdmin(actor)) throw forbidden();
  const round = await deps.rounds.find(input.id);
  if (!round) throw notFound('round');
  return roundView(deps.rounds, round);
}
