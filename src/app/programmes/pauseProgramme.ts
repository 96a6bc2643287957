import type { OpenProgramme, PauseBody } from '../../contracts/programmes';
import { defaultRoleFor } from '../../domain/programmes/kinds';
import { isoDate } from '../../domain/scheduling/zonedTime';
import type { Actor } from '../actor';
import { type EnrolmentDeps, openProgramme, toOpenProgramme } from './openProgrammes';

const DAY_MS = 86_400_000;

/** "Snooze for a few weeks": rounds skip me until the date, then take me again by themselves. */
export async function pauseProgramme(
  deps: EnrolmentDeps,
  actor: Actor,
  input: PauseBody & { id: string },
): Promise<OpenProgramme> {
  const programme = await openProgramme(deps, actor, input.id);
  const current = await deps.participants.find(programme.id, actor.personId);
  await deps.participants.save(programme.id, actor.personId, {
    role: current?.role ?? defaultRoleFor(programme.kind),
    status: 'paused',
    pausedUntil: isoDate(deps.now.getTime() + input.weeks * 7 * DAY_MS),
  });
  const row = await deps.participants.find(programme.id, actor.personId);
  return toOpenProgramme(programme, row, deps.now);
}
