import type { Programme, ProgrammePatch } from '../../contracts/programmes';
import { type Actor, isAdmin } from '../actor';
import { forbidden, notFound } from '../errors';
import { checkProgramme } from './checkProgramme';
import type { ProgrammeDeps } from './createProgramme';
import { toProgramme } from './programmeView';

/** An admin changes settings or the status (activating a scheduled programme plans its round). */
export async function updateProgramme(
  deps: ProgrammeDeps,
  actor: Actor,
  input: ProgrammePatch & { id: string },
): Promise<Programme> {
  if (!isAdmin(actor)) throw forbidden();
  const { id, ...patch } = input;
  const current = await deps.programmes.lock(id);
  if (!current) throw notFound('programme');
  const organisation = await deps.organisation.get();
  const fields = await checkProgramme(
    { ...deps, timeZone: organisation?.defaultTimeZone ?? 'Europe/Brussels' },
    current.kind,
    current,
    patch,
  );
  await deps.programmes.update(id, fields);
  const updated = await deps.programmes.find(id);
  if (!updated) throw notFound('programme');
  return toProgramme(updated);
}
