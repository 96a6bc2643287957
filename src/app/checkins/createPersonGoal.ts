import type { Goal, GoalBody } from '../../contracts/goals';
import type { Actor } from '../actor';
import { addGoal } from '../profile/addGoal';
import { editablePerson, type GoalDeps } from './editablePerson';

/** A manager adds a goal for a report (the report adds theirs on their profile too). */
export async function createPersonGoal(
  deps: GoalDeps,
  actor: Actor,
  input: GoalBody & { personId: string },
): Promise<Goal> {
  const { personId, ...body } = input;
  const person = await editablePerson(deps, actor, personId);
  const goal = await addGoal(deps, person.id, body);
  await deps.goalEvents.add(goal.id, actor.personId, { created: true, ...body }, deps.now);
  return goal;
}
