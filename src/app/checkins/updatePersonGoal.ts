import type { Goal, GoalPatch } from '../../contracts/goals';
import type { Actor } from '../actor';
import { type FieldError, invalid, notFound } from '../errors';
import { checkGoal } from '../profile/checkGoal';
import { toGoal } from '../profile/goalView';
import { editablePerson, type GoalDeps } from './editablePerson';

/** Changes a goal and keeps the change in its history, with who made it. */
export async function updatePersonGoal(
  deps: GoalDeps,
  actor: Actor,
  input: GoalPatch & { personId: string; goalId: string },
): Promise<Goal> {
  const { personId, goalId, ...changes } = input;
  const person = await editablePerson(deps, actor, personId);
  if (!(await deps.goals.find(person.id, goalId))) throw notFound('goal');
  const problems: FieldError[] = [];
  const fields = await checkGoal(deps, changes, problems);
  if (problems.length > 0) throw invalid(problems);
  await deps.goals.update(person.id, goalId, fields, deps.now);
  await deps.goalEvents.add(goalId, actor.personId, changes, deps.now);
  const goal = await deps.goals.find(person.id, goalId);
  if (!goal) throw notFound('goal');
  return toGoal(goal);
}
