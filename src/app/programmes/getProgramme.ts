import type { Programme } from '../../contracts/programmes';
import type { ProgrammeRepository } from '../../db/repositories/programmes';
import { type Actor, isAdmin } from '../actor';
import { forbidden, notFound } from '../errors';
import { toProgramme } from './programmeView';

export async function getProgramme(
  deps: { programmes: ProgrammeRepository },
  actor: Actor,
  input: { id: string },
): Promise<Programme> {
  if (!isAdmin(actor)) throw forbidden();
  const programme = await deps.programmes.find(input.id);
  if (!programme) throw notFound('programme');
  return toProgramme(programme);
}
