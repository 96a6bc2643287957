import type { Round } from '../../contracts/rounds';
import type { ProgrammeRepository } from '../../db/repositories/programmes';
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

/** The programme's open preview, or its last published round, or null. */
export async function getCurrentRound(
  deps: { rounds: RoundRepository; programmes: ProgrammeRepository },
  actor: Actor,
  input: { programmeId: string },
): Promise<{ round: Round | null }> {
  if (!isAdmin(actor)) throw forbidden();
  if (!(await deps.programmes.find(input.programmeId))) throw notFound('programme');
  const round =
    (await deps.rounds.preview(input.programmeId)) ??
    (await deps.rounds.latestPublished(input.programmeId));
  return { round: round ? await roundView(deps.rounds, round) : null };
}
