import type { Round } from '../../contracts/rounds';
import type { ProgrammeRepository } from '../../db/repositories/programmes';
import type { RoundRepository } from '../../db/repositories/rounds';
import { type Actor, isAdmin } from '../actor';
import { forbidden, notFound } from '../errors';
import { roundView } from './roundView';

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
