import type { OpenProgramme } from '../../contracts/programmes';
import { defaultRoleFor } from '../../domain/programmes/kinds';
import type { Actor } from '../actor';
import { type EnrolmentDeps, openProgramme, toOpenProgramme } from './openProgrammes';

/**
 * I leave a programme: no round takes me from now on, also when it enrols its audience
 * automatically. Matches already made stay; ending them is the match's own business.
 */
export async function leaveProgramme(
  deps: EnrolmentDeps,
  actor: Actor,
  input: { id: string },
): Promise<OpenProgramme> {
  const programme = await openProgramme(deps, actor, input.id);
  const current = await deps.participants.find(programme.id, actor.personId);
  await deps.participants.save(programme.id, actor.personId, {
    role: current?.role ?? defaultRoleFor(programme.kind),
    status: 'left',
    pausedUntil: null,
  });
  const row = await deps.participants.find(programme.id, actor.personId);
  return toOpenProgramme(programme, row, deps.now);
}
