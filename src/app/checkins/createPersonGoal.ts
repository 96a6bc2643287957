import type { Goal, GoalBody } from '../../contracts/goals';
import type { Actor } from '../actor';
import { type FieldError, invalid, notFound } from '../errors';
import { checkGoal } from '../profile/checkGoal';
import { toGoal } from '../profile/goalView';
import { editablePerson, type GoalDeps } from './editablePerson';

/** A manager adds a goal for a report (the report adds theirs on their profile too). */
export async function createPersonGoal(
  deps: GoalDeps,
  actor: Actor,
  input: GoalBody & { personId: string },
): Promise<Goal> {
  const { personId, ...body } = input;
  const person = await editablePerson(deps, actor, personId);
  const problems: FieldError[] = [];
  const fields = await checkGoal(deps, body, problems);
  if (problems.length > 0) throw invalid(problems);
  const id = await deps.goals.create(
    person.id,
    {
      title: fields.title!,
      why: fields.why ?? null,
      skillId: fields.skillId ?? null,
      targetDate: fields.targetDate ?? null,
      status: fields.status ?? 'open',
      progress: fields.progress ?? 0,
    },
    deps.now,
  );
  await deps.goalEvents.add(id, actor.personId, { created: true, ...body }, deps.now);
  const goal = await deps.goals.find(person.id, id);
  if (!goal) throw notFound('goal');
  return toGoal(goal);
}
