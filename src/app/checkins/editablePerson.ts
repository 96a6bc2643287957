import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { canWrite, personInView } from './access';
import type { CheckinDeps } from './deps';

export type GoalDeps = Pick<
  CheckinDeps,
  'goals' | 'goalEvents' | 'skills' | 'people' | 'settings' | 'now'
>;

/** The person and their direct manager both edit the person's goals; others only read. */
export async function editablePerson(deps: GoalDeps, actor: Actor, personId: string) {
  const { person, standing } = await personInView(deps, actor, personId);
  if (!canWrite(standing)) throw forbidden();
  return person;
}
