import type { ProgrammeList } from '../../contracts/programmes';
import type { ProgrammeRepository } from '../../db/repositories/programmes';
import { type Actor, isAdmin } from '../actor';
import { forbidden } from '../errors';
import { toProgramme } from './programmeView';

/** Every programme of the organisation, for the admin's list. */
export async function listProgrammes(
  deps: { programmes: ProgrammeRepository },
  actor: Actor,
): Promise<ProgrammeList> {
  if (!isAdmin(actor)) throw forbidden();
  return { items: (await deps.programmes.list()).map(toProgramme) };
}
