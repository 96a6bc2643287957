import type { EnrolmentBody, OpenProgramme } from '../../contracts/programmes';
import { defaultRoleFor, rolesFor } from '../../domain/programmes/kinds';
import type { Actor } from '../actor';
import { invalidField } from '../errors';
import { type EnrolmentDeps, openProgramme, toOpenProgramme } from './openProgrammes';

/** I join a programme open to me, or come back from a pause, or change my role in it. */
export async function joinProgramme(
  deps: EnrolmentDeps,
  actor: Actor,
  input: EnrolmentBody & { id: string },
): Promise<OpenProgramme> {
  const programme = await openProgramme(deps, actor, input.id);
  const allowed = rolesFor(programme.kind);
  if (input.role !== undefined && !allowed.includes(input.role)) {
    throw invalidField('role', 'one_of', { allowed: allowed.join(', ') });
  }
  const current = await deps.participants.find(programme.id, actor.personId);
  const role = input.role ?? current?.role ?? defaultRoleFor(programme.kind);
  await deps.participants.save(programme.id, actor.personId, {
    role: allowed.includes(role) ? role : defaultRoleFor(programme.kind),
    status: 'active',
    pausedUntil: null,
  });
  const row = await deps.participants.find(programme.id, actor.personId);
  return toOpenProgramme(programme, row, deps.now);
}
